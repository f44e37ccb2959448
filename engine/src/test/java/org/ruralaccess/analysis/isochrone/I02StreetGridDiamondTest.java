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
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetSnap;

/**
 * A Manhattan grid of streets every 100 m, on the lines of the 100 m cell centres, walked at 1 m/s
 * from a junction: a cell {@code dx} grid meters east and {@code dy} north is reached in {@code
 * 0.99737 |dx| + 1.00006 |dy|} seconds (see {@link I01StraightRoadWalkTest} for the factors), so
 * the 15-minute isochrone is the diamond {@code 0.99737 |dx| + 1.00006 |dy| <= 900}.
 */
class I02StreetGridDiamondTest {

  private static final double CELL = 100;
  private static TravelTimeGrid times;
  private static List<Isochrone> isochrones;

  @BeforeAll
  static void walkFromTheCentre() {
    StreetNetwork network = BngStreets.manhattan(X0 - 1500, Y0 - 1500, 100, 31, null);
    CellGrid grid = CellGrid.covering(network, BNG, CELL, 300);
    CellLinks links = new CellLinks(grid, network, StreetMode.WALK, 150);
    double[] origin = BngStreets.latLon(X0, Y0);
    StreetSnap snap = network.snap(origin[0], origin[1], StreetMode.WALK, 100).orElseThrow();
    times =
        new StreetGridSearch(network, links)
            .search(snap, origin[0], origin[1], WALK_METERS_PER_SECOND, 1800, 0);
    isochrones = IsochroneContours.contour(times, new int[] {600, 900}).isochrones();
  }

  @Test
  void cellTimesAreManhattanDistances() {
    assertEquals(399, times.secondsAt(X0 + 200, Y0 - 200)); // 199.47 + 200.01 = 399.48
    assertEquals(898, times.secondsAt(X0 - 900, Y0)); // 897.64
    assertEquals(900, times.secondsAt(X0, Y0 + 900)); // 900.05
    assertEquals(999, times.secondsAt(X0 + 500, Y0 + 500)); // 498.69 + 500.03 = 998.72
  }

  @Test
  void fifteenMinutesIsTheDiamondWithinOneCell() {
    Geometry diamond = isochrones.get(1).metric();
    assertTrue(diamond.isValid());
    assertEquals(1, diamond.getNumGeometries());
    Envelope box = diamond.getEnvelopeInternal();
    // east: 900 m is 898 s, 1,000 m is 997 s: 900 + (900.5 - 898) / 99 * 100 = 902.5
    assertEquals(X0 + 902.5, box.getMaxX(), CELL);
    // north: 900 m is 900 s, 1,000 m is 1,000 s: 900.5
    assertEquals(Y0 + 900.5, box.getMaxY(), CELL);
    // every sample point more than one cell (100 m) from the diamond's edge is on the right side:
    // the distance to the edge |dx| + |dy| = 900 is | |dx| + |dy| - 900 | / sqrt(2), so points with
    // the hand time below 900 - 142 are inside and above 900 + 142 outside
    int inside = 0;
    int outside = 0;
    for (int dx = -1200; dx <= 1200; dx += 25) {
      for (int dy = -1200; dy <= 1200; dy += 25) {
        double handSeconds = 0.99737 * Math.abs(dx) + 1.00006 * Math.abs(dy);
        boolean contained = contains(diamond, X0 + dx, Y0 + dy);
        if (handSeconds < 900 - 142) {
          assertTrue(contained, dx + ", " + dy);
          inside++;
        } else if (handSeconds > 900 + 142) {
          assertFalse(contained, dx + ", " + dy);
          outside++;
        }
      }
    }
    // not vacuous: of 97 x 97 samples 25 m apart, about 2 * 758^2 / 625 = 1,839 lie well inside
    // and (2,400^2 - 2 * 1,042^2) / 625 = 5,742 well outside
    assertTrue(inside > 1700, "inside " + inside);
    assertTrue(outside > 5500, "outside " + outside);
  }

  @Test
  void tenMinutesIsInsideFifteen() {
    assertTrue(isochrones.get(1).metric().covers(isochrones.get(0).metric()));
    assertTrue(isochrones.get(1).wgs84().covers(isochrones.get(0).wgs84()));
    // the 600 s diamond's area is about 2 * 600^2 = 0.72 km2; the 900 s one 1.62 km2
    assertEquals(0.72, isochrones.get(0).areaKm2(), 0.1);
    assertEquals(1.62, isochrones.get(1).areaKm2(), 0.15);
  }

  private static boolean contains(Geometry g, double x, double y) {
    return g.contains(g.getFactory().createPoint(new Coordinate(x, y)));
  }
}
