package org.ruralaccess.analysis.isochrone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GridProjectionTest {

  @Test
  void greatBritainGetsTheNationalGridAndElsewhereTheUtmZoneOfTheCentre() {
    assertEquals("EPSG:27700", GridProjection.crsCodeFor(50.71, -2.44)); // Dorchester
    assertEquals("EPSG:27700", GridProjection.crsCodeFor(49.92, -6.30)); // Isles of Scilly
    assertEquals("EPSG:27700", GridProjection.crsCodeFor(57.48, -4.22)); // Inverness
    assertEquals("EPSG:27700", GridProjection.crsCodeFor(51.58, -2.99)); // Newport
    // Porto Alegre, 51.2 W, 30.0 S: zone floor((180 - 51.2) / 6) + 1 = 22, southern hemisphere
    assertEquals("EPSG:32722", GridProjection.crsCodeFor(-30.03, -51.22));
    // Dublin (6.26 W) and Belfast (5.93 W) lie west of the boxes: zone 30 (6 W..0) and 29 (12..6 W)
    assertEquals("EPSG:32629", GridProjection.crsCodeFor(53.35, -6.26));
    assertEquals("EPSG:32630", GridProjection.crsCodeFor(54.60, -5.93));
    // Cobb County, Georgia: 84.5 W is zone floor(95.5 / 6) + 1 = 16
    assertEquals("EPSG:32616", GridProjection.crsCodeFor(33.95, -84.55));
  }

  @Test
  void nationalGridRoundTripsWithinMillimetres() {
    GridProjection bng = GridProjection.of("EPSG:27700");
    double[] latLon = new double[2];
    double[] xy = new double[2];
    // OS's worked example, Caister water tower, E 651409.903 N 313177.270, is 52.65757 N 1.71792 E
    // on OSGB36; the datum shift to WGS84 there is about +0.0004 degrees of latitude and -0.0019
    // of longitude (some 130 m west), so 52.6580 N 1.7160 E
    bng.toWgs84(651_409.903, 313_177.270, latLon);
    assertEquals(52.6580, latLon[0], 0.0003);
    assertEquals(1.7160, latLon[1], 0.0003);
    bng.toMetric(latLon[0], latLon[1], xy);
    assertEquals(651_409.903, xy[0], 0.001);
    assertEquals(313_177.270, xy[1], 0.001);
  }

  @Test
  void cellSizeOutsideTenMetresToTwoKilometresIsRefused() {
    var error = assertThrows(IllegalArgumentException.class, () -> CellGrid.checkCellSize(5));
    assertEquals("cell size must be between 10 m and 2,000 m, was 5.0 m", error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CellGrid.checkCellSize(2001));
  }
}
