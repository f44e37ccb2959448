package org.ruralaccess.analysis.isochrone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralaccess.analysis.isochrone.BngStreets.BNG;
import static org.ruralaccess.analysis.isochrone.BngStreets.WALK_METERS_PER_SECOND;
import static org.ruralaccess.analysis.isochrone.BngStreets.X0;
import static org.ruralaccess.analysis.isochrone.BngStreets.Y0;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetSnap;

/**
 * The street grid of {@link I02StreetGridDiamondTest}, wider (dx from -1,500 to +4,500 m), with two
 * stops: A at the origin and B 3,000 m east, 2,992 s on foot (3,000 * 0.99737), beyond the
 * 30-minute limit. Stop arrivals are fed by hand, as a range-RAPTOR would hand them over:
 * departures every minute 08:00-08:09, latest first, each with the stops whose arrival changed.
 * Egress walks are up to 10 minutes.
 */
class I04BusStopIslandTest {

  private static final int EIGHT = 8 * 3600;
  private static final int A = 0;
  private static final int B = 1;
  private static StreetNetwork network;
  private static CellLinks links;
  private static StopCellWalks egress;
  private static TravelTimeGrid direct;

  @BeforeAll
  static void streetsAndStops() {
    network = BngStreets.manhattan(X0 - 1500, Y0 - 1500, 100, 61, null);
    CellGrid grid = CellGrid.covering(network, BNG, 100, 300);
    links = new CellLinks(grid, network, StreetMode.WALK, 150);
    StreetSnap[] stops = {snap(X0, Y0), snap(X0 + 3000, Y0)};
    egress =
        StopCellWalks.build(
            links,
            network,
            2,
            stop -> stops[stop],
            WALK_METERS_PER_SECOND,
            600,
            SearchDirection.FORWARD);
    double[] origin = BngStreets.latLon(X0, Y0);
    direct =
        new StreetGridSearch(network, links)
            .search(stops[A], origin[0], origin[1], WALK_METERS_PER_SECOND, 1800, 0);
  }

  private static StreetSnap snap(double x, double y) {
    double[] latLon = BngStreets.latLon(x, y);
    return network.snap(latLon[0], latLon[1], StreetMode.WALK, 100).orElseThrow();
  }

  @Test
  void aBusTenMinutesOutAddsAnIslandOfFiveMinutesWalk() {
    // every departure d reaches B at d + 600: the island is what 900 - 600 = 300 s of walking
    // from B covers
    TransitGridPropagator propagator = new TransitGridPropagator(egress);
    propagator.begin(direct, EIGHT, 10, 60, 1800);
    for (int i = 9; i >= 0; i--) {
      int departure = EIGHT + i * 60;
      int[] arrival = {departure, departure + 600};
      propagator.departure(departure, stop -> arrival[stop], new int[] {A, B}, 2);
    }
    TravelTimeGrid p50 = propagator.percentiles(new int[] {50})[0];
    assertEquals(600, p50.secondsAt(X0 + 3000, Y0));
    assertEquals(600 + 299, p50.secondsAt(X0 + 3300, Y0)); // 600 + 299.21
    assertEquals(1496, p50.secondsAt(X0 + 1500, Y0)); // on foot: 1,500 * 0.99737 = 1,496.06
    // 2,000 m east: 1,995 s on foot is over 30 minutes, and 1,000 m from B is over the 600 s egress
    assertEquals(TravelTimeGrid.UNREACHED, p50.secondsAt(X0 + 2000, Y0));
    List<Isochrone> isochrones = IsochroneContours.contour(p50, new int[] {900}).isochrones();
    Geometry fifteen = isochrones.get(0).metric();
    assertEquals(2, fifteen.getNumGeometries());
    Envelope island = islandEnvelope(fifteen, X0 + 3000);
    // east and west of B: 300 m is 600 + 299 = 899 s, 400 m is 600 + 399 = 999 s, so the edge is
    // at 300 + (900.5 - 899) / 100 * 100 = 301.5 m; north and south: 300 m is 900 s, 400 m 1,000 s,
    // so 300.5 m; within one cell
    assertEquals(X0 + 3000 - 301.5, island.getMinX(), 100);
    assertEquals(X0 + 3000 + 301.5, island.getMaxX(), 100);
    assertEquals(Y0 - 300.5, island.getMinY(), 100);
    assertEquals(Y0 + 300.5, island.getMaxY(), 100);
  }

  @Test
  void theMedianOverTheWindowCountsTheWaitForTheBus() {
    // one bus leaves A at 08:10 and reaches B at 08:20: leaving at 08:00 + i minutes takes
    // 1,200 - 60 i s to B. B changes only on the first (latest) departure, as in a range search.
    TransitGridPropagator propagator = new TransitGridPropagator(egress);
    propagator.begin(direct, EIGHT, 10, 60, 1800);
    for (int i = 9; i >= 0; i--) {
      int departure = EIGHT + i * 60;
      int[] arrival = {departure, EIGHT + 1200};
      int[] changed = i == 9 ? new int[] {A, B} : new int[] {A};
      propagator.departure(departure, stop -> arrival[stop], changed, changed.length);
    }
    TravelTimeGrid[] grids = propagator.percentiles(new int[] {0, 50, 100});
    // at B: 660, 720, ..., 1,200 s; nearest rank: p0 the 1st (660), p50 the ceil(5)th (900),
    // p100 the 10th (1,200)
    assertEquals(660, grids[0].secondsAt(X0 + 3000, Y0));
    assertEquals(900, grids[1].secondsAt(X0 + 3000, Y0));
    assertEquals(1200, grids[2].secondsAt(X0 + 3000, Y0));
    // the 20-minute median island: 1,200 - 900 = 300 s of walking round B, as above
    Geometry twenty =
        IsochroneContours.contour(grids[1], new int[] {1200}).isochrones().get(0).metric();
    Envelope island = islandEnvelope(twenty, X0 + 3000);
    assertEquals(X0 + 3000 - 301.5, island.getMinX(), 100);
    assertEquals(X0 + 3000 + 301.5, island.getMaxX(), 100);
    assertTrue(propagator.egressUpdates() > 0);
  }

  private static Envelope islandEnvelope(Geometry g, double eastOf) {
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Envelope e = g.getGeometryN(i).getEnvelopeInternal();
      if (e.getMinX() > X0 + 1500) {
        return e;
      }
    }
    throw new AssertionError("no island east of " + eastOf + " in " + g);
  }
}
