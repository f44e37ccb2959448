package org.ruralaccess.analysis.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.analysis.table.Units;
import org.ruralaccess.model.zone.Ruc21Class;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * The {@code equity} table: per group of study-area zones (all, each IMD decile, urban, rural, not
 * classified, and each ONS 2021 rural-urban class when the zones have them), category and mode, the
 * users-weighted average minimum travel time, the % of users within each cutoff and the users with
 * no access within 60 minutes. Zones outside the study area are left out.
 */
final class EquityTable {

  static final String NAME = "equity";

  /** "Residents with no access within 60 minutes" (issue 4), whatever the cutoffs. */
  static final int NO_ACCESS_MINUTES = 60;

  private record Group(String type, String label, Predicate<Zone> member) {}

  private EquityTable() {}

  static ResultTable build(ZoneSet zones, ZoneAccess access, IndicatorSettings settings) {
    int[] cutoffs = settings.cutoffsMinutes();
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text("group_type", "all, imd_decile or rural_urban"));
    columns.add(
        Column.text(
            "group", "the group: all, a decile 1-10 or unknown, urban, rural or not_classified"));
    columns.add(Column.text("category", "destination category"));
    columns.add(Column.text("mode", "travel mode"));
    columns.add(Column.integer("zones", Units.ZONES, "study-area zones in the group"));
    columns.add(
        Column.decimal("users", Units.PEOPLE, "users of the category living in the group's zones"));
    columns.add(
        Column.decimal(
            "avg_min_minutes",
            Units.MINUTES,
            "users-weighted average travel time to the nearest destination, over the zones that"
                + " reach one; empty when none does"));
    for (int cutoff : cutoffs) {
      columns.add(
          Column.decimal(
              "pct" + cutoff,
              Units.PERCENT,
              "% of the group's users whose nearest destination is within " + cutoff + " minutes"));
    }
    columns.add(
        Column.decimal(
            "users_no_access_" + NO_ACCESS_MINUTES,
            Units.PEOPLE,
            "users with no destination within "
                + NO_ACCESS_MINUTES
                + " minutes (or none reached)"));
    columns.add(
        Column.decimal(
            "users_unreached",
            Units.PEOPLE,
            "users whose zone reaches no destination within the maximum trip time"));
    List<Object[]> rows = new ArrayList<>();
    for (Group group : groups(zones)) {
      for (int c = 0; c < access.categories().size(); c++) {
        for (int m = 0; m < access.modes().size(); m++) {
          rows.add(row(group, zones, access, c, m, cutoffs.length, settings.style()));
        }
      }
    }
    return new ResultTable(NAME, columns, rows, null);
  }

  private static List<Group> groups(ZoneSet zones) {
    List<Group> groups = new ArrayList<>();
    groups.add(new Group("all", "all", zone -> true));
    for (int decile = 1; decile <= 10; decile++) {
      int d = decile;
      groups.add(new Group("imd_decile", Integer.toString(d), zone -> zone.imdDecile() == d));
    }
    Predicate<Zone> unknownDecile = zone -> zone.imdDecile() < 1 || zone.imdDecile() > 10;
    if (zones.zones().stream().filter(Zone::inStudyArea).anyMatch(unknownDecile)) {
      groups.add(new Group("imd_decile", "unknown", unknownDecile));
    }
    groups.add(
        new Group("rural_urban", "urban", zone -> "urban".equalsIgnoreCase(zone.ruralUrbanFlag())));
    groups.add(
        new Group("rural_urban", "rural", zone -> "rural".equalsIgnoreCase(zone.ruralUrbanFlag())));
    groups.add(
        new Group(
            "rural_urban",
            "not_classified",
            zone ->
                !"urban".equalsIgnoreCase(zone.ruralUrbanFlag())
                    && !"rural".equalsIgnoreCase(zone.ruralUrbanFlag())));
    // The six ONS 2021 classes, every one listed (as the deciles), when the region has them.
    if (zones.zones().stream()
        .filter(Zone::inStudyArea)
        .anyMatch(z -> z.ruc21Class().isPresent())) {
      for (Ruc21Class ruc : Ruc21Class.values()) {
        groups.add(new Group("ruc21", ruc.code(), zone -> zone.ruc21Class().orElse(null) == ruc));
      }
    }
    return groups;
  }

  private static Object[] row(
      Group group,
      ZoneSet zones,
      ZoneAccess access,
      int c,
      int m,
      int cutoffCount,
      IndicatorStyle style) {
    CategoryModeAccess a = access.access(c, m);
    int zoneCount = 0;
    double users = 0;
    double reachedUsers = 0;
    double weightedMinutes = 0;
    double[] usersWithin = new double[cutoffCount];
    double noAccessUsers = 0;
    double unreachedUsers = 0;
    for (int z = 0; z < zones.size(); z++) {
      Zone zone = zones.zone(z);
      if (!zone.inStudyArea() || !group.member().test(zone)) {
        continue;
      }
      double u = access.users(c, z);
      zoneCount++;
      users += u;
      if (a.reached(z)) {
        reachedUsers += u;
        weightedMinutes += u * a.minMinutes(z);
      } else {
        unreachedUsers += u;
      }
      for (int k = 0; k < cutoffCount; k++) {
        if (a.within(z, k)) {
          usersWithin[k] += u;
        }
      }
      if (!a.reached(z) || a.minSeconds(z) >= NO_ACCESS_MINUTES * 60) {
        noAccessUsers += u;
      }
    }
    Object[] row = new Object[7 + cutoffCount + 2];
    int i = 0;
    row[i++] = group.type();
    row[i++] = group.label();
    row[i++] = IndicatorColumnNames.category(style, access.categories().get(c));
    row[i++] = IndicatorColumnNames.mode(style, access.modes().get(m));
    row[i++] = zoneCount;
    row[i++] = users;
    // Zones with no destination reached have no time to average (JTS would count them as 120).
    row[i++] = reachedUsers > 0 ? weightedMinutes / reachedUsers : null;
    for (int k = 0; k < cutoffCount; k++) {
      row[i++] = users > 0 ? 100 * usersWithin[k] / users : null;
    }
    row[i++] = noAccessUsers;
    row[i++] = unreachedUsers;
    return row;
  }
}
