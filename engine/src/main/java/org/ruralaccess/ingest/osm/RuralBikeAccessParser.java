package org.ruralaccess.ingest.osm;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.EncodedValueLookup;
import com.graphhopper.routing.ev.Roundabout;
import com.graphhopper.routing.ev.VehicleAccess;
import com.graphhopper.routing.util.FerrySpeedCalculator;
import com.graphhopper.routing.util.WayAccess;
import com.graphhopper.util.PMap;

/**
 * GraphHopper's bike access with the engine's rural rules, as {@link RuralFootAccessParser} for
 * walking: ways closed to through traffic ({@code access=private}, {@code destination}, {@code
 * customers}, {@code delivery}) are ridden at the ends of a trip only, as OpenTripPlanner does for
 * bicycles; bridleways, restricted byways and byways open to all traffic are rideable whatever
 * {@code access=*} says; a locked gate closes the way unless {@code bicycle=yes}; stiles, kissing
 * gates and turnstiles stay closed (GraphHopper's barrier rules); a ferry only when timed.
 */
final class RuralBikeAccessParser extends com.graphhopper.routing.util.parsers.BikeAccessParser {

  RuralBikeAccessParser(EncodedValueLookup lookup, PMap properties) {
    super(
        lookup.getBooleanEncodedValue(VehicleAccess.key("bike")),
        lookup.getBooleanEncodedValue(Roundabout.KEY));
    restrictedValues.remove("private");
    restrictedValues.remove("delivery");
    blockFords(false); // GraphHopper's default for bike
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
            way, AccessTagRules.BIKE_KEYS, AccessTagRules.BIKE_RIGHTS_OF_WAY)) {
      return WayAccess.WAY;
    }
    return access;
  }
}
