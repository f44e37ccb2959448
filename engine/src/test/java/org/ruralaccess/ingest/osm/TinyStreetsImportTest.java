package org.ruralaccess.ingest.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.network.street.StreetTimes;

/**
 * The hand-made {@code tiny-streets.osm} through GraphHopper and the street router. Lengths use
 * GraphHopper's earth radius R = 6,371,000 m:
 *
 * <pre>
 * AB = BC = R * pi/180 * 0.001                          = 111.195 m
 * BD      = R * pi/180 * 0.002 * cos(50.701 deg)       = 222.390 * 0.633367 = 140.854 m
 * CE      = R * pi/180 * 0.002 * cos(50.702 deg)       = 222.390 * 0.633354 = 140.851 m
 * CD (footway over shape point E) = CE + ED = 140.851 + 111.195   = 252.046 m
 * walk 4.8 km/h = 1.3333 m/s; car: tertiary 50 km/h, residential 30 km/h (GraphHopper defaults)
 * </pre>
 */
class TinyStreetsImportTest {

  private static final double WALK = OsmFixtures.WALK_METERS_PER_SECOND;
  private static StreetNetwork network;
  private static int nodeA;
  private static int nodeB;
  private static int nodeC;
  private static int nodeD;

  @BeforeAll
  static void importTinyStreets() {
    network =
        OsmStreetImporter.importFile(OsmFixtures.tinyStreets(), new ImportIssues(), m -> {}, 0);
    nodeA = node(50.700, -2.440);
    nodeB = node(50.701, -2.440);
    nodeC = node(50.702, -2.440);
    nodeD = node(50.701, -2.438);
  }

  private static int node(double lat, double lon) {
    for (int node = 0; node < network.nodeCount(); node++) {
      if (Math.abs(network.nodeLat(node) - lat) < 1e-7
          && Math.abs(network.nodeLon(node) - lon) < 1e-7) {
        return node;
      }
    }
    throw new AssertionError("no node at " + lat + ", " + lon);
  }

  private static int edgeBetween(int node1, int node2) {
    for (int edge = 0; edge < network.edgeCount(); edge++) {
      int from = network.edgeFromNode(edge);
      int to = network.edgeToNode(edge);
      if ((from == node1 && to == node2) || (from == node2 && to == node1)) {
        return edge;
      }
    }
    throw new AssertionError("no edge between " + node1 + " and " + node2);
  }

  @Test
  void junctionsBecomeNodesAndTheShapePointStaysGeometry() {
    // A, B, C, D are junctions or dead ends; E only shapes the footway.
    assertEquals(4, network.nodeCount());
    assertEquals(4, network.edgeCount());
    assertEquals(111.195, network.edgeLengthMeters(edgeBetween(nodeA, nodeB)), 0.002);
    assertEquals(111.195, network.edgeLengthMeters(edgeBetween(nodeB, nodeC)), 0.002);
    assertEquals(140.854, network.edgeLengthMeters(edgeBetween(nodeB, nodeD)), 0.002);
    int footway = edgeBetween(nodeC, nodeD);
    assertEquals(252.046, network.edgeLengthMeters(footway), 0.002);
    assertEquals(3, network.edgePointCount(footway));
    assertEquals(50.702, network.edgePointLat(footway, 1), 1e-7);
    assertEquals(-2.438, network.edgePointLon(footway, 1), 1e-7);
  }

  @Test
  void accessFollowsOnewayAndFootwayTags() {
    int oneway = edgeBetween(nodeB, nodeD);
    boolean fromB = network.edgeFromNode(oneway) == nodeB;
    assertTrue(network.allows(oneway, StreetMode.CAR, fromB));
    assertFalse(network.allows(oneway, StreetMode.CAR, !fromB));
    assertTrue(network.allows(oneway, StreetMode.WALK, true));
    assertTrue(network.allows(oneway, StreetMode.WALK, false));
    assertEquals(30, network.carSpeedKmh(oneway, fromB), 1e-9);
    int footway = edgeBetween(nodeC, nodeD);
    assertFalse(network.allows(footway, StreetMode.CAR, true));
    assertFalse(network.allows(footway, StreetMode.CAR, false));
    assertTrue(network.allows(footway, StreetMode.WALK, true));
    int main = edgeBetween(nodeA, nodeB);
    assertEquals(50, network.carSpeedKmh(main, true), 1e-9);
    assertEquals(50, network.carSpeedKmh(main, false), 1e-9);
  }

  @Test
  void snapsToTheNearestEdgeOfTheMode() {
    // 0.0001 deg west of the main road, a quarter of the way from A to B:
    // off street = 6,371,008.8 * pi/180 * 0.0001 * cos(50.70025 deg) = 11.1195 * 0.63336 = 7.043 m
    StreetSnap snap = network.snap(50.70025, -2.4401, StreetMode.WALK, 50).orElseThrow();
    int ab = edgeBetween(nodeA, nodeB);
    assertEquals(ab, snap.edge());
    double fromA = network.edgeFromNode(ab) == nodeA ? 0.25 : 0.75;
    assertEquals(fromA, snap.fraction(), 1e-6);
    assertEquals(7.043, snap.offStreetMeters(), 0.002);
    assertEquals(50.70025, snap.lat(), 1e-9);
    assertEquals(-2.440, snap.lon(), 1e-9);

    // Halfway along the footway from C to E: on the footway for walking (fraction along the shape
    // from C = 70.426 / 252.046 = 0.27942); cars snap to C on the main road 70.43 m west
    // (0.001 deg lon at 50.702 deg = 111.195 * 0.633354).
    StreetSnap walk = network.snap(50.702, -2.439, StreetMode.WALK, 50).orElseThrow();
    int footway = edgeBetween(nodeC, nodeD);
    assertEquals(footway, walk.edge());
    double fromC = network.edgeFromNode(footway) == nodeC ? 0.27942 : 1 - 0.27942;
    assertEquals(fromC, walk.fraction(), 1e-5);
    assertEquals(0, walk.offStreetMeters(), 0.001);
    StreetSnap car = network.snap(50.702, -2.439, StreetMode.CAR, 100).orElseThrow();
    assertEquals(edgeBetween(nodeB, nodeC), car.edge());
    assertEquals(70.43, car.offStreetMeters(), 0.01);
    assertTrue(network.snap(50.702, -2.439, StreetMode.CAR, 70).isEmpty());
  }

  private StreetSnap at(double lat, double lon, StreetMode mode) {
    return network.snap(lat, lon, mode, 100).orElseThrow();
  }

  @Test
  void walkTimesAtFourPointEightKmh() {
    StreetRouter router = new StreetRouter(network);
    StreetTimes times =
        router.search(
            at(50.700, -2.440, StreetMode.WALK),
            StreetMode.WALK,
            SearchDirection.FORWARD,
            WALK,
            3600);
    assertEquals(0, times.secondsToNode(nodeA));
    assertEquals(83, times.secondsToNode(nodeB)); // 111.195 / 1.3333 = 83.40 s
    assertEquals(167, times.secondsToNode(nodeC)); // 222.390 / 1.3333 = 166.79 s
    assertEquals(189, times.secondsToNode(nodeD)); // (111.195 + 140.854) / 1.3333 = 189.04 s
    StreetTimes reverse =
        router.search(
            at(50.700, -2.440, StreetMode.WALK),
            StreetMode.WALK,
            SearchDirection.REVERSE,
            WALK,
            3600);
    for (int node : new int[] {nodeA, nodeB, nodeC, nodeD}) {
      assertEquals(times.secondsToNode(node), reverse.secondsToNode(node));
    }
  }

  @Test
  void bothOffStreetPartsAreWalked() {
    StreetRouter router = new StreetRouter(network);
    StreetSnap origin = at(50.70025, -2.4401, StreetMode.WALK); // 7.043 m off, 1/4 of A-B
    StreetTimes times = router.search(origin, StreetMode.WALK, SearchDirection.FORWARD, WALK, 3600);
    // to B: (7.043 + 0.75 * 111.195) / 1.3333 = 90.440 / 1.3333 = 67.83 s
    assertEquals(68, times.secondsToNode(nodeB));
    // to a point 7.043 m off the same spot's mirror: (7.043 + 0 + 7.043) / 1.3333 = 10.56 s
    StreetSnap mirror = at(50.70025, -2.4399, StreetMode.WALK);
    assertEquals(11, times.secondsTo(mirror));
    // A car trip walks 70.43 m from the footway point to C at 4.8 km/h (52.82 s), and drives
    // from A to C (222.390 m at 50 km/h = 16.01 s): 68.84 s.
    StreetTimes car =
        router.search(
            at(50.700, -2.440, StreetMode.CAR),
            StreetMode.CAR,
            SearchDirection.FORWARD,
            WALK,
            3600);
    assertEquals(69, car.secondsTo(at(50.702, -2.439, StreetMode.CAR)));
  }

  @Test
  void carRespectsTheOnewayForwardAndReverse() {
    StreetRouter router = new StreetRouter(network);
    StreetSnap a = at(50.700, -2.440, StreetMode.CAR);
    StreetTimes forward = router.search(a, StreetMode.CAR, SearchDirection.FORWARD, 1, 3600);
    assertEquals(8, forward.secondsToNode(nodeB)); // 111.195 m at 13.889 m/s = 8.006 s
    assertEquals(16, forward.secondsToNode(nodeC)); // 16.012 s
    assertEquals(25, forward.secondsToNode(nodeD)); // 8.006 + 140.854 / 8.3333 = 24.909 s
    // Nobody can drive out of D, so D -> A is impossible; B and C are two-way.
    StreetTimes reverse = router.search(a, StreetMode.CAR, SearchDirection.REVERSE, 1, 3600);
    assertEquals(-1, reverse.secondsToNode(nodeD));
    assertEquals(8, reverse.secondsToNode(nodeB));
    assertEquals(16, reverse.secondsToNode(nodeC));

    // Starting halfway along the one-way (70.427 m at 30 km/h = 8.451 s to either end):
    StreetSnap middle = at(50.701, -2.439, StreetMode.CAR);
    StreetTimes fromMiddle =
        router.search(middle, StreetMode.CAR, SearchDirection.FORWARD, 1, 3600);
    assertEquals(8, fromMiddle.secondsToNode(nodeD));
    assertEquals(-1, fromMiddle.secondsToNode(nodeB));
    assertEquals(-1, fromMiddle.secondsToNode(nodeA));
    StreetTimes toMiddle = router.search(middle, StreetMode.CAR, SearchDirection.REVERSE, 1, 3600);
    assertEquals(8, toMiddle.secondsToNode(nodeB));
    assertEquals(16, toMiddle.secondsToNode(nodeA)); // 8.006 + 8.451 = 16.457 s
    assertEquals(-1, toMiddle.secondsToNode(nodeD));
  }

  @Test
  void bikeTakesTheFootwayBackAgainstTheOneway() {
    // GraphHopper lets bikes use the footway (pushing) but not the one-way eastwards-only lane
    // westwards. At 4 m/s: A -> D = (111.195 + 140.854) / 4 = 63.01 s;
    // D -> A = footway + C -> A = (252.046 + 222.390) / 4 = 118.61 s.
    StreetRouter router = new StreetRouter(network);
    StreetSnap a = at(50.700, -2.440, StreetMode.BIKE);
    assertEquals(
        63,
        router.search(a, StreetMode.BIKE, SearchDirection.FORWARD, 4, 3600).secondsToNode(nodeD));
    assertEquals(
        119,
        router.search(a, StreetMode.BIKE, SearchDirection.REVERSE, 4, 3600).secondsToNode(nodeD));
  }

  @Test
  void maxDurationCutsOffWhatRoundsAboveIt() {
    StreetRouter router = new StreetRouter(network);
    StreetSnap a = at(50.700, -2.440, StreetMode.WALK);
    StreetTimes twoMinutes = router.search(a, StreetMode.WALK, SearchDirection.FORWARD, WALK, 120);
    assertEquals(83, twoMinutes.secondsToNode(nodeB));
    assertEquals(-1, twoMinutes.secondsToNode(nodeC)); // 167 s > 120 s
    assertEquals(-1, twoMinutes.secondsToNode(nodeD));
    assertEquals(2, twoMinutes.reachedNodeCount()); // A and B
    // B is 83.40 s away: counted with a limit of 83 s (rounds to 83), not with 82 s.
    assertEquals(
        83,
        router.search(a, StreetMode.WALK, SearchDirection.FORWARD, WALK, 83).secondsToNode(nodeB));
    assertEquals(
        -1,
        router.search(a, StreetMode.WALK, SearchDirection.FORWARD, WALK, 82).secondsToNode(nodeB));
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < twoMinutes.reachedNodeCount(); i++) {
      order.add(twoMinutes.reachedNode(i));
    }
    assertEquals(List.of(nodeA, nodeB), order);
  }
}
