package org.ruralaccess.analysis.isochrone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ruralaccess.analysis.isochrone.BngStreets.BNG;
import static org.ruralaccess.analysis.isochrone.BngStreets.WALK_METERS_PER_SECOND;
import static org.ruralaccess.analysis.isochrone.BngStreets.X0;
import static org.ruralaccess.analysis.isochrone.BngStreets.Y0;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;

/**
 * The arrive-by mirror of {@link I04BusStopIslandTest}: destination D at the origin junction of the
 * street grid, with stop A at D and stop B 3,000 m east. The latest departures per stop are fed by
 * hand for deadlines 09:00-09:09, earliest first, as a reverse range search hands them over; walks
 * from cells to stops up to 10 minutes.
 */
class I07CatchmentIslandTest {

  private static final int NINE = 9 * 3600;
  private static final int A = 0;
  private static final int B = 1;
  private static StopCellWalks cellToStop;
  private static TravelTimeGrid walkToD;

  @BeforeAll
  static void streetsAndStops() {
    StreetNetwork network = BngStreets.manhattan(X0 - 1500, Y0 - 1500, 100, 61, null);
    CellLinks links =
        new CellLinks(CellGrid.covering(network, BNG, 100, 300), network, StreetMode.WALK, 150);
    StreetSnap[] stops = {snap(network, X0, Y0), snap(network, X0 + 3000, Y0)};
    cellToStop =
        StopCellWalks.build(
            links, network, 2, s -> stops[s], WALK_METERS_PER_SECOND, 600, SearchDirection.REVERSE);
    double[] d = BngStreets.latLon(X0, Y0);
    walkToD =
        new StreetGridSearch(network, links)
            .cellTimes(
                new StreetRouter(network)
                    .search(
                        stops[A],
                        StreetMode.WALK,
                        SearchDirection.REVERSE,
                        WALK_METERS_PER_SECOND,
                        1800),
                d[0],
                d[1],
                WALK_METERS_PER_SECOND,
                1800,
                0);
  }

  private static StreetSnap snap(StreetNetwork network, double x, double y) {
    double[] latLon = BngStreets.latLon(x, y);
    return network.snap(latLon[0], latLon[1], StreetMode.WALK, 100).orElseThrow();
  }

  @Test
  void aBusTenMinutesAwayGivesAnIslandOfFiveMinutesWalk() {
    // every deadline T: be at B by T - 600 (a bus every minute, 10 minutes to D); at A by T
    CatchmentPropagator catchment = new CatchmentPropagator(cellToStop);
    catchment.begin(walkToD, NINE, 10, 60, 1800);
    for (int i = 0; i < 10; i++) {
      int deadline = NINE + i * 60;
      int[] latest = {deadline, deadline - 600};
      catchment.deadline(deadline, stop -> latest[stop], new int[] {A, B}, 2);
    }
    TravelTimeGrid p50 = catchment.percentiles(new int[] {50})[0];
    assertEquals(600, p50.secondsAt(X0 + 3000, Y0)); // T - (T - 600)
    assertEquals(1000, p50.secondsAt(X0 + 3000, Y0 + 400)); // 600 + 400.02 s walk to B
    assertEquals(898, p50.secondsAt(X0 - 900, Y0)); // walking to D: 897.64 s
    Geometry fifteen = IsochroneContours.contour(p50, new int[] {900}).isochrones().get(0).metric();
    assertEquals(2, fifteen.getNumGeometries());
    Envelope island = fifteen.getGeometryN(1).getEnvelopeInternal();
    if (island.getMinX() < X0 + 1500) {
      island = fifteen.getGeometryN(0).getEnvelopeInternal();
    }
    // as in I04: 301.5 m east and west of B, 300.5 m north and south, within one cell
    assertEquals(X0 + 3000 - 301.5, island.getMinX(), 100);
    assertEquals(X0 + 3000 + 301.5, island.getMaxX(), 100);
    assertEquals(Y0 - 300.5, island.getMinY(), 100);
    assertEquals(Y0 + 300.5, island.getMaxY(), 100);
  }

  @Test
  void theMedianCountsTheWaitAtTheDestination() {
    // one bus leaves B at 08:45 and reaches D at 08:55; with 60 s board slack one must be at B by
    // 08:44 for every deadline 09:00 + i min: T - 08:44 = 960 + 60 i s. Nearest rank over 10:
    // p0 960, p50 the 5th, 960 + 240 = 1,200, p100 1,500. B changes on the first deadline only.
    CatchmentPropagator catchment = new CatchmentPropagator(cellToStop);
    catchment.begin(walkToD, NINE, 10, 60, 1800);
    int atB = 8 * 3600 + 44 * 60;
    for (int i = 0; i < 10; i++) {
      int deadline = NINE + i * 60;
      int[] latest = {deadline, atB};
      int[] changed = i == 0 ? new int[] {A, B} : new int[] {A};
      catchment.deadline(deadline, stop -> latest[stop], changed, changed.length);
    }
    TravelTimeGrid[] grids = catchment.percentiles(new int[] {0, 50, 100});
    assertEquals(960, grids[0].secondsAt(X0 + 3000, Y0));
    assertEquals(1200, grids[1].secondsAt(X0 + 3000, Y0));
    assertEquals(1500, grids[2].secondsAt(X0 + 3000, Y0));
    // 300 m from B adds 299 s: 1,499 at p50
    assertEquals(1499, grids[1].secondsAt(X0 + 3300, Y0));
  }
}
