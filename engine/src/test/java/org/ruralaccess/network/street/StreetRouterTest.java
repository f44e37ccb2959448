package org.ruralaccess.network.street;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The street router on synthetic networks: hand-derived times and a brute-force reference. */
class StreetRouterTest {

  private static final int CAR_BOTH = StreetNetworkBuilder.bothWays(StreetMode.CAR);
  private static final int CAR_FORWARD = StreetNetworkBuilder.accessBit(StreetMode.CAR, true);

  /**
   * n0 ==e0: 1,000 m, 36 km/h both ways== n1 ==e1: 500 m, 18 km/h, one-way n1 to n2==> n2.
   * Coordinates only matter for snapping, which these tests do not use.
   */
  private static StreetNetwork chain() {
    StreetNetworkBuilder builder = StreetNetwork.builder();
    int n0 = builder.addNode(50.0, -2.0);
    int n1 = builder.addNode(50.009, -2.0);
    int n2 = builder.addNode(50.0135, -2.0);
    builder.addEdge(n0, n1, 1000, CAR_BOTH, 36, 36);
    builder.addEdge(n1, n2, 500, CAR_FORWARD, 18, 0);
    return builder.build();
  }

  @Test
  void carStartsTowardsEachEndItMayDriveTo() {
    StreetRouter router = new StreetRouter(chain());
    // On e0, 30% from n0 and 40 m off the street (40 m at 4.8 km/h = 30.0 s on foot first).
    StreetSnap origin = new StreetSnap(0, 0.3, 40, 50.0027, -2.0);
    StreetTimes times = router.search(origin, StreetMode.CAR, SearchDirection.FORWARD, 1, 3600);
    assertEquals(60, times.secondsToNode(0)); // 30 s + 300 m at 10 m/s
    assertEquals(100, times.secondsToNode(1)); // 30 s + 700 m at 10 m/s
    assertEquals(200, times.secondsToNode(2)); // + 500 m at 5 m/s
    StreetTimes reverse = router.search(origin, StreetMode.CAR, SearchDirection.REVERSE, 1, 3600);
    assertEquals(100, reverse.secondsToNode(1));
    assertEquals(-1, reverse.secondsToNode(2)); // nobody drives against the one-way
  }

  @Test
  void targetOnTheOriginsEdgeOnlyAlongAllowedDirections() {
    StreetRouter router = new StreetRouter(chain());
    StreetSnap origin = new StreetSnap(1, 0.2, 0, 50.0099, -2.0);
    StreetSnap ahead = new StreetSnap(1, 0.6, 0, 50.0117, -2.0);
    StreetSnap behind = new StreetSnap(1, 0.1, 0, 50.00945, -2.0);
    StreetTimes forward = router.search(origin, StreetMode.CAR, SearchDirection.FORWARD, 1, 3600);
    assertEquals(40, forward.secondsTo(ahead)); // 0.4 * 500 m at 5 m/s
    assertEquals(-1, forward.secondsTo(behind)); // against the one-way; n2 is a dead end
    StreetTimes reverse = router.search(origin, StreetMode.CAR, SearchDirection.REVERSE, 1, 3600);
    assertEquals(10, reverse.secondsTo(behind)); // from behind to the origin: 50 m at 5 m/s
    assertEquals(-1, reverse.secondsTo(ahead));
    // The target's own off-street part (20 m at 4.8 km/h = 15.0 s) counts, and so for the limit.
    StreetSnap aheadOff = new StreetSnap(1, 0.6, 20, 50.0117, -2.0003);
    assertEquals(55, forward.secondsTo(aheadOff));
    StreetTimes short54 = router.search(origin, StreetMode.CAR, SearchDirection.FORWARD, 1, 54);
    assertEquals(-1, short54.secondsTo(aheadOff));
  }

  @Test
  void walkUsesTheGivenSpeedEverywhere() {
    StreetNetworkBuilder builder = StreetNetwork.builder();
    int a = builder.addNode(50, -2);
    int b = builder.addNode(50.001, -2);
    builder.addEdge(a, b, 100, StreetNetworkBuilder.accessBit(StreetMode.WALK, true), 0, 0);
    StreetRouter router = new StreetRouter(builder.build());
    StreetSnap start = new StreetSnap(0, 0, 2, 50, -2);
    // 2 m off street + 100 m at 1.2 m/s = 85.0 s; one-way for walkers too when the data says so.
    StreetTimes times = router.search(start, StreetMode.WALK, SearchDirection.FORWARD, 1.2, 600);
    assertEquals(85, times.secondsToNode(b));
    // Standing at a (fraction 0) is being at a, even though the edge is one-way away from a.
    assertEquals(2, times.secondsToNode(a)); // 2 m at 1.2 m/s = 1.67 s
    // From the middle of the edge only b can be reached.
    StreetTimes middle =
        router.search(
            new StreetSnap(0, 0.5, 0, 50.0005, -2),
            StreetMode.WALK,
            SearchDirection.FORWARD,
            1.2,
            600);
    assertEquals(-1, middle.secondsToNode(a));
    assertEquals(42, middle.secondsToNode(b)); // 50 m at 1.2 m/s = 41.67 s
    assertEquals(85, times.secondsTo(new StreetSnap(0, 1, 0, 50.001, -2)));
    // Half way with 3 m off street at the target: (2 + 50 + 3) m at 1.2 m/s = 45.83 s.
    assertEquals(46, times.secondsTo(new StreetSnap(0, 0.5, 3, 50.0005, -2.00004)));
    assertThrows(
        IllegalArgumentException.class,
        () -> router.search(start, StreetMode.WALK, SearchDirection.FORWARD, 0, 600));
    assertThrows(
        IllegalArgumentException.class,
        () -> router.search(start, StreetMode.WALK, SearchDirection.FORWARD, 1.2, -1));
  }

  /** A random grid with random one-way car streets, checked against Bellman-Ford in doubles. */
  @Test
  void matchesABruteForceReferenceOnARandomGrid() {
    Random random = new Random(20261123);
    int side = 30;
    StreetNetworkBuilder builder = StreetNetwork.builder();
    for (int row = 0; row < side; row++) {
      for (int col = 0; col < side; col++) {
        builder.addNode(50 + row * 0.001, -2 + col * 0.0015);
      }
    }
    for (int row = 0; row < side; row++) {
      for (int col = 0; col < side; col++) {
        int node = row * side + col;
        if (col + 1 < side) {
          addRandomEdge(builder, random, node, node + 1);
        }
        if (row + 1 < side) {
          addRandomEdge(builder, random, node, node + side);
        }
      }
    }
    StreetNetwork network = builder.build();
    StreetRouter router = new StreetRouter(network);
    for (int trial = 0; trial < 20; trial++) {
      StreetSnap origin =
          new StreetSnap(random.nextInt(network.edgeCount()), random.nextDouble(), 0, 0, 0);
      for (SearchDirection direction : SearchDirection.values()) {
        StreetTimes times = router.search(origin, StreetMode.CAR, direction, 1, 300);
        double[] reference = bellmanFord(network, origin, direction);
        for (int node = 0; node < network.nodeCount(); node++) {
          int seconds = times.secondsToNode(node);
          if (reference[node] <= 299) {
            assertEquals(reference[node], seconds, 0.51 + 1e-6 * node, "node " + node);
          } else if (reference[node] > 301) {
            assertEquals(-1, seconds, "node " + node);
          }
        }
      }
    }
  }

  private static void addRandomEdge(StreetNetworkBuilder builder, Random random, int a, int b) {
    double lengthMeters = 50 + random.nextInt(200);
    double speedKmh = 10 + 10 * random.nextInt(6);
    int kind = random.nextInt(4);
    int bits =
        kind == 0
            ? StreetNetworkBuilder.accessBit(StreetMode.CAR, true)
            : kind == 1 ? StreetNetworkBuilder.accessBit(StreetMode.CAR, false) : CAR_BOTH;
    boolean forward = (bits & StreetNetworkBuilder.accessBit(StreetMode.CAR, true)) != 0;
    boolean backward = (bits & StreetNetworkBuilder.accessBit(StreetMode.CAR, false)) != 0;
    builder.addEdge(a, b, lengthMeters, bits, forward ? speedKmh : 0, backward ? speedKmh : 0);
  }

  /** Seconds in doubles by relaxing every edge until nothing changes; no heap, no rounding. */
  private static double[] bellmanFord(
      StreetNetwork network, StreetSnap origin, SearchDirection direction) {
    boolean reverse = direction == SearchDirection.REVERSE;
    double[] seconds = new double[network.nodeCount()];
    Arrays.fill(seconds, Double.POSITIVE_INFINITY);
    int edge = origin.edge();
    double length = network.edgeLengthMeters(edge);
    // Towards the to-node is a forward trip for a forward search, a backward one in reverse.
    if (network.allows(edge, StreetMode.CAR, !reverse)) {
      seconds[network.edgeToNode(edge)] =
          (1 - origin.fraction()) * length / (network.carSpeedKmh(edge, !reverse) / 3.6);
    }
    if (network.allows(edge, StreetMode.CAR, reverse)) {
      double toFrom = origin.fraction() * length / (network.carSpeedKmh(edge, reverse) / 3.6);
      seconds[network.edgeFromNode(edge)] = Math.min(seconds[network.edgeFromNode(edge)], toFrom);
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int e = 0; e < network.edgeCount(); e++) {
        int from = network.edgeFromNode(e);
        int to = network.edgeToNode(e);
        changed |= relax(network, seconds, e, from, to, !reverse);
        changed |= relax(network, seconds, e, to, from, reverse);
      }
    }
    return seconds;
  }

  private static boolean relax(
      StreetNetwork network, double[] seconds, int edge, int a, int b, boolean physicalForward) {
    if (!network.allows(edge, StreetMode.CAR, physicalForward)
        || seconds[a] == Double.POSITIVE_INFINITY) {
      return false;
    }
    double candidate =
        seconds[a]
            + network.edgeLengthMeters(edge) / (network.carSpeedKmh(edge, physicalForward) / 3.6);
    if (candidate < seconds[b] - 1e-9) {
      seconds[b] = candidate;
      return true;
    }
    return false;
  }

  @Test
  void resultsStayValidAfterTheRouterIsReused() {
    StreetRouter router = new StreetRouter(chain());
    StreetSnap origin = new StreetSnap(0, 0, 0, 50, -2);
    StreetTimes first = router.search(origin, StreetMode.CAR, SearchDirection.FORWARD, 1, 3600);
    StreetTimes other =
        router.search(
            new StreetSnap(1, 1, 0, 50.0135, -2), StreetMode.CAR, SearchDirection.FORWARD, 1, 3600);
    StreetTimes again = router.search(origin, StreetMode.CAR, SearchDirection.FORWARD, 1, 3600);
    assertEquals(1, other.reachedNodeCount()); // n2 is a dead end for cars
    for (int node = 0; node < 3; node++) {
      assertEquals(first.secondsToNode(node), again.secondsToNode(node));
    }
    assertEquals(200, first.secondsToNode(2)); // 1,000 m at 10 m/s + 500 m at 5 m/s
    assertTrue(first.reachedSeconds(0) <= first.reachedSeconds(1));
  }
}
