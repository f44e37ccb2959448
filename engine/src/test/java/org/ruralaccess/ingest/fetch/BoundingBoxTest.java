package org.ruralaccess.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoundingBoxTest {

  @Test
  void bufferGrowsLatitudeByMetresAndLongitudeAtTheFarthestLatitude() {
    BoundingBox box = new BoundingBox(-2.0, 50.0, -1.0, 51.0);
    // 1,113.2 m / 111,320 m per degree = 0.01 degree of latitude
    BoundingBox grown = box.buffered(1113.2);
    assertEquals(49.99, grown.minLat(), 1e-9);
    assertEquals(51.01, grown.maxLat(), 1e-9);
    // at 51.01 N a degree of longitude is cos(51.01) = 0.62918 of one of latitude:
    // 0.01 / 0.62918 = 0.015894 degree
    assertEquals(-2.015894, grown.minLon(), 1e-5);
    assertEquals(-0.984106, grown.maxLon(), 1e-5);
  }

  @Test
  void edgesAreInsideAndTheBufferKeepsNearbyStops() {
    BoundingBox box = new BoundingBox(-2.0, 50.0, -1.0, 51.0);
    assertTrue(box.contains(51.0, -1.0), "edges included");
    assertFalse(box.contains(51.001, -1.5));
    // 0.009 degree north of the edge is 1,002 m: inside a 1.1 km buffer, outside a 0.9 km one
    assertTrue(box.buffered(1100).contains(51.009, -1.5));
    assertFalse(box.buffered(900).contains(51.009, -1.5));
    assertEquals(box, box.buffered(0));
  }

  @Test
  void rejectsSwappedCornersAndNonsenseDegrees() {
    assertThrows(IllegalArgumentException.class, () -> new BoundingBox(-1, 50, -2, 51));
    assertThrows(IllegalArgumentException.class, () -> new BoundingBox(-2, 95, -1, 96));
    assertThrows(IllegalArgumentException.class, () -> new BoundingBox(-2, Double.NaN, -1, 51));
  }
}
