package org.ruralaccess.ingest.gtfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Stops placed along shapes at the equator, where 0.001 degrees is 6,371,008.8 m * pi / 180 * 0.001
 * = 111.195 m along a meridian or the equator.
 */
class ShapeProjectionTest {

  /**
   * An out-and-back shape: east along the equator to 0.020 degrees (2,223.90 m), then back west
   * 0.0005 degrees (55.6 m) north of it. A stop 0.0003 degrees (33.4 m) north of the outbound leg
   * is nearer the return leg (22.2 m); the next stop is on the outbound leg.
   */
  @Test
  void stopsFollowTheShapeInOrderEvenWhereTheReturnLegIsNearer() {
    double[] shapeLat = {0, 0, 0.0005, 0.0005};
    double[] shapeLon = {0, 0.020, 0.020, 0};
    double[] stopLat = {0.0003, 0};
    double[] stopLon = {0.005, 0.015};
    // Nearest-first would put stop 1 on the return leg at 2,223.90 + 55.60 + 1,667.93 m and leave
    // stop 2 (outbound, 1,667.93 m) behind it. In order: 0.005 and 0.015 degrees along the
    // outbound leg, 555.975 m and 1,667.926 m.
    assertArrayEquals(
        new double[] {555.975, 1667.926},
        ShapeProjection.distancesAlong(shapeLat, shapeLon, stopLat, stopLon),
        0.01);
    // the return trip's stops (westbound, 0.0003 north) go on the return leg:
    // 2,223.90 + 55.60 + 0.005 degrees = 2,835.47 m; then + 0.010 degrees = 3,947.42 m
    assertArrayEquals(
        new double[] {2835.47, 3947.42},
        ShapeProjection.distancesAlong(
            shapeLat, shapeLon, new double[] {0.0003, 0.0003}, new double[] {0.015, 0.005}),
        0.01);
  }

  @Test
  void aStopFarFromTheShapeOrStopsAgainstItGiveNothing() {
    double[] shapeLat = {0, 0};
    double[] shapeLon = {0, 0.020};
    // 0.0014 degrees = 155.7 m off: more than 150 m
    assertNull(
        ShapeProjection.distancesAlong(
            shapeLat, shapeLon, new double[] {0, 0.0014}, new double[] {0.001, 0.010}));
    // 0.0013 degrees = 144.6 m off: on it
    assertArrayEquals(
        new double[] {111.195, 1111.951},
        ShapeProjection.distancesAlong(
            shapeLat, shapeLon, new double[] {0, 0.0013}, new double[] {0.001, 0.010}),
        0.01);
    // a stop 0.0005 degrees (55.6 m) behind the previous one, as across a junction: same place
    assertArrayEquals(
        new double[] {555.975, 555.975},
        ShapeProjection.distancesAlong(
            shapeLat, shapeLon, new double[] {0, 0}, new double[] {0.005, 0.0045}),
        0.01);
    // eastbound shape, westbound stops (1,000.8 m back: more than the 300 m allowed)
    assertNull(
        ShapeProjection.distancesAlong(
            shapeLat, shapeLon, new double[] {0, 0}, new double[] {0.010, 0.001}));
    assertNull(
        ShapeProjection.distancesAlong(
            new double[] {0}, new double[] {0}, new double[] {0}, new double[] {0}));
  }
}
