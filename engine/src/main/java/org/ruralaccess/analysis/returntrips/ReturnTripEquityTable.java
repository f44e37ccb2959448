package org.ruralaccess.analysis.returntrips;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.analysis.table.Units;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.zone.AgeBand;
import org.ruralaccess.model.zone.AgeTable;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * The {@code return_trip_equity} table: per rider group, category and group of study-area zones
 * (all; IMD decile; age band; urban/rural), the category's users, those whose zone has a day out
 * that works with the schemes the group may use, and without any scheme, with the shares in
 * percent. An age band's users are the zone's residents of that band who use the category (none for
 * a band outside the category's users; the band rows are empty when zones carry no bands).
 */
final class ReturnTripEquityTable {

  static final String NAME = "return_trip_equity";

  static final List<Column> COLUMNS =
      List.of(
          Column.text("group_type", "all, imd_decile, age_band or rural_urban"),
          Column.text("group", "the group: all, a decile, an age band, urban/rural"),
          Column.text("rider", "rider group"),
          Column.text("category", "destination category"),
          Column.integer("zones", Units.ZONES, "study-area zones in the group"),
          Column.decimal("users", Units.PEOPLE, "the category's users in the group"),
          Column.decimal(
              "users_feasible", Units.PEOPLE, "users whose zone has a day out that works"),
          Column.decimal("pct_feasible", Units.PERCENT, "users_feasible as % of users"),
          Column.decimal(
              "users_feasible_without_ct",
              Units.PEOPLE,
              "users whose zone has a day out that works without community transport"),
          Column.decimal(
              "pct_feasible_without_ct", Units.PERCENT, "users_feasible_without_ct as % of users"));

  /** A group of zones, or an age band across all of them. */
  private record Group(String type, String label, Predicate<Zone> member, AgeBand band) {}

  private ReturnTripEquityTable() {}

  static ResultTable build(
      ZoneSet zones,
      ReturnTripUsers users,
      Map<RiderGroup, ReturnTripTimes> byRider,
      ReturnTripTimes without) {
    List<Object[]> rows = new ArrayList<>();
    List<Group> groups = groups(zones);
    for (RiderGroup rider : RiderGroup.values()) {
      ReturnTripTimes times = byRider.get(rider);
      if (times == null) {
        continue;
      }
      for (int k = 0; k < users.keys().size(); k++) {
        for (Group group : groups) {
          rows.add(row(zones, users, rider, k, group, times, without));
        }
      }
    }
    return new ResultTable(NAME, COLUMNS, rows, null);
  }

  private static Object[] row(
      ZoneSet zones,
      ReturnTripUsers users,
      RiderGroup rider,
      int k,
      Group group,
      ReturnTripTimes with,
      ReturnTripTimes without) {
    int count = 0;
    double total = 0;
    double feasible = 0;
    double feasibleWithout = 0;
    for (int z = 0; z < zones.size(); z++) {
      Zone zone = zones.zone(z);
      if (!zone.inStudyArea() || !group.member().test(zone)) {
        continue;
      }
      double u =
          group.band() == null
              ? users.users(rider, k, zone)
              : users.users(rider, k, zone, group.band());
      if (Double.isNaN(u)) {
        continue; // a zone without age bands has no place in a band's row
      }
      count++;
      total += u;
      feasible += with.feasible(k, z) ? u : 0;
      feasibleWithout += without.feasible(k, z) ? u : 0;
    }
    return new Object[] {
      group.type(),
      group.label(),
      rider.label(),
      users.keys().get(k),
      count,
      total,
      feasible,
      total > 0 ? 100 * feasible / total : null,
      feasibleWithout,
      total > 0 ? 100 * feasibleWithout / total : null
    };
  }

  private static List<Group> groups(ZoneSet zones) {
    List<Group> groups = new ArrayList<>();
    groups.add(new Group("all", "all", zone -> true, null));
    for (int decile = 1; decile <= 10; decile++) {
      int d = decile;
      groups.add(new Group("imd_decile", Integer.toString(d), z -> z.imdDecile() == d, null));
    }
    Predicate<Zone> unknownDecile = z -> z.imdDecile() < 1 || z.imdDecile() > 10;
    if (zones.zones().stream().filter(Zone::inStudyArea).anyMatch(unknownDecile)) {
      groups.add(new Group("imd_decile", "unknown", unknownDecile, null));
    }
    // the bands of the zones' census table (six bands, or TS007A's five-year bands)
    AgeTable table =
        zones.zones().stream()
            .map(Zone::ageTable)
            .flatMap(java.util.Optional::stream)
            .findFirst()
            .orElse(AgeTable.SIX_BANDS);
    for (AgeBand band : AgeBand.of(table)) {
      groups.add(new Group("age_band", label(band), zone -> true, band));
    }
    groups.add(
        new Group("rural_urban", "urban", z -> "urban".equalsIgnoreCase(z.ruralUrbanFlag()), null));
    groups.add(
        new Group("rural_urban", "rural", z -> "rural".equalsIgnoreCase(z.ruralUrbanFlag()), null));
    groups.add(
        new Group(
            "rural_urban",
            "not_classified",
            z ->
                !"urban".equalsIgnoreCase(z.ruralUrbanFlag())
                    && !"rural".equalsIgnoreCase(z.ruralUrbanFlag()),
            null));
    return groups;
  }

  /** {@code 0-15}, {@code 16-24}, ..., {@code 65+}: the bands as {@code --users} spells them. */
  static String label(AgeBand band) {
    return band.range().label();
  }
}
