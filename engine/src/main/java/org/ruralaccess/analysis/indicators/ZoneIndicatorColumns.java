package org.ruralaccess.analysis.indicators;

import java.util.ArrayList;
import java.util.List;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.analysis.table.MapScale;
import org.ruralaccess.analysis.table.Units;
import org.ruralaccess.model.TravelMode;

/**
 * The schema of the {@code zone_indicators} table: names in the run's {@link IndicatorStyle}, the
 * type, unit and meaning of every column (its data dictionary), and which columns a map shows: the
 * minimum travel times, and the % of users within 30 and 60 minutes (the JTS headline cutoffs; the
 * largest cutoff when neither is asked for).
 */
final class ZoneIndicatorColumns {

  /** The zone attribute columns every zone table starts with. */
  static final int ZONE_COLUMNS = 6;

  private static final List<Integer> MAPPED_CUTOFFS = List.of(30, 60);

  private ZoneIndicatorColumns() {}

  static List<Column> of(
      ZoneAccess access, IndicatorSettings settings, boolean lsoas, boolean ruc21) {
    IndicatorStyle style = settings.style();
    List<Column> columns = new ArrayList<>(zoneColumns(style, lsoas));
    if (ruc21) { // the ONS class (e.g. RSF1), only for regions that have it
      columns.add(
          Column.text(
              ZoneIndicatorTable.RUC21_COLUMN,
              "ONS 2021 Rural Urban Classification of the LSOA (RUC21CD, e.g. RSF1)"));
    }
    int[] cutoffs = settings.cutoffsMinutes();
    for (IndicatorCategory c : access.categories()) {
      columns.add(
          Column.decimal(
              IndicatorColumnNames.users(style, c),
              Units.PEOPLE,
              "residents who use " + c.key() + " (the category's users, see docs/indicators.md)"));
      for (TravelMode m : access.modes()) {
        String what = c.key() + " destinations " + by(m);
        columns.add(
            Column.decimal(
                    IndicatorColumnNames.minTime(style, c, m),
                    Units.MINUTES,
                    "travel time to the nearest "
                        + c.key()
                        + " destination "
                        + by(m)
                        + ", at the run's percentile over the departure window; empty when none"
                        + " is reached within the maximum trip time")
                .mapped(MapScale.TRAVEL_TIME));
        for (int n : settings.nthNearest()) {
          columns.add(
              Column.decimal(
                  IndicatorColumnNames.nthTime(style, c, m, n),
                  Units.MINUTES,
                  "travel time to the n-th nearest "
                      + c.key()
                      + " destination, n = "
                      + n
                      + ", "
                      + by(m)
                      + " (--nth), at the run's percentile; empty when fewer are reached"));
        }
        for (int cutoff : cutoffs) {
          columns.add(
              Column.integer(
                  IndicatorColumnNames.cappedCount(style, c, m, cutoff),
                  Units.COUNT,
                  "number of "
                      + what
                      + " within "
                      + cutoff
                      + " minutes, capped at "
                      + settings.capCount()));
        }
        for (int cutoff : cutoffs) {
          Column percent =
              Column.decimal(
                  IndicatorColumnNames.percentUsers(style, c, m, cutoff),
                  Units.PERCENT,
                  "% of the zone's users of "
                      + c.key()
                      + " who reach one "
                      + by(m)
                      + " within "
                      + cutoff
                      + " minutes (100 or 0: one origin per zone)");
          columns.add(mapped(cutoff, cutoffs) ? percent.mapped(MapScale.PERCENT) : percent);
        }
        for (int cutoff : cutoffs) {
          columns.add(
              Column.integer(
                  IndicatorColumnNames.count(style, c, m, cutoff),
                  Units.COUNT,
                  "number of " + what + " within " + cutoff + " minutes"));
        }
        for (int cutoff : cutoffs) {
          columns.add(
              Column.decimal(
                  IndicatorColumnNames.opportunities(style, c, m, cutoff),
                  Units.OPPORTUNITIES,
                  "sum of the weights (jobs for jobs, 1 per destination otherwise) of the "
                      + what
                      + " within "
                      + cutoff
                      + " minutes"));
        }
        columns.add(
            Column.decimal(
                IndicatorColumnNames.gravity(style, c, m),
                Units.WEIGHTED_OPPORTUNITIES,
                "weights of the "
                    + what
                    + " reached, each times the "
                    + settings.decay().spec()
                    + " decay of its travel time (cutoff "
                    + settings.gravityCutoffMinutes()
                    + " minutes)"));
      }
    }
    return columns;
  }

  /** The six zone attribute columns, in the order every zone table uses. */
  static List<Column> zoneColumns(IndicatorStyle style, boolean lsoas) {
    boolean lsoaNames = style == IndicatorStyle.JTS || lsoas;
    return List.of(
        Column.text(
            IndicatorColumnNames.zoneCode(style, lsoas),
            lsoaNames ? "LSOA 2021 code (ONS)" : "zone code: the id of the zone or point given"),
        Column.text(
            IndicatorColumnNames.zoneName(style, lsoas),
            lsoaNames ? "LSOA 2021 name (ONS)" : "zone name"),
        Column.integer(
            "in_study_area",
            Units.FLAG,
            "1 for a zone of the study area (counted in the equity tables), 0 for a neighbour"),
        Column.decimal("population", Units.PEOPLE, "usual residents"),
        Column.integer(
            "imd_decile",
            Units.DECILE,
            "English Indices of Deprivation 2019 decile; empty when unknown"),
        Column.text("rural_urban", "urban, rural, or empty when not classified"));
  }

  private static boolean mapped(int cutoff, int[] cutoffs) {
    for (int c : cutoffs) {
      if (MAPPED_CUTOFFS.contains(c)) {
        return MAPPED_CUTOFFS.contains(cutoff);
      }
    }
    return cutoff == cutoffs[cutoffs.length - 1];
  }

  /** "by transit", "on foot"...: how the meaning says the mode. */
  static String by(TravelMode mode) {
    return switch (mode) {
      case TRANSIT -> "by public transport (with walking)";
      case WALK -> "on foot";
      case BIKE -> "by bicycle";
      case CAR -> "by car";
    };
  }
}
