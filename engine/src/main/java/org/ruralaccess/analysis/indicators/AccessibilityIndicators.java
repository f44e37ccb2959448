package org.ruralaccess.analysis.indicators;

import java.util.Map;
import org.ruralaccess.analysis.matrix.Percentiles;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * DfT Journey Time Statistics-style indicators per zone, and their population-weighted equity
 * breakdown, from zone-to-destination travel times. Definitions and formulas: {@code
 * docs/indicators.md}.
 */
public final class AccessibilityIndicators {

  private AccessibilityIndicators() {}

  /**
   * @param travelSeconds {@code travelSeconds.get(mode)[zone][destination]}: seconds from the
   *     zone's origin to each destination (at the chosen percentile over the departure window),
   *     {@link Percentiles#UNREACHED} when none within the maximum trip duration; zones and
   *     destinations in {@link ZoneSet} and {@link DestinationSet} order. Modes absent from the map
   *     get no columns.
   */
  public static AccessibilityResult compute(
      ZoneSet zones,
      DestinationSet destinations,
      Map<TravelMode, int[][]> travelSeconds,
      IndicatorSettings settings) {
    for (TravelMode mode : IndicatorColumnNames.MODE_ORDER) {
      if (!travelSeconds.containsKey(mode)) {
        continue;
      }
      checkShape(mode, travelSeconds.get(mode), zones.size(), destinations.size());
    }
    IndicatorFold fold = new IndicatorFold(zones, destinations, travelSeconds.keySet(), settings);
    for (Map.Entry<TravelMode, int[][]> mode : travelSeconds.entrySet()) {
      for (int z = 0; z < zones.size(); z++) {
        fold.addZone(mode.getKey(), z, mode.getValue()[z]);
      }
    }
    return fold.result();
  }

  private static void checkShape(TravelMode mode, int[][] seconds, int zones, int destinations) {
    if (seconds.length != zones) {
      throw new IllegalArgumentException(
          mode.label()
              + " travel times have "
              + seconds.length
              + " zone rows for "
              + zones
              + " zones");
    }
    for (int z = 0; z < zones; z++) {
      if (seconds[z].length != destinations) {
        throw new IllegalArgumentException(
            mode.label()
                + " travel times, zone row "
                + z
                + ": "
                + seconds[z].length
                + " values for "
                + destinations
                + " destinations");
      }
    }
  }
}
