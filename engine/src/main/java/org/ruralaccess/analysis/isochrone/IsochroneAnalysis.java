package org.ruralaccess.analysis.isochrone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.ruralaccess.analysis.community.CommunityBuses;
import org.ruralaccess.analysis.community.FlexOriginLegs;
import org.ruralaccess.analysis.community.FlexServices;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.DayTimetables;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.link.LinkedPoints;
import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.routing.RaptorTimetable;
import org.ruralaccess.support.ReusablePool;

/**
 * The facade of this package: isochrones (or arrive-by catchments) with their figures for any
 * number of places on one network and one set of {@link IsochroneSettings}. {@link #prepare} does
 * the per-request work once (the grid in the area's metric projection, the cells linked to the
 * streets, the day's timetable with the rider's fixed-route community buses, the stop-to-cell walk
 * table); {@link #compute} then costs one search and one contouring per place, on all cores, with
 * results in the places' order whatever the thread timing.
 *
 * <p>Community transport, for transit isochrones: fixed-route community buses the rider may use run
 * as timetabled routes, and demand-responsive rides from the origin to hub stops are access legs,
 * both as in {@code rae matrix}; flex rides straight to a cell, and catchments' flex legs, are not
 * carried onto the grid yet (TODO(#13)).
 */
public final class IsochroneAnalysis {

  /** An origin (or, for a catchment, a destination). */
  public record Place(String id, String name, double lat, double lon) {}

  /**
   * The isochrones of one place, one per cutoff in increasing order, and their figures.
   *
   * @param linked false when the place is more than {@link LinkedPoints#MAX_SNAP_METERS} from any
   *     street of the mode: every isochrone is then empty
   */
  public record PlaceIsochrones(
      Place place,
      boolean linked,
      List<Isochrone> isochrones,
      List<IsochroneFigures.Figures> figures) {}

  /** One place's travel-time grid; one instance per thread. */
  private interface PlaceSearch {
    TravelTimeGrid times(StreetSnap snap, double lat, double lon);
  }

  private final Network network;
  private final IsochroneSettings settings;
  private final CellGrid grid;
  private final IsochroneFigures figures;
  private final ReusablePool<PlaceSearch> searches;

  private IsochroneAnalysis(
      Network network,
      IsochroneSettings settings,
      CellGrid grid,
      IsochroneFigures figures,
      ReusablePool<PlaceSearch> searches) {
    this.network = network;
    this.settings = settings;
    this.grid = grid;
    this.figures = figures;
    this.searches = searches;
  }

  /**
   * The grid, links and tables for {@code settings} on {@code network}; the figures count the
   * network's zones and destinations.
   */
  public static IsochroneAnalysis prepare(Network network, IsochroneSettings settings) {
    return prepare(network, settings, network.zones(), network.destinations());
  }

  /** As {@link #prepare(Network, IsochroneSettings)}, the figures counting the given ones. */
  public static IsochroneAnalysis prepare(
      Network network, IsochroneSettings settings, ZoneSet zones, DestinationSet destinations) {
    StreetNetwork streets = network.streets();
    double[] centre = centre(streets);
    GridProjection projection = GridProjection.forArea(centre[0], centre[1]);
    double reach = CellLinks.defaultMaxOffStreetMeters(settings.cellMeters());
    CellGrid grid = CellGrid.covering(streets, projection, settings.cellMeters(), reach);
    CellLinks links = new CellLinks(grid, streets, streetMode(settings.mode()), reach);
    ReusablePool<PlaceSearch> searches =
        settings.mode() == TravelMode.TRANSIT
            ? transitSearches(network, settings, links)
            : streetSearches(streets, settings, links);
    IsochroneFigures figures = new IsochroneFigures(grid.projection(), zones, destinations);
    return new IsochroneAnalysis(network, settings, grid, figures, searches);
  }

  public CellGrid grid() {
    return grid;
  }

  /** "area-weighted", "zone points", both, or "none": how the residents figure was made. */
  public String residentsMethod() {
    return figures.residentsMethod();
  }

  /** The place on the streets the mode uses, as {@code rae matrix} links a point; null if none. */
  public StreetSnap snap(double lat, double lon) {
    return snap(network, settings.mode(), lat, lon);
  }

  /** As {@link #snap(double, double)}, before preparing: to refuse a place off the network. */
  public static StreetSnap snap(Network network, TravelMode mode, double lat, double lon) {
    return network
        .streets()
        .snap(lat, lon, streetMode(mode), LinkedPoints.MAX_SNAP_METERS)
        .orElse(null);
  }

  /** Isochrones and figures of every place, in parallel, delivered in the places' order. */
  public List<PlaceIsochrones> compute(List<Place> places, IntConsumer placesDone) {
    AtomicInteger done = new AtomicInteger();
    List<PlaceIsochrones> results = new ArrayList<>(places.size());
    IntStream.range(0, places.size())
        .parallel()
        .mapToObj(
            i -> {
              PlaceIsochrones result = compute(places.get(i));
              placesDone.accept(done.incrementAndGet());
              return result;
            })
        .forEachOrdered(results::add);
    return results;
  }

  /** Isochrones and figures of one place; thread-safe. */
  public PlaceIsochrones compute(Place place) {
    StreetSnap snap = snap(place.lat(), place.lon());
    // the grid may be the search's own buffer: contoured before the search goes back to the pool
    List<Isochrone> isochrones =
        searches.use(
            search ->
                IsochroneContours.contour(
                        search.times(snap, place.lat(), place.lon()), settings.cutoffSeconds())
                    .isochrones());
    List<IsochroneFigures.Figures> figuresOf = new ArrayList<>();
    for (Isochrone isochrone : isochrones) {
      figuresOf.add(figures.of(isochrone));
    }
    return new PlaceIsochrones(place, snap != null, isochrones, List.copyOf(figuresOf));
  }

  private static ReusablePool<PlaceSearch> streetSearches(
      StreetNetwork streets, IsochroneSettings s, CellLinks links) {
    double speed =
        s.mode() == TravelMode.BIKE ? s.routing().bikeSpeedKmh() / 3.6 : s.walkMetersPerSecond();
    int extraSeconds = s.mode() == TravelMode.BIKE ? s.routing().bikeExtraMinutes() * 60 : 0;
    SearchDirection direction = s.arriveBy() ? SearchDirection.REVERSE : SearchDirection.FORWARD;
    return new ReusablePool<>(
        () -> {
          StreetGridSearch search = new StreetGridSearch(streets, links);
          return (snap, lat, lon) ->
              search.search(snap, lat, lon, speed, s.maxTripSeconds(), extraSeconds, direction);
        });
  }

  private static ReusablePool<PlaceSearch> transitSearches(
      Network baseNetwork, IsochroneSettings s, CellLinks walkLinks) {
    // fixed-route community buses the rider may use ride as timetabled routes on the date
    Network network =
        CommunityBuses.addTo(
            baseNetwork,
            CommunityBuses.activeFixedRoutes(
                baseNetwork.communityTransport(), s.communityTransport(), s.date()),
            s.date());
    double walkSpeed = s.walkMetersPerSecond();
    RaptorTimetable timetable =
        DayTimetables.forDate(
            network,
            s.date(),
            walkSpeed,
            s.routing().maxTransferWalkMinutes() * 60,
            s.routing().transferSlackSeconds());
    StopIndex stopIndex = StopIndex.of(network.transit(), network.stopLinks());
    int maxWalkSeconds = s.routing().maxWalkMinutes() * 60;
    StopCellWalks walks =
        StopCellWalks.build(
            walkLinks,
            network.streets(),
            network.stopLinks(),
            walkSpeed,
            maxWalkSeconds,
            s.arriveBy() ? SearchDirection.REVERSE : SearchDirection.FORWARD);
    TransitGridSettings gridSettings =
        new TransitGridSettings(
            s.firstSeconds(),
            s.departureCount(),
            s.stepSeconds(),
            s.maxTripSeconds(),
            walkSpeed,
            maxWalkSeconds,
            s.routing().maxTransfers(),
            s.routing().boardSlackSeconds(),
            new int[] {s.percentile()});
    if (s.arriveBy()) {
      return new ReusablePool<>(
          () -> {
            CatchmentGridSearch search =
                new CatchmentGridSearch(
                    network.streets(),
                    network.stopLinks(),
                    stopIndex,
                    timetable,
                    walkLinks,
                    walks,
                    gridSettings);
            return (snap, lat, lon) -> search.search(snap, lat, lon)[0];
          });
    }
    // community transport rides from the origin to hub stops (no destinations: rides straight to
    // cells are not carried onto the grid)
    PointSet none = new PointSet("none", List.of(), new double[0], new double[0], Map.of());
    FlexServices flex =
        FlexServices.forRequest(
            network,
            s.date(),
            s.routing(),
            s.communityTransport(),
            stopIndex,
            LinkedPoints.link(none, network.streets(), StreetMode.WALK));
    return new ReusablePool<>(
        () -> {
          TransitGridSearch search =
              new TransitGridSearch(
                  network.streets(),
                  network.stopLinks(),
                  stopIndex,
                  timetable,
                  walkLinks,
                  walks,
                  gridSettings,
                  flex.isEmpty() ? null : new FlexOriginLegs(flex, network.streets(), s.routing()));
          return (snap, lat, lon) -> search.search(snap, lat, lon)[0];
        });
  }

  static StreetMode streetMode(TravelMode mode) {
    return switch (mode) {
      case WALK, TRANSIT -> StreetMode.WALK;
      case BIKE -> StreetMode.BIKE;
      case CAR -> StreetMode.CAR;
    };
  }

  /** The centre of the street nodes' bounding box, which picks the metric projection. */
  private static double[] centre(StreetNetwork streets) {
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
      return new double[] {0, 0};
    }
    return new double[] {(minLat + maxLat) / 2, (minLon + maxLon) / 2};
  }
}
