package org.ruralaccess.ingest.osm;

import com.graphhopper.routing.ev.DefaultImportRegistry;
import com.graphhopper.routing.ev.ImportRegistry;
import com.graphhopper.routing.ev.ImportUnit;
import com.graphhopper.routing.ev.IntEncodedValueImpl;
import com.graphhopper.routing.ev.Roundabout;
import com.graphhopper.routing.ev.SimpleBooleanEncodedValue;
import com.graphhopper.routing.ev.VehicleAccess;

/**
 * GraphHopper's import registry with the engine's rural rules: foot and bike access replaced by
 * {@link RuralFootAccessParser} and {@link RuralBikeAccessParser}, plus three encoded values of our
 * own: {@value #FOOT_NO_THROUGH} and {@value #BIKE_NO_THROUGH} ({@link NoThroughTrafficParser}) and
 * {@value #FERRY_CROSSING_SECONDS} ({@link FerryCrossingParser}). Everything else is GraphHopper's.
 */
final class RuralImportRegistry implements ImportRegistry {

  static final String FOOT_NO_THROUGH = "foot_no_through";
  static final String BIKE_NO_THROUGH = "bike_no_through";
  static final String FERRY_CROSSING_SECONDS = "ferry_crossing_seconds";

  /** The encoded values the importer asks GraphHopper for. */
  static final String ENCODED_VALUES =
      String.join(
          ", ",
          "foot_access",
          "bike_access",
          "car_access",
          "car_average_speed",
          FOOT_NO_THROUGH,
          BIKE_NO_THROUGH,
          FERRY_CROSSING_SECONDS);

  private final DefaultImportRegistry defaults = new DefaultImportRegistry();

  @Override
  public ImportUnit createImportUnit(String name) {
    return switch (name) {
      case "foot_access" ->
          ImportUnit.create(name, p -> VehicleAccess.create("foot"), RuralFootAccessParser::new);
      case "bike_access" ->
          ImportUnit.create(
              name, p -> VehicleAccess.create("bike"), RuralBikeAccessParser::new, Roundabout.KEY);
      case FOOT_NO_THROUGH ->
          ImportUnit.create(
              name,
              p -> new SimpleBooleanEncodedValue(FOOT_NO_THROUGH),
              (lookup, p) ->
                  new NoThroughTrafficParser(
                      lookup.getBooleanEncodedValue(FOOT_NO_THROUGH),
                      AccessTagRules.FOOT_KEYS,
                      AccessTagRules.FOOT_RIGHTS_OF_WAY));
      case BIKE_NO_THROUGH ->
          ImportUnit.create(
              name,
              p -> new SimpleBooleanEncodedValue(BIKE_NO_THROUGH),
              (lookup, p) ->
                  new NoThroughTrafficParser(
                      lookup.getBooleanEncodedValue(BIKE_NO_THROUGH),
                      AccessTagRules.BIKE_KEYS,
                      AccessTagRules.BIKE_RIGHTS_OF_WAY));
      case FERRY_CROSSING_SECONDS ->
          ImportUnit.create(
              name,
              p -> new IntEncodedValueImpl(FERRY_CROSSING_SECONDS, FerryCrossingParser.BITS, false),
              (lookup, p) ->
                  new FerryCrossingParser(lookup.getIntEncodedValue(FERRY_CROSSING_SECONDS)));
      default -> defaults.createImportUnit(name);
    };
  }
}
