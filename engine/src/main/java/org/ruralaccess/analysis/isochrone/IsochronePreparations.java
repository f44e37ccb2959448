package org.ruralaccess.analysis.isochrone;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.ruralaccess.analysis.community.CommunityBuses;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.DayTimetables;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.routing.RaptorTimetable;
import org.ruralaccess.support.SameObject;

/**
 * What {@link IsochroneAnalysis#prepare} builds before its first search, kept per key so that
 * requests on one network pay it once: a server's isochrone requests then pay only their search and
 * contouring. Each part is keyed by exactly what it depends on:
 *
 * <table>
 *   <caption>parts and keys</caption>
 *   <tr><th>part</th><th>depends on</th></tr>
 *   <tr><td>metric projection, zone boundaries for the figures</td><td>the network</td></tr>
 *   <tr><td>grid and cell links (linked lazily per 32 x 32 block)</td>
 *       <td>cell size, street mode</td></tr>
 *   <tr><td>the day's network (fixed-route community buses added)</td>
 *       <td>date, community transport request</td></tr>
 *   <tr><td>the router's day timetable</td>
 *       <td>day network, date, walk speed, transfer walk limit, transfer slack</td></tr>
 *   <tr><td>stop-to-cell walks (one walk search per stop: the largest cost)</td>
 *       <td>day network, cell links, walk speed, walk limit, direction</td></tr>
 *   <tr><td>community transport rides</td><td>day network, date, routing, request</td></tr>
 *   <tr><td>a whole analysis with its pool of searches</td>
 *       <td>every {@link IsochroneSettings} field (window, percentile, cutoffs too)</td></tr>
 * </table>
 *
 * <p>Bounded: at most {@code maxPerKind} values of each kind (grids, day networks, timetables, stop
 * walks, flex services, analyses), the least recently used dropped first; see {@link
 * #SERVER_PARTS_PER_KIND}. Nothing here depends on the origin: the grid covers the whole network,
 * and its cells are linked lazily as searches reach them (deterministically), so memoised and fresh
 * preparations give the same bytes. Thread-safe; concurrent first requests for a key prepare once.
 * The network must not change while kept here (a scenario makes a new network: prepare it apart).
 */
public final class IsochronePreparations {

  /**
   * What a server keeps: 4 of each kind. On Porto Alegre (100 m cells) one date's parts with two
   * windows' analyses hold about 15 MB (docs/performance.md), so the bound keeps a server's memory
   * within a few times that whatever the requests ask for.
   */
  public static final int SERVER_PARTS_PER_KIND = 4;

  private record LinksKey(double cellMeters, StreetMode mode) {}

  private record DayKey(LocalDate date, CommunityTransportRequest communityTransport) {}

  private record TimetableKey(
      SameObject day,
      LocalDate date,
      double walkMetersPerSecond,
      int maxTransferWalkSeconds,
      int transferSlackSeconds) {}

  private record WalksKey(
      SameObject day,
      SameObject links,
      double walkMetersPerSecond,
      int maxWalkSeconds,
      SearchDirection direction) {}

  private record FlexKey(
      SameObject day,
      SameObject links,
      LocalDate date,
      RoutingSettings routing,
      CommunityTransportRequest request) {}

  private final Network network;
  private final ZoneSet zones;
  private final DestinationSet destinations;
  private final BoundedMemo<String, GridProjection> projection = new BoundedMemo<>(1);
  private final BoundedMemo<String, IsochroneFigures> figures = new BoundedMemo<>(1);
  private final BoundedMemo<LinksKey, CellLinks> links;
  private final BoundedMemo<DayKey, Network> days;
  private final BoundedMemo<TimetableKey, RaptorTimetable> timetables;
  private final BoundedMemo<SameObject, StopIndex> stopIndexes;
  private final BoundedMemo<WalksKey, StopCellWalks> walks;
  private final BoundedMemo<FlexKey, FlexCells> flex;
  private final BoundedMemo<IsochroneSettings, IsochroneAnalysis> analyses;

  /**
   * @param zones and {@code destinations}: what the figures count
   * @param maxPerKind values kept of each kind, at least 1
   */
  public IsochronePreparations(
      Network network, ZoneSet zones, DestinationSet destinations, int maxPerKind) {
    this.network = network;
    this.zones = zones;
    this.destinations = destinations;
    this.links = new BoundedMemo<>(maxPerKind);
    this.days = new BoundedMemo<>(maxPerKind);
    this.timetables = new BoundedMemo<>(maxPerKind);
    this.stopIndexes = new BoundedMemo<>(maxPerKind);
    this.walks = new BoundedMemo<>(maxPerKind);
    this.flex = new BoundedMemo<>(maxPerKind);
    this.analyses = new BoundedMemo<>(maxPerKind);
  }

  /** For one run (the command line): every part is made once, as the run needs it. */
  public static IsochronePreparations forOneRun(
      Network network, ZoneSet zones, DestinationSet destinations) {
    return new IsochronePreparations(network, zones, destinations, 1);
  }

  /** The prepared analysis for {@code settings}, made on first use and kept. */
  public IsochroneAnalysis analysis(IsochroneSettings settings) {
    return analyses.get(settings, () -> IsochroneAnalysis.prepare(this, settings));
  }

  public Network network() {
    return network;
  }

  /**
   * Parts computed so far (each a preparation not found here), including analyses: a work counter
   * for tests and benchmarks.
   */
  public long preparedCount() {
    return projection.computedCount()
        + figures.computedCount()
        + links.computedCount()
        + days.computedCount()
        + timetables.computedCount()
        + stopIndexes.computedCount()
        + walks.computedCount()
        + flex.computedCount()
        + analyses.computedCount();
  }

  /** Stop-walk tables computed so far (the largest part): a work counter for tests. */
  public long stopWalksPrepared() {
    return walks.computedCount();
  }

  /** The cell grid in the area's metric projection with its street links for {@code mode}. */
  CellLinks links(double cellMeters, StreetMode mode) {
    return links.get(
        new LinksKey(cellMeters, mode),
        () -> {
          double reach = CellLinks.defaultMaxOffStreetMeters(cellMeters);
          CellGrid grid = CellGrid.covering(network.streets(), projection(), cellMeters, reach);
          return new CellLinks(grid, network.streets(), mode, reach);
        });
  }

  IsochroneFigures figures() {
    return figures.get("figures", () -> new IsochroneFigures(projection(), zones, destinations));
  }

  /** The network with the fixed-route community buses the request may ride on the date. */
  Network dayNetwork(LocalDate date, CommunityTransportRequest request) {
    return days.get(
        new DayKey(date, request),
        () ->
            CommunityBuses.addTo(
                network,
                CommunityBuses.activeFixedRoutes(network.communityTransport(), request, date),
                date));
  }

  RaptorTimetable timetable(
      Network day,
      LocalDate date,
      double walkMetersPerSecond,
      int maxTransferWalkSeconds,
      int transferSlackSeconds) {
    return timetables.get(
        new TimetableKey(
            new SameObject(day),
            date,
            walkMetersPerSecond,
            maxTransferWalkSeconds,
            transferSlackSeconds),
        () ->
            DayTimetables.forDate(
                day, date, walkMetersPerSecond, maxTransferWalkSeconds, transferSlackSeconds));
  }

  StopIndex stopIndex(Network day) {
    return stopIndexes.get(new SameObject(day), () -> StopIndex.of(day.transit(), day.stopLinks()));
  }

  StopCellWalks walks(
      Network day,
      CellLinks cellLinks,
      double walkMetersPerSecond,
      int maxWalkSeconds,
      SearchDirection direction) {
    return walks.get(
        new WalksKey(
            new SameObject(day),
            new SameObject(cellLinks),
            walkMetersPerSecond,
            maxWalkSeconds,
            direction),
        () ->
            StopCellWalks.build(
                cellLinks,
                day.streets(),
                day.stopLinks(),
                walkMetersPerSecond,
                maxWalkSeconds,
                direction));
  }

  /**
   * The community transport of a request on the cells of {@code cellLinks} (its schemes' rides and
   * hubs, the cells of their areas), made by {@code make} on first use.
   */
  FlexCells flex(
      Network day,
      CellLinks cellLinks,
      LocalDate date,
      RoutingSettings routing,
      CommunityTransportRequest request,
      Supplier<FlexCells> make) {
    return flex.get(
        new FlexKey(new SameObject(day), new SameObject(cellLinks), date, routing, request), make);
  }

  private GridProjection projection() {
    return projection.get("projection", () -> projectionFor(network.streets()));
  }

  /** The projection for the centre of the street nodes' bounding box. */
  private static GridProjection projectionFor(StreetNetwork streets) {
    double minLat = Double.POSITIVE_INFINITY;
    double maxLat = Double.NEGATIVE_INFINITY;
    double minLon = Double.POSITIVE_INFINITY;
    double maxLon = Double.NEGATIVE_INFINITY;
    for (int node = 0; node < streets.nodeCount(); node++) {
      minLat = Math.min(minLat, streets.nodeLat(node));
      maxLat = Math.max(maxLat, streets.nodeLat(node));
      minLon = Math.min(minLon, streets.nodeLon(node));
      maxLon = Math.max(maxLon, streets.nodeLon(node));
    }
    if (streets.nodeCount() == 0) {
      return GridProjection.forArea(0, 0);
    }
    return GridProjection.forArea((minLat + maxLat) / 2, (minLon + maxLon) / 2);
  }
}
