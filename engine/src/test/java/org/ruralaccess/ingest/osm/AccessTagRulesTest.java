package org.ruralaccess.ingest.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.Roundabout;
import com.graphhopper.routing.ev.VehicleAccess;
import com.graphhopper.routing.util.EncodingManager;
import com.graphhopper.routing.util.WayAccess;
import com.graphhopper.util.PMap;
import org.junit.jupiter.api.Test;

/**
 * The engine's reading of OSM access tags for walking and cycling, way by way and node by node, as
 * docs/routing.md lists it. "open" = usable as a through route; "ends only" = usable at the start
 * or end of a trip; "closed" = not usable.
 */
class AccessTagRulesTest {

  private static final EncodingManager ENCODING =
      new EncodingManager.Builder()
          .add(VehicleAccess.create("foot"))
          .add(VehicleAccess.create("bike"))
          .add(Roundabout.create())
          .build();
  private static final RuralFootAccessParser FOOT = new RuralFootAccessParser(ENCODING, new PMap());
  private static final RuralBikeAccessParser BIKE = new RuralBikeAccessParser(ENCODING, new PMap());

  private static ReaderWay way(String... keyValues) {
    ReaderWay way = new ReaderWay(1);
    for (int i = 0; i < keyValues.length; i += 2) {
      way.setTag(keyValues[i], keyValues[i + 1]);
    }
    return way;
  }

  private static ReaderNode node(String... keyValues) {
    ReaderNode node = new ReaderNode(1, 0, 0);
    for (int i = 0; i < keyValues.length; i += 2) {
      node.setTag(keyValues[i], keyValues[i + 1]);
    }
    return node;
  }

  private static String walking(ReaderWay way) {
    if (FOOT.getAccess(way) == WayAccess.CAN_SKIP) {
      return "closed";
    }
    return AccessTagRules.isNoThrough(
            way, AccessTagRules.FOOT_KEYS, AccessTagRules.FOOT_RIGHTS_OF_WAY)
        ? "ends only"
        : "open";
  }

  private static String cycling(ReaderWay way) {
    if (BIKE.getAccess(way) == WayAccess.CAN_SKIP) {
      return "closed";
    }
    return AccessTagRules.isNoThrough(
            way, AccessTagRules.BIKE_KEYS, AccessTagRules.BIKE_RIGHTS_OF_WAY)
        ? "ends only"
        : "open";
  }

  @Test
  void privateAndSimilarWaysAreWalkedAtTheEndsOnly() {
    assertEquals("ends only", walking(way("highway", "service", "access", "private")));
    assertEquals("ends only", walking(way("highway", "service", "access", "destination")));
    assertEquals("ends only", walking(way("highway", "service", "access", "customers")));
    assertEquals("ends only", walking(way("highway", "service", "access", "delivery")));
    assertEquals("ends only", walking(way("highway", "track", "foot", "private")));
    assertEquals("ends only", walking(way("highway", "service", "access", "private;delivery")));
    assertEquals("ends only", cycling(way("highway", "service", "access", "private")));
    assertEquals("ends only", cycling(way("highway", "service", "access", "delivery")));
  }

  @Test
  void theModesOwnKeyOverridesAccess() {
    assertEquals("open", walking(way("highway", "service", "access", "private", "foot", "yes")));
    assertEquals(
        "open", walking(way("highway", "track", "access", "private", "foot", "permissive")));
    assertEquals("open", walking(way("highway", "track", "access", "no", "foot", "designated")));
    assertEquals("closed", walking(way("highway", "service", "access", "yes", "foot", "no")));
    assertEquals(
        "ends only", walking(way("highway", "service", "access", "yes", "foot", "private")));
    assertEquals("open", cycling(way("highway", "service", "access", "private", "bicycle", "yes")));
    // one intended value opens a list
    assertEquals("open", walking(way("highway", "service", "access", "yes;private")));
  }

  @Test
  void permissiveIsOpenAndTheRestrictedValuesStayClosed() {
    assertEquals("open", walking(way("highway", "track", "access", "permissive")));
    assertEquals("open", walking(way("highway", "track", "access", "agricultural")));
    assertEquals("closed", walking(way("highway", "track", "access", "no")));
    assertEquals("closed", walking(way("highway", "track", "access", "permit")));
    assertEquals("closed", walking(way("highway", "service", "access", "military")));
    assertEquals("open", walking(way("highway", "track")));
    assertEquals("open", walking(way("highway", "bridleway")));
  }

  @Test
  void publicRightsOfWayAreOpenWhateverAccessSays() {
    ReaderWay footpath =
        way("highway", "track", "access", "private", "designation", "public_footpath");
    assertEquals("open", walking(footpath));
    assertEquals("ends only", cycling(footpath)); // a footpath carries no right to cycle
    ReaderWay closedFootpath =
        way("highway", "track", "access", "no", "designation", "public_footpath");
    assertEquals("open", walking(closedFootpath));
    assertEquals("closed", cycling(closedFootpath));
    ReaderWay bridleway =
        way("highway", "track", "access", "no", "designation", "public_bridleway");
    assertEquals("open", walking(bridleway));
    assertEquals("open", cycling(bridleway));
    assertEquals(
        "open",
        cycling(way("highway", "track", "access", "private", "designation", "restricted_byway")));
    assertEquals(
        "open",
        walking(
            way("highway", "track", "access", "no", "designation", "byway_open_to_all_traffic")));
    // the mode's own key still wins over the designation
    assertEquals(
        "closed", walking(way("highway", "track", "foot", "no", "designation", "public_footpath")));
    assertEquals(
        "ends only",
        walking(way("highway", "track", "foot", "private", "designation", "public_footpath")));
  }

  @Test
  void gatesAndStilesArePassableUnlessLockedOrClosed() {
    assertFalse(FOOT.isBarrier(node("barrier", "gate")));
    assertFalse(FOOT.isBarrier(node("barrier", "gate", "access", "private")));
    assertFalse(FOOT.isBarrier(node("barrier", "stile")));
    assertFalse(FOOT.isBarrier(node("barrier", "kissing_gate")));
    assertTrue(FOOT.isBarrier(node("barrier", "gate", "locked", "yes")));
    assertTrue(FOOT.isBarrier(node("barrier", "gate", "locked", "yes", "access", "private")));
    assertFalse(FOOT.isBarrier(node("barrier", "gate", "locked", "yes", "foot", "yes")));
    assertTrue(FOOT.isBarrier(node("barrier", "gate", "access", "no")));
    assertFalse(FOOT.isBarrier(node("barrier", "gate", "access", "no", "foot", "yes")));
    assertTrue(FOOT.isBarrier(node("barrier", "fence")));
    // a bicycle does not go over a stile
    assertTrue(BIKE.isBarrier(node("barrier", "stile")));
    assertFalse(BIKE.isBarrier(node("barrier", "gate")));
  }

  @Test
  void onlyTimedFerriesAreWalked() {
    ReaderWay untimed = way("route", "ferry");
    assertEquals(WayAccess.CAN_SKIP, FOOT.getAccess(untimed));
    assertEquals(WayAccess.CAN_SKIP, BIKE.getAccess(untimed));
    ReaderWay timed = way("route", "ferry", "duration", "00:04");
    timed.setTag("speed_from_duration", 5.25); // as GraphHopper's reader adds it
    assertEquals(WayAccess.FERRY, FOOT.getAccess(timed));
    assertEquals(WayAccess.FERRY, BIKE.getAccess(timed));
  }
}
