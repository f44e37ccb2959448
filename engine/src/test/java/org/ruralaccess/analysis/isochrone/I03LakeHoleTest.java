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
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetSnap;

/**
 * The street grid of {@link I02StreetGridDiamondTest} with a lake east of the origin: no streets
 * strictly inside 200 < dx < 800, -300 < dy < 300 (the junctions there removed), so the shore
 * streets run along dx = 200, dx = 800 and dy = +-300. Cells link within 150 m: the 3 x 3 cells
 * centred at dx = 400..600, dy = -100..100 are 200 m or more from every shore and stay unreached.
 */
class I03LakeHoleTest {

  private static List<Isochrone> isochrones;

  @BeforeAll
  static void walkPastTheLake() {
    StreetNetwork network =
        BngStreets.manhattan(
            X0 - 2000, Y0 - 2000, 100, 41, new double[] {X0 + 200, Y0 - 300, X0 + 800, Y0 + 300});
    CellGrid grid = CellGrid.covering(network, BNG, 100, 300);
    CellLinks links = new CellLinks(grid, network, StreetMode.WALK, 150);
    double[] origin = BngStreets.latLon(X0, Y0);
    StreetSnap snap = network.snap(origin[0], origin[1], StreetMode.WALK, 100).orElseThrow();
    TravelTimeGrid times =
        new StreetGridSearch(network, links)
            .search(snap, origin[0], origin[1], WALK_METERS_PER_SECOND, 1800, 0);
    isochrones = IsochroneContours.contour(times, new int[] {900, 1800}).isochrones();
  }

  @Test
  void thirtyMinutesKeepsTheLakeAsAHole() {
    // the far shore (dx = 800, dy = 0) is 300 + 800 + 300 = 1,400 m round the lake: within 30
    // minutes, so the reached area closes round the lake
    Polygon thirty = (Polygon) isochrones.get(1).metric();
    assertTrue(thirty.isValid());
    assertEquals(1, thirty.getNumInteriorRing());
    Geometry lake = thirty.getFactory().createPolygon(thirty.getInteriorRingN(0).getCoordinates());
    // the hole runs half way from the unreached cells to the reached ones: 350 .. 650 east,
    // -150 .. 150 north (its corners cut), within one cell
    Envelope box = lake.getEnvelopeInternal();
    assertEquals(X0 + 350, box.getMinX(), 100);
    assertEquals(X0 + 650, box.getMaxX(), 100);
    assertEquals(Y0 - 150, box.getMinY(), 100);
    assertEquals(Y0 + 150, box.getMaxY(), 100);
    assertTrue(lake.contains(thirty.getFactory().createPoint(new Coordinate(X0 + 500, Y0))));
    // 300 x 300 m less four corner triangles of 50 x 50 / 2: 90,000 - 5,000 = 85,000 m2 before
    // simplification, which may move each side by up to half a cell
    assertEquals(85_000, lake.getArea(), 40_000); // 75,000 after simplification
    Polygon wgs84 = (Polygon) isochrones.get(1).wgs84();
    assertEquals(1, wgs84.getNumInteriorRing());
    assertTrue(wgs84.isValid());
  }

  @Test
  void fifteenMinutesIsOpenBehindTheLake() {
    // behind the lake every cell is 1,400 s or more away, so the unreached lake joins the outside
    Geometry fifteen = isochrones.get(0).metric();
    assertEquals(1, fifteen.getNumGeometries());
    assertEquals(0, ((Polygon) fifteen).getNumInteriorRing());
    assertTrue(isochrones.get(1).metric().covers(fifteen));
    assertTrue(isochrones.get(1).wgs84().covers(isochrones.get(0).wgs84()));
  }
}
