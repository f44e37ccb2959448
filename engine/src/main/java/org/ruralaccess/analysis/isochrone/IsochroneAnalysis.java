package org.ruralaccess.analysis.isochrone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.ruralaccess.analysis.community.FlexOriginLegs;
import org.ruralaccess.analysis.community.FlexServices;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.zone.ZoneSet;
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
 * results in the places' order whatever the thread timing. {@link IsochronePreparations} keeps
 * those parts, and whole analyses, between requests.
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
    /**
     * @param eachDeparture run before each departure of a transit window is carried onto the cells
     *     (may throw to cancel)
     */
    TravelTimeGrid times(StreetSnap snap, double lat, double lon, Runnable eachDeparture);
  }

  private static final Runnable NO_CHECK = () -> {};

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
    return prepare(IsochronePreparations.forOneRun(network, zones, destinations), settings);
  }

  /**
   * As {@link #prepare(Network, IsochroneSettings)}, taking the network-wide parts from {@code
   * parts} (made there on first use and kept); {@link IsochronePreparations#analysis} keeps the
   * whole analysis too.
   */
  static IsochroneAnalysis prepare(IsochronePreparations parts, IsochroneSettings settings) {
    Network network = parts.network();
    CellLinks links = parts.links(settings.cellMeters(), streetMode(settings.mode()));
    ReusablePool<PlaceSearch> searches =
        settings.mode() == TravelMode.TRANSIT
            ? transitSearches(parts, settings, links)
            : streetSearches(network.streets(), settings, links);
    return new IsochroneAnalysis(network, settings, links.grid(), parts.figures(), searches);
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
    return compute(places, placesDone, NO_CHECK);
  }

  /**
   * As {@link #compute(List, IntConsumer)}; {@code eachDeparture} runs before each departure of a
   * transit window is carried onto the cells, on the searching thread, and may throw to cancel the
   * computation within one departure (a server's time limit).
   */
  public List<PlaceIsochrones> compute(
      List<Place> places, IntConsumer placesDone, Runnable eachDeparture) {
    AtomicInteger done = new AtomicInteger();
    List<PlaceIsochrones> results = new ArrayList<>(places.size());
    IntStream.range(0, places.size())
        .parallel()
        .mapToObj(
            i -> {
              PlaceIsochrones result = compute(places.get(i), eachDeparture);
              placesDone.accept(done.incrementAndGet());
              return result;
            })
        .forEachOrdered(results::add);
    return results;
  }

  /** Isochrones and figures of one place; thread-safe. */
  public PlaceIsochrones compute(Place place) {
    return compute(place, NO_CHECK);
  }

  private PlaceIsochrones compute(Place place, Runnable eachDeparture) {
    StreetSnap snap = snap(place.lat(), place.lon());
    // the grid may be the search's own buffer: contoured before the search goes back to the pool
    List<Isochrone> isochrones =
        searches.use(
            search ->
                IsochroneContours.contour(
                        search.times(snap, place.lat(), place.lon(), eachDeparture),
                        settings.cutoffSeconds())
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
          return (snap, lat, lon, eachDeparture) ->
              search.search(snap, lat, lon, speed, s.maxTripSeconds(), extraSeconds, direction);
        });
  }

  private static ReusablePool<PlaceSearch> transitSearches(
      IsochronePreparations parts, IsochroneSettings s, CellLinks walkLinks) {
    // fixed-route community buses the rider may use ride as timetabled routes on the date
    Network network = parts.dayNetwork(s.date(), s.communityTransport());
    double walkSpeed = s.walkMetersPerSecond();
    RaptorTimetable timetable =
        parts.timetable(
            network,
            s.date(),
            walkSpeed,
            s.routing().maxTransferWalkMinutes() * 60,
            s.routing().transferSlackSeconds());
    StopIndex stopIndex = parts.stopIndex(network);
    int maxWalkSeconds = s.routing().maxWalkMinutes() * 60;
    StopCellWalks walks =
        parts.walks(
            network,
            walkLinks,
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
            return (snap, lat, lon, eachDeparture) ->
                search.search(snap, lat, lon, eachDeparture)[0];
          });
    }
    // community transport rides from the origin to hub stops (no destinations: rides straight to
    // cells are not carried onto the grid)
    PointSet none = new PointSet("none", List.of(), new double[0], new double[0], Map.of());
    FlexServices flex =
        parts.flex(
            network,
            s.date(),
            s.routing(),
            s.communityTransport(),
            () ->
                FlexServices.forRequest(
                    network,
                    s.date(),
                    s.routing(),
                    s.communityTransport(),
                    stopIndex,
                    LinkedPoints.link(none, network.streets(), StreetMode.WALK)));
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
          return (snap, lat, lon, eachDeparture) -> search.search(snap, lat, lon, eachDeparture)[0];
        });
  }

  static StreetMode streetMode(TravelMode mode) {
    return switch (mode) {
      case WALK, TRANSIT -> StreetMode.WALK;
      case BIKE -> StreetMode.BIKE;
      case CAR -> StreetMode.CAR;
    };
  }
}
