package org.ruralaccess.analysis.isochrone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralaccess.analysis.isochrone.BngStreets.BNG;
import static org.ruralaccess.analysis.isochrone.BngStreets.WALK_METERS_PER_SECOND;
import static org.ruralaccess.analysis.isochrone.BngStreets.X0;
import static org.ruralaccess.analysis.isochrone.BngStreets.Y0;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetSnap;

/**
 * One straight east-west road through the origin, walked at 1 m/s, on a 100 m grid whose cells link
 * to the road within 150 m. The road lies on a row of cell centres. The engine measures on a sphere
 * of radius 6,371,008.8 m while BNG lives on the Airy ellipsoid, so at 50.7 N one grid meter of
 * easting is 0.99737 engine meters (6,371,008.8 / 6,390,332, the prime vertical radius, /
 * 0.9996013, BNG's scale factor) and one of northing 1.00006 (6,371,008.8 / 6,373,157, the meridian
 * radius, / 0.9996013). A cell {@code d} grid meters along and {@code h} across is reached in
 * {@code 0.99737 d + 1.00006 h} seconds, rounded; rows 0 and +-1 are linked (100.006 m off the road
 * is within 150 m), rows +-2 are not (200 m).
 */
class I01StraightRoadWalkTest {

  private static final double CELL = 100;
  private static TravelTimeGrid times;
  private static List<Isochrone> isochrones;

  @BeforeAll
  static void walkFromTheMiddleOfTheRoad() {
    BngStreets streets = new BngStreets();
    int previous = streets.node(X0 - 2000, Y0);
    for (int k = -19; k <= 20; k++) { // nodes every 100 m from X0 - 2000 to X0 + 2000
      int node = streets.node(X0 + k * 100, Y0);
      streets.street(previous, node);
      previous = node;
    }
    StreetNetwork network = streets.build();
    CellGrid grid = CellGrid.covering(network, BNG, CELL, 300);
    CellLinks links = new CellLinks(grid, network, StreetMode.WALK, 150);
    double[] origin = BngStreets.latLon(X0, Y0);
    StreetSnap snap = network.snap(origin[0], origin[1], StreetMode.WALK, 100).orElseThrow();
    times =
        new StreetGridSearch(network, links)
            .search(snap, origin[0], origin[1], WALK_METERS_PER_SECOND, 3600, 0);
    isochrones = IsochroneContours.contour(times, new int[] {900, 1800}).isochrones();
  }

  @Test
  void cellTimesAreTheWalkAlongTheRoadPlusTheWalkOffIt() {
    // 800 grid m along: 800 * 0.99737 = 797.9 s -> 798; 900 along: 897.64 -> 898
    assertEquals(798, times.secondsAt(X0 + 800, Y0));
    assertEquals(898, times.secondsAt(X0 - 900, Y0));
    // 500 along and one row across: 498.69 + 100.006 = 598.69 s -> 599
    assertEquals(599, times.secondsAt(X0 + 500, Y0 + 100));
    // two rows across is 200 m from the road, beyond the 150 m off-street reach
    assertEquals(TravelTimeGrid.UNREACHED, times.secondsAt(X0, Y0 + 200));
  }

  @Test
  void fifteenMinutesIsABandNineHundredMetersEachWayAndThreeRowsWide() {
    Geometry fifteen = isochrones.get(0).metric();
    Envelope box = fifteen.getEnvelopeInternal();
    // along the road the 900 s contour lies between the cells at 900 m (898 s) and 1,000 m
    // (997.37 -> 997 s): 900 + (900.5 - 898) / (997 - 898) * 100 = 902.5 m each way
    assertEquals(X0 - 902.5, box.getMinX(), CELL);
    assertEquals(X0 + 902.5, box.getMaxX(), CELL);
    // across, half way from the last linked row (100 m) to the first unlinked one (200 m): 150 m
    assertEquals(Y0 - 150, box.getMinY(), CELL);
    assertEquals(Y0 + 150, box.getMaxY(), CELL);
    assertTrue(contains(fifteen, X0 + 800, Y0));
    assertTrue(contains(fifteen, X0 - 300, Y0 + 100));
    assertFalse(contains(fifteen, X0 + 1000, Y0)); // 997 s
    // one row across: 800 m along is 797.9 + 100.006 s -> 898 s, inside; 900 m along is 998 s
    assertTrue(contains(fifteen, X0 + 700, Y0 + 100));
    assertFalse(contains(fifteen, X0 + 900, Y0 + 100));
    assertFalse(contains(fifteen, X0, Y0 + 250)); // not linked
  }

  @Test
  void thirtyMinutesReachesTheEndsOfTheRoad() {
    // 1,800 grid m is 1,795.27 s -> 1,795; 1,900 m is 1,895.01 s -> 1,895: the contour crosses at
    // 1,800 + (1,800.5 - 1,795) / 100 * 100 = 1,805.5 m, short of the road's end at 2,000 m
    Envelope box = isochrones.get(1).metric().getEnvelopeInternal();
    assertEquals(X0 - 1805.5, box.getMinX(), CELL);
    assertEquals(X0 + 1805.5, box.getMaxX(), CELL);
    assertTrue(isochrones.get(1).metric().covers(isochrones.get(0).metric()));
    assertTrue(isochrones.get(1).wgs84().covers(isochrones.get(0).wgs84()));
  }

  @Test
  void wgs84OutputIsTheSameAreaWithRoundedCoordinates() {
    Geometry wgs84 = isochrones.get(0).wgs84();
    assertTrue(wgs84.isValid());
    assertEquals(4326, wgs84.getSRID());
    for (Coordinate c : wgs84.getCoordinates()) {
      assertEquals(c.x, Math.round(c.x * 1e6) / 1e6, 0);
      assertEquals(c.y, Math.round(c.y * 1e6) / 1e6, 0);
    }
    double[] origin = BngStreets.latLon(X0, Y0);
    assertTrue(
        wgs84.contains(new GeometryFactory().createPoint(new Coordinate(origin[1], origin[0]))));
    // taken to WGS84, rounded to 1e-6 degrees (0.11 m) and back, the area agrees with the metric
    // polygon's to well under one tenth of a cell (1,000 m2)
    double backArea = BNG.toMetric(wgs84).getArea();
    assertEquals(isochrones.get(0).metric().getArea(), backArea, 1000);
  }

  private static boolean contains(Geometry g, double x, double y) {
    return g.contains(g.getFactory().createPoint(new Coordinate(x, y)));
  }
}
