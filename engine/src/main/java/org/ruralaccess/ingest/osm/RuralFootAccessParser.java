package org.ruralaccess.ingest.osm;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.EncodedValueLookup;
import com.graphhopper.routing.ev.VehicleAccess;
import com.graphhopper.routing.util.FerrySpeedCalculator;
import com.graphhopper.routing.util.WayAccess;
import com.graphhopper.util.PMap;

/**
 * GraphHopper's foot access with the engine's rural rules (see {@link AccessTagRules}): ways closed
 * to through traffic ({@code access=private} and the like) are walkable, and {@link
 * NoThroughTrafficParser} marks them so the router uses them only at the ends of a walk; public
 * rights of way are walkable whatever {@code access=*} says. Barrier nodes keep GraphHopper's
 * rules, which with {@code private} no longer restricted read: a gate or stile is passable unless
 * it is {@code locked=yes} without an explicit {@code foot=yes} (or designated, official,
 * permissive, destination) or closed by {@code access=no} and the like ({@code fence} is the only
 * barrier type closed to walkers). A private gate is passable and not marked no-through: on a
 * zero-length barrier edge the rule would trap the homes behind an untagged estate road. A ferry is
 * walked only when it has a duration to time it by (see {@link FerryCrossingParser}); the rest
 * leave the walk graph.
 */
final class RuralFootAccessParser extends com.graphhopper.routing.util.parsers.FootAccessParser {

  RuralFootAccessParser(EncodedValueLookup lookup, PMap properties) {
    super(lookup.getBooleanEncodedValue(VehicleAccess.key("foot")));
    // neither allowed nor restricted: the highway type decides, as for an untagged way
    restrictedValues.remove("private");
    blockFords(false); // GraphHopper's default for foot
  }

  @Override
  public WayAccess getAccess(ReaderWay way) {
    if (FerrySpeedCalculator.isFerry(way)
        && !way.hasTag("highway")
        && !AccessTagRules.isTimedFerry(way)) {
      return WayAccess.CAN_SKIP;
    }
    WayAccess access = super.getAccess(way);
    if (access.canSkip()
        && AccessTagRules.opensByRightOfWay(
            way, AccessTagRules.FOOT_KEYS, AccessTagRules.FOOT_RIGHTS_OF_WAY)) {
      return WayAccess.WAY;
    }
    return access;
  }
}
