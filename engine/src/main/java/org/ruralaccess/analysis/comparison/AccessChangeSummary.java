package org.ruralaccess.analysis.comparison;

import java.util.ArrayList;
import java.util.List;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.analysis.table.Units;
import org.ruralaccess.model.zone.AgeBand;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * Who gains and who loses access by transit: for each destination category and cutoff, the
 * residents of study-area zones whose origin newly reaches (or no longer reaches) the nearest
 * destination within the cutoff, in all, by IMD decile, and by age band. Users of the category
 * (e.g. 0-15s for schools) are counted in the all and decile rows; the age rows show every resident
 * of the gaining or losing zones, band by band.
 */
final class AccessChangeSummary {

  private AccessChangeSummary() {}

  static ResultTable of(
      ZoneSet zones, ResultTable before, ResultTable after, int[] cutoffsMinutes) {
    List<Column> columns =
        List.of(
            Column.text("category", "destination category"),
            Column.integer("cutoff_minutes", Units.MINUTES, "the cutoff: within this many minutes"),
            Column.text("group_type", "all, imd_decile or age_band"),
            Column.text("group", "the group: all, a decile 1-10, or a Census 2021 age band"),
            Column.integer(
                "zones_gaining", Units.ZONES, "study-area zones newly within the cutoff"),
            Column.integer(
                "residents_gaining",
                Units.PEOPLE,
                "their users of the category (age rows: their residents of the band), rounded"),
            Column.integer(
                "zones_losing", Units.ZONES, "study-area zones no longer within the cutoff"),
            Column.integer(
                "residents_losing",
                Units.PEOPLE,
                "their users of the category (age rows: their residents of the band), rounded"));
    List<Object[]> rows = new ArrayList<>();
    for (String category : categories(before)) {
      int users = before.columns().indexOf(category + "_users");
      for (int cutoff : cutoffsMinutes) {
        int pct = before.columns().indexOf(category + "_transit_pct" + cutoff);
        if (pct < 0) {
          continue;
        }
        Tally all = new Tally();
        Tally[] deciles = new Tally[11];
        Tally[] bands = new Tally[AgeBand.values().length];
        for (int z = 0; z < zones.size(); z++) {
          Zone zone = zones.zone(z);
          if (!zone.inStudyArea()) {
            continue;
          }
          int direction = direction(before.rows().get(z)[pct], after.rows().get(z)[pct]);
          if (direction == 0) {
            continue;
          }
          double residents = number(before.rows().get(z)[users]);
          all.add(direction, residents);
          tally(deciles, zone.imdDecile(), direction, residents);
          if (zone.hasAgeBands()) {
            // the bands of the zone's own census table; the other table's are NaN
            for (AgeBand band : AgeBand.of(zone.ageTable().orElseThrow())) {
              tally(bands, band.ordinal(), direction, zone.population(band));
            }
          }
        }
        rows.add(all.row(category, cutoff, "all", "all"));
        for (int d = 1; d <= 10; d++) {
          rows.add(orEmpty(deciles[d]).row(category, cutoff, "imd_decile", String.valueOf(d)));
        }
        for (AgeBand band : AgeBand.values()) {
          if (bands[band.ordinal()] != null) {
            rows.add(bands[band.ordinal()].row(category, cutoff, "age_band", band.censusLabel()));
          }
        }
      }
    }
    return new ResultTable("access_changes", columns, rows, null);
  }

  private static List<String> categories(ResultTable table) {
    return table.columns().stream()
        .filter(c -> c.endsWith("_users"))
        .map(c -> c.substring(0, c.length() - "_users".length()))
        .toList();
  }

  /** +1 newly within the cutoff, -1 no longer, 0 unchanged (values are 0 or 100 per zone). */
  private static int direction(Object before, Object after) {
    boolean was = number(before) >= 50;
    boolean is = number(after) >= 50;
    return was == is ? 0 : is ? 1 : -1;
  }

  private static void tally(Tally[] tallies, int index, int direction, double residents) {
    if (tallies[index] == null) {
      tallies[index] = new Tally();
    }
    tallies[index].add(direction, residents);
  }

  private static Tally orEmpty(Tally tally) {
    return tally == null ? new Tally() : tally;
  }

  private static double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : 0;
  }

  private static final class Tally {
    private int zonesGaining;
    private double residentsGaining;
    private int zonesLosing;
    private double residentsLosing;

    void add(int direction, double residents) {
      if (direction > 0) {
        zonesGaining++;
        residentsGaining += residents;
      } else {
        zonesLosing++;
        residentsLosing += residents;
      }
    }

    Object[] row(String category, int cutoff, String groupType, String group) {
      return new Object[] {
        category,
        cutoff,
        groupType,
        group,
        zonesGaining,
        Math.round(residentsGaining),
        zonesLosing,
        Math.round(residentsLosing)
      };
    }
  }
}
