package org.ruralaccess.analysis.isochrone;

import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.network.link.StopLinks;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.network.street.StreetTimes;
import org.ruralaccess.routing.RangeRaptorWorker;
import org.ruralaccess.routing.RaptorRequest;
import org.ruralaccess.routing.RaptorTimetable;
import org.ruralaccess.routing.TimedAccessLegs;

/**
 * A transit isochrone grid from one origin, the way {@code TransitOriginSearch} times destinations:
 * one walk search gives both the access legs (stops within the walk limit) and the direct walk to
 * every cell (within the max trip time); one range-RAPTOR over the window; its stop arrivals
 * carried onto the cells by a {@link TransitGridPropagator}. With community transport ({@link
 * FlexGridLegs}), the origin's flex rides to hub stops are access legs of the same search, and flex
 * rides into the cells of a scheme's area (from home, from a hub within a walk, or from a stop the
 * search reached) are one more way to those cells, as in {@code rae matrix}.
 *
 * <p>One instance per thread; the timetable, links and stop walks are shared.
 */
public final class TransitGridSearch {

  private final StopLinks stopLinks;
  private final StopIndex stopIndex;
  private final StreetRouter router;
  private final StreetGridSearch walkGrid;
  private final RangeRaptorWorker worker;
  private final TransitGridPropagator propagator;
  private final TransitGridSettings settings;
  private final FlexGridLegs flexLegs;

  public TransitGridSearch(
      StreetNetwork streets,
      StopLinks stopLinks,
      StopIndex stopIndex,
      RaptorTimetable timetable,
      CellLinks walkLinks,
      StopCellWalks egress,
      TransitGridSettings settings) {
    this(streets, stopLinks, stopIndex, timetable, walkLinks, egress, settings, null);
  }

  /**
   * @param flexLegs community transport legs (one per thread; {@code egress} must hold its cells),
   *     or null
   */
  TransitGridSearch(
      StreetNetwork streets,
      StopLinks stopLinks,
      StopIndex stopIndex,
      RaptorTimetable timetable,
      CellLinks walkLinks,
      StopCellWalks egress,
      TransitGridSettings settings,
      FlexGridLegs flexLegs) {
    this.flexLegs = flexLegs;
    this.stopLinks = stopLinks;
    this.stopIndex = stopIndex;
    this.router = new StreetRouter(streets);
    this.walkGrid = new StreetGridSearch(streets, walkLinks);
    this.worker = new RangeRaptorWorker(timetable);
    this.propagator = new TransitGridPropagator(egress);
    this.settings = settings;
  }

  /** One grid per percentile of the settings; all unreached when the origin is not linked. */
  public TravelTimeGrid[] search(StreetSnap origin, double originLat, double originLon) {
    return search(origin, originLat, originLon, () -> {});
  }

  /**
   * As {@link #search(StreetSnap, double, double)}, running {@code eachDeparture} before each
   * departure of the window is carried onto the cells; it may throw to cancel the search there.
   */
  public TravelTimeGrid[] search(
      StreetSnap origin, double originLat, double originLon, Runnable eachDeparture) {
    TransitGridSettings s = settings;
    TravelTimeGrid direct;
    int[][] access;
    TimedAccessLegs flexAccess = TimedAccessLegs.none();
    if (origin == null) {
      direct = TravelTimeGrid.unreached(propagatorGrid(), 0, 0, 0, 0);
      access = new int[][] {new int[0], new int[0]};
    } else {
      StreetTimes walk =
          router.search(
              origin,
              StreetMode.WALK,
              SearchDirection.FORWARD,
              s.walkMetersPerSecond(),
              Math.max(s.maxWalkSeconds(), s.maxTripSeconds()));
      direct =
          walkGrid.cellTimes(
              walk, originLat, originLon, s.walkMetersPerSecond(), s.maxTripSeconds(), 0);
      access =
          WalkLegs.within(
              stopIndex,
              stopLinks,
              walk,
              originLat,
              originLon,
              s.maxWalkSeconds() * s.walkMetersPerSecond() + origin.offStreetMeters(),
              s.maxWalkSeconds());
      if (flexLegs != null) {
        flexLegs.prepare(originLat, originLon, walk);
        flexAccess = flexLegs.access();
      }
    }
    propagator.begin(
        direct,
        access[0],
        access[1],
        s.firstDepartureSeconds(),
        s.departureCount(),
        s.stepSeconds(),
        s.maxTripSeconds());
    if (access[0].length > 0 || flexAccess.size() > 0) {
      worker.route(
          new RaptorRequest(
              access[0],
              access[1],
              s.firstDepartureSeconds(),
              s.firstDepartureSeconds() + s.departureCount() * s.stepSeconds(),
              s.stepSeconds(),
              s.maxTransfers(),
              s.boardSlackSeconds(),
              s.maxTripSeconds(),
              flexAccess),
          flexLegs == null
              ? propagator.asRaptorListener(eachDeparture)
              : flexLegs.listener(propagator, eachDeparture));
    } else {
      for (int i = s.departureCount() - 1; i >= 0; i--) {
        eachDeparture.run();
        int departure = s.firstDepartureSeconds() + i * s.stepSeconds();
        propagator.departure(departure, stop -> TravelTimeGrid.UNREACHED, new int[0], 0);
        if (flexLegs != null && origin != null) {
          // rides straight from home still count (the matrix's no-access case)
          flexLegs.departure(departure, null, new int[0], 0, propagator);
        }
      }
    }
    return propagator.percentiles(s.percentiles());
  }

  /** Work of the last search: (stop, cell) walks read by the propagation. */
  public long egressUpdates() {
    return propagator.egressUpdates();
  }

  private CellGrid propagatorGrid() {
    return walkGrid.grid();
  }
}
