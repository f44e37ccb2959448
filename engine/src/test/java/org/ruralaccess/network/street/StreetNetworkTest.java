package org.ruralaccess.network.street;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Snapping, shape points, builder checks and the stored format on a synthetic network at the
 * equator, where 0.001 degrees in either direction is 6,371,008.8 m * pi / 180 * 0.001 = 111.195 m.
 *
 * <pre>
 *            n2 (0.002, 0.001)
 *             |  e1: car only
 *   n0 ------ P  n1 (0.001, 0.001)      e0: n0 -> P (0, 0.001) -> n1, walk and bike, 222.390 m
 *  (0, 0)        e2: same shape as e0 (a duplicate, to check ties)
 * </pre>
 */
class StreetNetworkTest {

  private static final double DEGREE_METERS = 111.195;
  private static final int WALK_BIKE =
      StreetNetworkBuilder.bothWays(StreetMode.WALK)
          | StreetNetworkBuilder.bothWays(StreetMode.BIKE);

  private static StreetNetwork network() {
    StreetNetworkBuilder builder = StreetNetwork.builder();
    int n0 = builder.addNode(0, 0);
    int n1 = builder.addNode(0.001, 0.001);
    int n2 = builder.addNode(0.002, 0.001);
    double[] corner = {0, 0.001};
    builder.addEdge(n0, n1, 2 * DEGREE_METERS, WALK_BIKE, 0, 0, corner);
    builder.addEdge(
        n1, n2, DEGREE_METERS, StreetNetworkBuilder.bothWays(StreetMode.CAR), 30, 30, null);
    builder.addEdge(n0, n1, 2 * DEGREE_METERS, WALK_BIKE, 0, 0, corner);
    return builder.build();
  }

  @Test
  void shapePointsAreGeometryBetweenTheEndNodes() {
    StreetNetwork network = network();
    assertEquals(3, network.nodeCount());
    assertEquals(3, network.edgeCount());
    assertEquals(3, network.edgePointCount(0));
    assertEquals(2, network.edgePointCount(1));
    assertEquals(0.0, network.edgePointLat(0, 0));
    assertEquals(0.001, network.edgePointLon(0, 1));
    assertEquals(0.001, network.edgePointLat(0, 2));
    assertEquals(0.002, network.edgePointLat(1, 1));
  }

  @Test
  void snapsAlongTheShape() {
    StreetNetwork network = network();
    // 0.0002 deg north of the middle of the first segment: 22.239 m off; fraction 55.6 / 222.39.
    StreetSnap first = network.snap(0.0002, 0.0005, StreetMode.WALK, 50).orElseThrow();
    assertEquals(0, first.edge()); // e2 is as close: the lower edge number wins
    assertEquals(0.25, first.fraction(), 1e-6);
    assertEquals(0.2 * DEGREE_METERS, first.offStreetMeters(), 0.001);
    assertEquals(0, first.lat(), 1e-12);
    assertEquals(0.0005, first.lon(), 1e-12);
    // 0.0002 deg east of the second segment at 0.0007 lat: (111.195 + 77.837) / 222.39 = 0.85.
    StreetSnap second = network.snap(0.0007, 0.0012, StreetMode.BIKE, 50).orElseThrow();
    assertEquals(0.85, second.fraction(), 1e-6);
    assertEquals(0.2 * DEGREE_METERS, second.offStreetMeters(), 0.001);
    // Beyond the corner: the corner itself, sqrt(2) * 11.1195 = 15.725 m away, halfway along.
    StreetSnap corner = network.snap(-0.0001, 0.0011, StreetMode.WALK, 50).orElseThrow();
    assertEquals(0.5, corner.fraction(), 1e-9);
    assertEquals(15.725, corner.offStreetMeters(), 0.001);
  }

  @Test
  void snapsOnlyToEdgesOfTheModeWithinTheDistance() {
    StreetNetwork network = network();
    // Next to the car-only e1 (0.0001 deg = 11.12 m east of it): walkers go to e0's corner part.
    StreetSnap walk = network.snap(0.0015, 0.0011, StreetMode.WALK, 100).orElseThrow();
    assertEquals(0, walk.edge());
    assertEquals(1.0, walk.fraction(), 1e-9); // n1 is the nearest point of e0: 0.0005/0.0001 off
    StreetSnap car = network.snap(0.0015, 0.0011, StreetMode.CAR, 100).orElseThrow();
    assertEquals(1, car.edge());
    assertEquals(0.5, car.fraction(), 1e-6);
    assertEquals(11.1195, car.offStreetMeters(), 0.001);
    assertTrue(network.snap(0.0002, 0.0005, StreetMode.WALK, 22).isEmpty()); // 22.24 m away
    assertTrue(network.snap(0.0002, 0.0005, StreetMode.CAR, 100).isEmpty());
    // Far outside the grid: 0.01 deg west of n0 is 1,111.95 m from it.
    StreetSnap far = network.snap(0, -0.01, StreetMode.WALK, 2000).orElseThrow();
    assertEquals(0, far.fraction(), 1e-9);
    assertEquals(10 * DEGREE_METERS, far.offStreetMeters(), 0.01);
  }

  @Test
  void builderRejectsWhatCannotBeRouted() {
    StreetNetworkBuilder builder = StreetNetwork.builder();
    int a = builder.addNode(50.7, -2.4);
    int b = builder.addNode(50.8, -2.4);
    int car = StreetNetworkBuilder.accessBit(StreetMode.CAR, true);
    assertThrows(IllegalArgumentException.class, () -> builder.addNode(91, 0));
    assertThrows(IllegalArgumentException.class, () -> builder.addEdge(a, 7, 10, car, 30, 0));
    assertThrows(IllegalArgumentException.class, () -> builder.addEdge(a, b, -1, car, 30, 0));
    assertThrows(IllegalArgumentException.class, () -> builder.addEdge(a, b, 10, car, 0, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> builder.addEdge(a, b, 10, car, 30, 0, new double[] {50.75}));
    assertEquals(0, builder.addEdge(a, b, 10, car, 30, 0));
  }

  private static byte[] bytes(StreetNetwork network) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    network.write(new DataOutputStream(buffer));
    return buffer.toByteArray();
  }

  private static StreetNetwork read(byte[] bytes) throws IOException {
    return StreetNetwork.read(new DataInputStream(new ByteArrayInputStream(bytes)));
  }

  @Test
  void storedFormatRoundTrips() throws IOException {
    StreetNetworkBuilder builder = StreetNetwork.builder();
    int a = builder.addNode(0, 0);
    int b = builder.addNode(0, 0.001);
    builder.addEdge(a, b, 111.195, WALK_BIKE, 0, 0);
    int ferry = builder.addEdge(a, b, 111.195, WALK_BIKE, 0, 0);
    builder.markNoThrough(0, StreetMode.BIKE);
    builder.markFerry(ferry, 90_500);
    StreetNetwork flagged = builder.build();
    StreetNetwork flaggedRead = read(bytes(flagged));
    assertTrue(flaggedRead.isNoThrough(0, StreetMode.BIKE));
    assertFalse(flaggedRead.isNoThrough(0, StreetMode.WALK));
    assertFalse(flaggedRead.isFerry(0));
    assertTrue(flaggedRead.isFerry(ferry));
    assertEquals(91, flaggedRead.ferryCrossingSeconds(ferry)); // 90,500 ms, half up
    assertEquals(-1, flaggedRead.ferryCrossingSeconds(0));
    assertArrayEquals(bytes(flagged), bytes(flaggedRead));

    StreetNetwork network = network();
    byte[] written = bytes(network);
    assertArrayEquals(written, bytes(network));
    StreetNetwork read = read(written);
    assertArrayEquals(written, bytes(read));
    assertEquals(network.edgeCount(), read.edgeCount());
    assertEquals(30, read.carSpeedKmh(1, false));
    assertEquals(0.001, read.edgePointLon(2, 1));
    assertEquals(
        network.snap(0.0007, 0.0012, StreetMode.BIKE, 50),
        read.snap(0.0007, 0.0012, StreetMode.BIKE, 50));
  }

  @Test
  void storedFormatRejectsOtherFilesAndVersions() throws IOException {
    byte[] written = bytes(network());
    byte[] wrongMagic = written.clone();
    wrongMagic[3] = 'X';
    assertTrue(
        assertThrows(IOException.class, () -> read(wrongMagic))
            .getMessage()
            .contains("RAE-STREET"));
    byte[] wrongVersion = written.clone();
    wrongVersion[2 + StreetNetworkFormat.MAGIC.length() + 3] = 99; // low byte of the version
    assertTrue(
        assertThrows(IOException.class, () -> read(wrongVersion)).getMessage().contains("99"));
    byte[] truncated = java.util.Arrays.copyOf(written, written.length - 8);
    assertThrows(IOException.class, () -> read(truncated));
  }
}
