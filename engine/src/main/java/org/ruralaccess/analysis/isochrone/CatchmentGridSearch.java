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
import org.ruralaccess.routing.ReverseRaptorListener;
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
  private final FlexCatchmentLegs flexLegs;

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
    this(streets, stopLinks, stopIndex, timetable, walkLinks, cellToStop, settings, null);
  }

  /**
   * @param flexLegs community transport legs into the destination (one per thread; {@code
   *     cellToStop} must hold its cells), or null
   */
  CatchmentGridSearch(
      StreetNetwork streets,
      StopLinks stopLinks,
      StopIndex stopIndex,
      RaptorTimetable timetable,
      CellLinks walkLinks,
      StopCellWalks cellToStop,
      TransitGridSettings settings,
      FlexCatchmentLegs flexLegs) {
    this.flexLegs = flexLegs;
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
    boolean flex = flexLegs != null && destination != null;
    if (flex) {
      flexLegs.prepare(lat, lon);
    }
    propagator.begin(
        direct, s.firstDepartureSeconds(), s.departureCount(), s.stepSeconds(), s.maxTripSeconds());
    if (flex && flexLegs.hasEgress()) {
      // a ride into the destination must end by its window's end as well as by the deadline, so
      // its egress legs differ from deadline to deadline: one search per deadline (catchments of
      // rae isochrone have one)
      for (int i = 0; i < s.departureCount(); i++) {
        int deadline = s.firstDepartureSeconds() + i * s.stepSeconds();
        int[][] legs = EgressLegs.merge(egress, flexLegs.egress(deadline));
        if (legs[0].length > 0) {
          route(legs, deadline, 1, eachDeadline);
        } else {
          nothingByTransit(deadline, flex, eachDeadline);
        }
      }
    } else if (egress[0].length > 0) {
      route(egress, s.firstDepartureSeconds(), s.departureCount(), eachDeadline);
    } else {
      for (int i = 0; i < s.departureCount(); i++) {
        nothingByTransit(s.firstDepartureSeconds() + i * s.stepSeconds(), flex, eachDeadline);
      }
    }
    return propagator.percentiles(s.percentiles());
  }

  /** A deadline with no stop reached: the direct walk and the flex rides straight to it only. */
  private void nothingByTransit(int deadline, boolean flex, Runnable eachDeadline) {
    eachDeadline.run();
    propagator.deadline(deadline, stop -> TravelTimeGrid.UNREACHED, new int[0], 0);
    if (flex) {
      flexLegs.deadline(deadline, null, propagator);
    }
  }

  /** A reverse range-RAPTOR over {@code count} deadlines from {@code firstDeadline}. */
  private void route(int[][] egress, int firstDeadline, int count, Runnable eachDeadline) {
    TransitGridSettings s = settings;
    ReverseRaptorListener cells = propagator.asReverseRaptorListener(eachDeadline);
    boolean flex = flexLegs != null;
    worker.route(
        new ReverseRaptorRequest(
            egress[0],
            egress[1],
            firstDeadline,
            firstDeadline + count * s.stepSeconds(),
            s.stepSeconds(),
            s.maxTransfers(),
            s.boardSlackSeconds(),
            s.maxTripSeconds()),
        !flex
            ? cells
            : (deadline, latest, changed, changedCount) -> {
              cells.deadline(deadline, latest, changed, changedCount);
              flexLegs.deadline(deadline, latest, propagator);
            });
  }
}
