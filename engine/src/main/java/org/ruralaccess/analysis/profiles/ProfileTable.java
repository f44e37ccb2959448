package org.ruralaccess.analysis.profiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.ruralaccess.analysis.indicators.IndicatorCategory;
import org.ruralaccess.analysis.matrix.Percentiles;
import org.ruralaccess.analysis.returntrips.ReturnTripTimes;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.analysis.table.Units;
import org.ruralaccess.analysis.table.ZoneGeometry;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * The {@code profile} table: one row per zone, category and period (zones outermost, so that a
 * zone's periods sit together), with the minimum transit time, the % of users within 30 and 60
 * minutes (100 or 0: one origin per zone, as the JTS), whether a return trip works on the period's
 * date (when asked for), and the gap flag: no access within 60 minutes in this period while the
 * weekday AM peak has it.
 */
final class ProfileTable {

  static final String NAME = "profile";
  static final int GAP_MINUTES = 60;

  private final ZoneSet zones;
  private final List<IndicatorCategory> categories;
  private final List<ProfilePeriod> periods;
  private final int[][][] minSeconds;
  private final Map<LocalDate, ReturnTripTimes> returnTrips;
  private final int amPeak;

  ProfileTable(
      ZoneSet zones,
      List<IndicatorCategory> categories,
      List<ProfilePeriod> periods,
      int[][][] minSeconds,
      Map<LocalDate, ReturnTripTimes> returnTrips) {
    this.zones = zones;
    this.categories = categories;
    this.periods = periods;
    this.minSeconds = minSeconds;
    this.returnTrips = returnTrips;
    int found = -1;
    for (int p = 0; p < periods.size(); p++) {
      found = periods.get(p).period() == Period.AM_PEAK ? p : found;
    }
    if (found < 0) {
      throw new IllegalArgumentException("a profile needs the weekday AM peak for its gap column");
    }
    this.amPeak = found;
  }

  ResultTable build() {
    List<Column> columns =
        new ArrayList<>(
            List.of(
                Column.text("zone_code", "zone code: the id of the zone or point given"),
                Column.text("zone_name", "zone name"),
                Column.integer("in_study_area", Units.FLAG, "1 for a zone of the study area"),
                Column.integer("imd_decile", Units.DECILE, "IMD 2019 decile; empty when unknown"),
                Column.text("rural_urban", "urban, rural or empty"),
                Column.text("category", "destination category"),
                Column.text("period", "the named period"),
                Column.text("date", "the period's representative date, YYYY-MM-DD"),
                Column.text("from", "start of the period's window, HH:MM"),
                Column.text("to", "end of the period's window, HH:MM"),
                Column.decimal("users", Units.PEOPLE, "residents of the zone who use the category"),
                Column.decimal(
                    "min_minutes",
                    Units.MINUTES,
                    "travel time to the nearest destination by public transport in the period;"
                        + " empty when none is reached"),
                Column.decimal("pct30", Units.PERCENT, "% of users within 30 minutes (100 or 0)"),
                Column.decimal("pct60", Units.PERCENT, "% of users within 60 minutes (100 or 0)")));
    if (!returnTrips.isEmpty()) {
      columns.add(
          Column.integer("return_trip", Units.FLAG, "1 when a day out works on the period's date"));
    }
    columns.add(
        Column.integer(
            "gap",
            Units.FLAG,
            "1 when nothing is reached within 60 minutes in this period while the weekday AM"
                + " peak has it"));
    List<Object[]> rows = new ArrayList<>();
    List<Geometry> geometries = new ArrayList<>();
    for (int z = 0; z < zones.size(); z++) {
      Zone zone = zones.zone(z);
      for (int k = 0; k < categories.size(); k++) {
        for (int p = 0; p < periods.size(); p++) {
          rows.add(row(zone, z, k, p, columns.size()));
          geometries.add(ZoneGeometry.of(zone));
        }
      }
    }
    return new ResultTable(NAME, List.copyOf(columns), rows, geometries);
  }

  private Object[] row(Zone zone, int z, int k, int p, int width) {
    ProfilePeriod period = periods.get(p);
    int seconds = minSeconds[p][k][z];
    Object[] row = new Object[width];
    int i = 0;
    row[i++] = zone.code();
    row[i++] = zone.name();
    row[i++] = zone.inStudyArea() ? 1 : 0;
    row[i++] = zone.imdDecile() >= 1 && zone.imdDecile() <= 10 ? zone.imdDecile() : null;
    row[i++] = zone.ruralUrbanFlag();
    row[i++] = categories.get(k).key();
    row[i++] = period.period().label();
    row[i++] = period.date().toString();
    row[i++] = period.period().window().substring(0, 5);
    row[i++] = period.period().window().substring(6);
    row[i++] = categories.get(k).users(zone);
    row[i++] = seconds == Percentiles.UNREACHED ? null : seconds / 60.0;
    row[i++] = seconds < 30 * 60 ? 100.0 : 0.0;
    row[i++] = seconds < 60 * 60 ? 100.0 : 0.0;
    if (!returnTrips.isEmpty()) {
      Boolean works = returnTrip(period.date(), k, z);
      row[i++] = works == null ? null : works ? 1 : 0;
    }
    row[i] = gap(z, k, p) ? 1 : 0;
    return row;
  }

  boolean gap(int z, int k, int p) {
    return minSeconds[p][k][z] >= GAP_MINUTES * 60 && minSeconds[amPeak][k][z] < GAP_MINUTES * 60;
  }

  /** Whether a return trip works; null when return trips were not asked for this category. */
  private Boolean returnTrip(LocalDate date, int k, int z) {
    ReturnTripTimes times = returnTrips.get(date);
    int category = times == null ? -1 : times.categories().indexOf(categories.get(k).key());
    return category < 0 ? null : times.feasible(category, z);
  }

  List<ProfileSummaryRow> summary() {
    List<ProfileSummaryRow> rows = new ArrayList<>();
    for (int p = 0; p < periods.size(); p++) {
      for (int k = 0; k < categories.size(); k++) {
        double users = 0;
        double within = 0;
        double returning = 0;
        boolean asked = false;
        int gapZones = 0;
        double gapUsers = 0;
        for (int z = 0; z < zones.size(); z++) {
          Zone zone = zones.zone(z);
          if (!zone.inStudyArea()) {
            continue;
          }
          double u = categories.get(k).users(zone);
          users += u;
          within += minSeconds[p][k][z] < 60 * 60 ? u : 0;
          Boolean works = returnTrips.isEmpty() ? null : returnTrip(periods.get(p).date(), k, z);
          asked |= works != null;
          returning += Boolean.TRUE.equals(works) ? u : 0;
          if (gap(z, k, p)) {
            gapZones++;
            gapUsers += u;
          }
        }
        rows.add(
            new ProfileSummaryRow(
                periods.get(p),
                categories.get(k).key(),
                users,
                users > 0 ? 100 * within / users : null,
                users > 0 && asked ? 100 * returning / users : null,
                gapZones,
                gapUsers));
      }
    }
    return rows;
  }
}
