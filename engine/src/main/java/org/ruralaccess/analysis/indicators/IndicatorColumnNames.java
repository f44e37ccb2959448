package org.ruralaccess.analysis.indicators;

import java.util.List;
import org.ruralaccess.model.TravelMode;

/**
 * Column names of the zone table in both {@link IndicatorStyle}s. JTS names follow the DfT JTS05
 * LSOA tables ({@code GP_pop}, {@code GPPTt}, {@code GPPT15n}, {@code GPPT15pct}; modes PT, Cyc,
 * Car, Walk); measures JTS does not publish get JTS-shaped names ({@code GPPT15nAll}, {@code
 * GPPT15opp}, {@code GPPTgrav}). The full list is in {@code docs/indicators.md}.
 */
final class IndicatorColumnNames {

  /** JTS order of modes in a table: PT/walk, cycle, car, walk. Both styles use it. */
  static final List<TravelMode> MODE_ORDER =
      List.of(TravelMode.TRANSIT, TravelMode.BIKE, TravelMode.CAR, TravelMode.WALK);

  private IndicatorColumnNames() {}

  /**
   * The zone id column: {@code LSOA21CD} (the ONS name) when the zones are LSOAs and always in JTS
   * style, {@code zone_code} for other zones (hexagons, grid cells, points).
   */
  static String zoneCode(IndicatorStyle style, boolean lsoas) {
    return style == IndicatorStyle.JTS || lsoas ? "LSOA21CD" : "zone_code";
  }

  /** The zone name column: {@code LSOA21NM} with {@code LSOA21CD}, {@code zone_name} otherwise. */
  static String zoneName(IndicatorStyle style, boolean lsoas) {
    return style == IndicatorStyle.JTS || lsoas ? "LSOA21NM" : "zone_name";
  }

  static String category(IndicatorStyle style, IndicatorCategory category) {
    return style == IndicatorStyle.JTS ? category.jtsCode() : category.key();
  }

  static String mode(IndicatorStyle style, TravelMode mode) {
    if (style == IndicatorStyle.ENGINE) {
      return mode.label();
    }
    return switch (mode) {
      case TRANSIT -> "PT";
      case BIKE -> "Cyc";
      case CAR -> "Car";
      case WALK -> "Walk";
    };
  }

  static String users(IndicatorStyle style, IndicatorCategory c) {
    return style == IndicatorStyle.JTS ? c.jtsCode() + "_pop" : c.key() + "_users";
  }

  static String minTime(IndicatorStyle style, IndicatorCategory c, TravelMode m) {
    return prefix(style, c, m) + (style == IndicatorStyle.JTS ? "t" : "min_minutes");
  }

  /** Time to the n-th nearest: {@code gp_transit_nth3_minutes}, JTS-shaped {@code GPPTnth3t}. */
  static String nthTime(IndicatorStyle style, IndicatorCategory c, TravelMode m, int n) {
    return prefix(style, c, m)
        + (style == IndicatorStyle.JTS ? "nth" + n + "t" : "nth" + n + "_minutes");
  }

  static String cappedCount(IndicatorStyle style, IndicatorCategory c, TravelMode m, int cutoff) {
    return prefix(style, c, m)
        + (style == IndicatorStyle.JTS ? cutoff + "n" : "n" + cutoff + "_capped");
  }

  static String percentUsers(IndicatorStyle style, IndicatorCategory c, TravelMode m, int cutoff) {
    return prefix(style, c, m) + (style == IndicatorStyle.JTS ? cutoff + "pct" : "pct" + cutoff);
  }

  static String count(IndicatorStyle style, IndicatorCategory c, TravelMode m, int cutoff) {
    return prefix(style, c, m) + (style == IndicatorStyle.JTS ? cutoff + "nAll" : "n" + cutoff);
  }

  static String opportunities(IndicatorStyle style, IndicatorCategory c, TravelMode m, int cutoff) {
    return prefix(style, c, m) + (style == IndicatorStyle.JTS ? cutoff + "opp" : "opp" + cutoff);
  }

  static String gravity(IndicatorStyle style, IndicatorCategory c, TravelMode m) {
    return prefix(style, c, m) + (style == IndicatorStyle.JTS ? "grav" : "gravity");
  }

  private static String prefix(IndicatorStyle style, IndicatorCategory c, TravelMode m) {
    return style == IndicatorStyle.JTS
        ? c.jtsCode() + mode(style, m)
        : c.key() + "_" + mode(style, m) + "_";
  }

  /** A number of minutes as written in a spec: {@code 10}, {@code 7.5}. */
  static String number(double minutes) {
    return minutes == Math.rint(minutes) ? Long.toString((long) minutes) : Double.toString(minutes);
  }
}
