package org.ruralaccess.network.street;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The no-through-traffic rule of {@link StreetRouter} on synthetic networks, walking at 1 m/s so
 * that seconds read as meters. Coordinates only matter for snapping, which these tests do not use.
 */
class NoThroughTrafficTest {

  private static final int WALK = StreetNetworkBuilder.bothWays(StreetMode.WALK);

  /**
   * A home on a private lane with two gates onto the public network, and a public shortcut to its
   * first junction:
   *
   * <pre>
   *   n0 ==e0: private, 100 m== n1 ==e3: private, 10 m== n3 --e4: public, 10 m-- n4
   *    \                       /
   *     e1: public, 10 m   e2: public, 10 m
   *       \               /
   *              n2
   * </pre>
   *
   * The origin stands at n0 on e0 (fraction 0). To n4: through n2 reaches n1 after 20 m, but that
   * path is then on the through network, so e3 (private) ends it and e4 is closed to it; the walk
   * along the home's own private lane (e0, e3) and out through the far gate takes 100 + 10 + 10 =
   * 120 m. OpenTripPlanner keeps one "not yet entered" state per vertex and would keep only the 20
   * m one at n1, losing this walk; the router's third layer keeps it.
   */
  @Test
  void aWalkMayCrossItsOwnPrivateAreaToAFartherGate() {
    StreetNetworkBuilder builder = StreetNetwork.builder();
    int n0 = builder.addNode(0, 0);
    int n1 = builder.addNode(0, 0.001);
    int n2 = builder.addNode(-0.0005, 0.0005);
    int n3 = builder.addNode(0, 0.0011);
    int n4 = builder.addNode(0, 0.0012);
    int e0 = builder.addEdge(n0, n1, 100, WALK, 0, 0);
    builder.addEdge(n0, n2, 10, WALK, 0, 0);
    builder.addEdge(n2, n1, 10, WALK, 0, 0);
    int e3 = builder.addEdge(n1, n3, 10, WALK, 0, 0);
    builder.addEdge(n3, n4, 10, WALK, 0, 0);
    builder.markNoThrough(e0, StreetMode.WALK);
    builder.markNoThrough(e3, StreetMode.WALK);
    StreetNetwork network = builder.build();
    StreetRouter router = new StreetRouter(network);
    StreetSnap home = new StreetSnap(e0, 0, 0, 0, 0);
    StreetTimes times = router.search(home, StreetMode.WALK, SearchDirection.FORWARD, 1, 3600);
    assertEquals(20, times.secondsToNode(n1)); // n0 -> n2 -> n1
    assertEquals(30, times.secondsToNode(n3)); // a walk may end in the private lane from n1
    assertEquals(120, times.secondsToNode(n4)); // but only the home's own lane leads out
    assertEquals(
        120,
        router.search(home, StreetMode.WALK, SearchDirection.REVERSE, 1, 3600).secondsToNode(n4));
    // A walker starting at n4 may walk into the lane (n3, n1, n0: the end of the walk) but not
    // out of it again onto the public e1 or e2, and there is no other way to n2.
    StreetSnap outside = new StreetSnap(4, 1, 0, 0, 0.0012);
    StreetTimes fromOutside =
        router.search(outside, StreetMode.WALK, SearchDirection.FORWARD, 1, 3600);
    assertEquals(20, fromOutside.secondsToNode(n1));
    assertEquals(120, fromOutside.secondsToNode(n0)); // into the lane: the end of the walk
    assertEquals(-1, fromOutside.secondsToNode(n2));
    // the same rule for a target on the public edge e1 (halfway): closed from inside the lane
    assertEquals(-1, fromOutside.secondsTo(new StreetSnap(1, 0.5, 0, 0, 0)));
    // and reached when the target is exactly at a node of the lane
    assertEquals(120, fromOutside.secondsTo(new StreetSnap(1, 0, 0, 0, 0)));
  }

  @Test
  void otherModesIgnoreTheWalkFlag() {
    int both = WALK | StreetNetworkBuilder.bothWays(StreetMode.BIKE);
    StreetNetworkBuilder builder = StreetNetwork.builder();
    int a = builder.addNode(0, 0);
    int b = builder.addNode(0, 0.001);
    int c = builder.addNode(0, 0.002);
    int d = builder.addNode(0, 0.003);
    builder.addEdge(a, b, 100, both, 0, 0);
    int middle = builder.addEdge(b, c, 100, both, 0, 0);
    builder.addEdge(c, d, 100, both, 0, 0);
    builder.markNoThrough(middle, StreetMode.WALK);
    StreetNetwork network = builder.build();
    StreetRouter router = new StreetRouter(network);
    StreetSnap start = new StreetSnap(0, 0, 0, 0, 0);
    // walking a -> b (public) -> c (private: the end) -> d (public): closed
    assertEquals(
        -1,
        router.search(start, StreetMode.WALK, SearchDirection.FORWARD, 1, 3600).secondsToNode(d));
    assertEquals(
        200,
        router.search(start, StreetMode.WALK, SearchDirection.FORWARD, 1, 3600).secondsToNode(c));
    assertEquals(
        300,
        router.search(start, StreetMode.BIKE, SearchDirection.FORWARD, 1, 3600).secondsToNode(d));
  }

  /**
   * A campus: a public road a-b-c-d, a gate b-e tagged {@code access=destination}, and an untagged
   * driveway e-f inside; plus a separate public island g-h that touches no no-through way.
   *
   * <pre>
   *   a --100-- b --100-- c --100-- d        g --50-- h
   *             |
   *          gate 20 (no-through)
   *             |
   *             e --30-- f (driveway, untagged)
   * </pre>
   */
  @Test
  void streetsEnclosedByNoThroughWaysJoinThem() {
    StreetNetworkBuilder builder = StreetNetwork.builder();
    int a = builder.addNode(0, 0);
    int b = builder.addNode(0, 0.001);
    int c = builder.addNode(0, 0.002);
    int d = builder.addNode(0, 0.003);
    int e = builder.addNode(-0.0002, 0.001);
    int f = builder.addNode(-0.0002, 0.0013);
    int g = builder.addNode(0.01, 0);
    int h = builder.addNode(0.01, 0.0005);
    builder.addEdge(a, b, 100, WALK, 0, 0);
    builder.addEdge(b, c, 100, WALK, 0, 0);
    builder.addEdge(c, d, 100, WALK, 0, 0);
    int gate = builder.addEdge(b, e, 20, WALK, 0, 0);
    int driveway = builder.addEdge(e, f, 30, WALK, 0, 0);
    int island = builder.addEdge(g, h, 50, WALK, 0, 0);
    builder.markNoThrough(gate, StreetMode.WALK);
    StreetSnap home = new StreetSnap(driveway, 1, 0, -0.0002, 0.0013); // at f

    // As tagged, the home is trapped: its driveway is a through street, the gate ends any walk.
    StreetNetwork asTagged = builder.build();
    assertEquals(
        -1,
        new StreetRouter(asTagged)
            .search(home, StreetMode.WALK, SearchDirection.FORWARD, 1, 3600)
            .secondsToNode(d));

    assertEquals(1, builder.markEnclosedStreetsNoThrough(StreetMode.WALK)); // the driveway only
    StreetNetwork network = builder.build();
    assertEquals(true, network.isNoThrough(driveway, StreetMode.WALK));
    assertEquals(false, network.isNoThrough(island, StreetMode.WALK)); // touches no gate: as it is
    assertEquals(false, network.isNoThrough(0, StreetMode.WALK));
    StreetRouter router = new StreetRouter(network);
    // f -> e 30, gate 20, b -> c -> d 200: 250 m
    assertEquals(
        250,
        router.search(home, StreetMode.WALK, SearchDirection.FORWARD, 1, 3600).secondsToNode(d));
    // and the campus is still no through route: a walk from a ends in it
    StreetSnap atA = new StreetSnap(0, 0, 0, 0, 0);
    StreetTimes fromA = router.search(atA, StreetMode.WALK, SearchDirection.FORWARD, 1, 3600);
    assertEquals(150, fromA.secondsToNode(f)); // 100 + 20 + 30
  }
}
