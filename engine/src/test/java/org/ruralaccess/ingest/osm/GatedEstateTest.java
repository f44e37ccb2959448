package org.ruralaccess.ingest.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Rural walking on the hand-made {@code gated-estate.osm} (drawn in the file): a private estate
 * road between two public lanes, a public footpath over a track closed by {@code access=no}, a
 * stile, and a locked gate. Walks at 1 m/s, so seconds read as meters. GraphHopper's lengths at the
 * equator: 0.001 degrees = 6,371,000 * pi/180 * 0.001 = 111.195 m.
 *
 * <pre>
 * X -> A      = 55.597  (X halfway between S and A)
 * A -> P      = 333.585 (0.003 degrees)
 * P -> Q      = 222.390 (the footpath, over the stile)
 * Q -> B      = 333.585
 * B -> Y      = 55.597
 * A -> B      = 222.390 (the estate road, through the private gate G)
 * S -> T      = 222.390 (the footway, through the locked gate L)
 * H off-street = 0.0002 degrees = 22.239 m; its snap is 0.001 degrees (111.195 m) from A and from B
 * </pre>
 */
class GatedEstateTest {

  private static StreetNetwork network;
  private static StreetRouter router;

  @BeforeAll
  static void importEstate() {
    network =
        OsmStreetImporter.importFile(
            OsmFixtures.repoRoot().resolve("engine/src/test/resources/street/gated-estate.osm"),
            new ImportIssues(),
            m -> {},
            0);
    router = new StreetRouter(network);
  }

  private static StreetSnap at(double lat, double lon, StreetMode mode) {
    return network.snap(lat, lon, mode, 200).orElseThrow();
  }

  private static StreetTimes walkFrom(StreetSnap origin, SearchDirection direction) {
    return router.search(origin, StreetMode.WALK, direction, 1.0, 3600);
  }

  @Test
  void aHomeInsideTheEstateSnapsToItsPrivateRoad() {
    // GraphHopper's foot access alone closed the estate road: the home then snapped to the
    // footway S-T, 0.0008 degrees (88.956 m) south; now to the estate road 22.239 m north.
    StreetSnap home = at(-0.0002, 0.001, StreetMode.WALK);
    assertEquals(22.239, home.offStreetMeters(), 0.001);
    assertEquals(0.0, home.lat(), 1e-9);
    assertTrue(network.isNoThrough(home.edge(), StreetMode.WALK));
    assertFalse(network.isNoThrough(home.edge(), StreetMode.CAR));
    assertFalse(network.allowsAnyDirection(home.edge(), StreetMode.CAR)); // GraphHopper's car rule
  }

  @Test
  void theHomeReachesThePublicLanesThroughItsPrivateRoad() {
    StreetSnap home = at(-0.0002, 0.001, StreetMode.WALK);
    StreetTimes times = walkFrom(home, SearchDirection.FORWARD);
    // 22.239 + 111.195 (to A, through the private gate G) + 333.585 (A -> P) = 467.019 m
    assertEquals(467, times.secondsToNode(node(0.003, 0)));
    // 22.239 + 111.195 (to B) + 55.597 (B -> Y) = 189.031 m
    assertEquals(189, times.secondsTo(at(-0.0005, 0.002, StreetMode.WALK)));
    assertEquals(189, times.secondsTo(at(-0.0005, 0, StreetMode.WALK))); // and to X, via A
  }

  @Test
  void aWalkIntoTheEstateEndsThere() {
    StreetSnap x = at(-0.0005, 0, StreetMode.WALK);
    // 55.597 (X -> A) + 111.195 (A -> H's snap) + 22.239 (off-street) = 189.031 m
    assertEquals(
        189, walkFrom(x, SearchDirection.FORWARD).secondsTo(at(-0.0002, 0.001, StreetMode.WALK)));
    // egress: the reverse search from the home finds the same walk
    StreetTimes egress = walkFrom(at(-0.0002, 0.001, StreetMode.WALK), SearchDirection.REVERSE);
    assertEquals(189, egress.secondsTo(x));
  }

  @Test
  void aWalkBetweenTwoPublicPointsNeverCutsThroughTheEstate() {
    StreetSnap x = at(-0.0005, 0, StreetMode.WALK);
    StreetSnap y = at(-0.0005, 0.002, StreetMode.WALK);
    assertFalse(network.isNoThrough(x.edge(), StreetMode.WALK));
    // Through the estate: 55.597 + 222.390 + 55.597 = 333.585 m; along the locked footway the
    // same. Both are closed; the walk goes round by the footpath over the stile:
    // 55.597 + 333.585 + 222.390 + 333.585 + 55.597 = 1,000.755 m
    assertEquals(1001, walkFrom(x, SearchDirection.FORWARD).secondsTo(y));
    assertEquals(1001, walkFrom(y, SearchDirection.REVERSE).secondsTo(x));
    assertEquals(1001, walkFrom(y, SearchDirection.FORWARD).secondsTo(x));
    // A walk may end at the estate's far end B (55.597 + 222.390 = 278 m): the estate is the end
    // of that walk. It may not go on from there, so Y, 55.597 m beyond B, is 1,001 m away.
    assertEquals(278, walkFrom(x, SearchDirection.FORWARD).secondsToNode(node(0, 0.002)));
  }

  @Test
  void forCyclistsTheEastLaneIsReachableOnlyThroughTheEstate() {
    StreetSnap x = at(-0.0005, 0, StreetMode.BIKE);
    StreetSnap y = at(-0.0005, 0.002, StreetMode.BIKE);
    // The footpath over a track with access=no carries no right to cycle and the footway is
    // closed by the locked gate, so by bike the east lane (T-B-Q) is reached only through the
    // private estate: it is treated as part of the estate for bikes (walkers have the footpath),
    // while the west side (4 edges with West Close, against 3) stays the through network.
    assertTrue(network.isNoThrough(y.edge(), StreetMode.BIKE));
    assertFalse(network.isNoThrough(y.edge(), StreetMode.WALK));
    assertFalse(network.isNoThrough(x.edge(), StreetMode.BIKE));
    // so a ride may end there through the estate: 55.597 + 222.390 + 55.597 = 333.585 m
    assertEquals(
        334, router.search(x, StreetMode.BIKE, SearchDirection.FORWARD, 1.0, 3600).secondsTo(y));
    StreetSnap home = at(-0.0002, 0.001, StreetMode.BIKE);
    assertEquals(
        189, router.search(home, StreetMode.BIKE, SearchDirection.FORWARD, 1.0, 3600).secondsTo(y));
  }

  /** The first node at the coordinate (barrier nodes are doubled by GraphHopper). */
  private static int node(double lat, double lon) {
    for (int node = 0; node < network.nodeCount(); node++) {
      if (Math.abs(network.nodeLat(node) - lat) < 1e-9
          && Math.abs(network.nodeLon(node) - lon) < 1e-9) {
        return node;
      }
    }
    throw new AssertionError("no node at " + lat + ", " + lon);
  }
}
