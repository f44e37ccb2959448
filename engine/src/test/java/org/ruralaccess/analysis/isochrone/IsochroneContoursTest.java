package org.ruralaccess.analysis.isochrone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralaccess.analysis.isochrone.BngStreets.BNG;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

/** Edge cases of contouring on hand-made grids (100 m cells of a BNG grid around the origin). */
class IsochroneContoursTest {

  private static final CellGrid GRID = new CellGrid(BNG, 100, 4000, 900, 50, 50);

  @Test
  void nothingReachedGivesEmptyPolygons() {
    List<Isochrone> isochrones =
        IsochroneContours.contour(TravelTimeGrid.unreached(GRID, 0, 0, 5, 5), new int[] {600, 900})
            .isochrones();
    assertTrue(isochrones.get(0).wgs84().isEmpty());
    assertTrue(isochrones.get(1).wgs84().isEmpty());
    assertEquals(0, isochrones.get(1).areaKm2(), 0);
  }

  @Test
  void oneReachedCellIsADiamondHalfACellAcross() {
    // a single reached cell among unreached ones: the boundary crosses half way to each of its
    // four neighbours, and the corner squares cut the corners: a diamond of diagonal 100 m, area
    // 100 * 100 / 2 = 5,000 m2
    int[] seconds = new int[9];
    java.util.Arrays.fill(seconds, TravelTimeGrid.UNREACHED);
    seconds[4] = 120;
    TravelTimeGrid grid = new TravelTimeGrid(GRID, 10, 10, 3, 3, seconds);
    Polygon diamond =
        (Polygon) IsochroneContours.contour(grid, new int[] {600}).isochrones().get(0).metric();
    assertEquals(5000, diamond.getArea(), 1e-6);
    assertEquals(5, diamond.getNumPoints()); // four corners and the closing point
  }

  @Test
  void cutoffsMustBePositiveAndIncreasing() {
    TravelTimeGrid grid = TravelTimeGrid.unreached(GRID, 0, 0, 1, 1);
    var error =
        assertThrows(
            IllegalArgumentException.class,
            () -> IsochroneContours.contour(grid, new int[] {900, 900}));
    assertEquals("cutoffs must be positive and increasing, got [900, 900]", error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> IsochroneContours.contour(grid, new int[0]));
    assertThrows(
        IllegalArgumentException.class, () -> IsochroneContours.contour(grid, new int[] {0}));
  }
}
