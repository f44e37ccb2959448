package org.ruralaccess.analysis.isochrone;

import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.network.link.StopLinks;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.network.street.StreetTimes;
import org.ruralaccess.routing.RaptorTimetable;
import org.ruralaccess.routing.ReverseRangeRaptorWorker;
import org.ruralaccess.routing.ReverseRaptorRequest;

/**
 * An arrive-by catchment grid for one destination ("from where can one arrive at D by 09:00"): one
 * reverse walk search from the destination gives the egress legs (stops within the walk limit of
 * it) and every cell's walk to it; one reverse range-RAPTOR over the window of deadlines; a {@link
 * CatchmentPropagator} carries the stops' latest departures onto the cells. The settings' window is
 * read as deadlines: {@code firstDepartureSeconds} is the first deadline. One search per
 * destination, not one per origin. One instance per thread.
 */
public final class CatchmentGridSearch {

  private final StopLinks stopLinks;
  private final StopIndex stopIndex;
  private final StreetRouter router;
  private final StreetGridSearch walkGrid;
  private final ReverseRangeRaptorWorker worker;
  private final CatchmentPropagator propagator;
  private final TransitGridSettings settings;

  /**
   * @param cellToStop walks from cells to stops, built with {@link SearchDirection#REVERSE}
   */
  public CatchmentGridSearch(
      StreetNetwork streets,
      StopLinks stopLinks,
      StopIndex stopIndex,
      RaptorTimetable timetable,
      CellLinks walkLinks,
      StopCellWalks cellToStop,
      TransitGridSettings settings) {
    this.stopLinks = stopLinks;
    this.stopIndex = stopIndex;
    this.router = new StreetRouter(streets);
    this.walkGrid = new StreetGridSearch(streets, walkLinks);
    this.worker = new ReverseRangeRaptorWorker(timetable);
    this.propagator = new CatchmentPropagator(cellToStop);
    this.settings = settings;
  }

  /** One grid per percentile: deadline minus the latest departure from each cell. */
  public TravelTimeGrid[] search(StreetSnap destination, double lat, double lon) {
    return search(destination, lat, lon, () -> {});
  }

  /** As {@link #search(StreetSnap, double, double)}, running {@code eachDeadline} (may throw). */
  public TravelTimeGrid[] search(
      StreetSnap destination, double lat, double lon, Runnable eachDeadline) {
    TransitGridSettings s = settings;
    TravelTimeGrid direct;
    int[][] egress = {new int[0], new int[0]};
    if (destination == null) {
      direct = TravelTimeGrid.unreached(walkGrid.grid(), 0, 0, 0, 0);
    } else {
      StreetTimes walk =
          router.search(
              destination,
              StreetMode.WALK,
              SearchDirection.REVERSE,
              s.walkMetersPerSecond(),
              Math.max(s.maxWalkSeconds(), s.maxTripSeconds()));
      direct = walkGrid.cellTimes(walk, lat, lon, s.walkMetersPerSecond(), s.maxTripSeconds(), 0);
      egress =
          WalkLegs.within(
              stopIndex,
              stopLinks,
              walk,
              lat,
              lon,
              s.maxWalkSeconds() * s.walkMetersPerSecond() + destination.offStreetMeters(),
              s.maxWalkSeconds());
    }
    propagator.begin(
        direct, s.firstDepartureSeconds(), s.departureCount(), s.stepSeconds(), s.maxTripSeconds());
    if (egress[0].length > 0) {
      worker.route(
          new ReverseRaptorRequest(
              egress[0],
              egress[1],
              s.firstDepartureSeconds(),
              s.firstDepartureSeconds() + s.departureCount() * s.stepSeconds(),
              s.stepSeconds(),
              s.maxTransfers(),
              s.boardSlackSeconds(),
              s.maxTripSeconds()),
          propagator.asReverseRaptorListener(eachDeadline));
    } else {
      for (int i = 0; i < s.departureCount(); i++) {
        eachDeadline.run();
        propagator.deadline(
            s.firstDepartureSeconds() + i * s.stepSeconds(),
            stop -> TravelTimeGrid.UNREACHED,
            new int[0],
            0);
      }
    }
    return propagator.percentiles(s.percentiles());
  }
}
