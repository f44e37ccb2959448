package org.ruralaccess.analysis.indicators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * Users-weighted equity rows on {@link IndicatorFixture}: study-area zones E01000001 to E01000003
 * only; the BCP zone E01000004 (all times 60 s) must change nothing.
 */
class I03_EquityTest {

  private static ResultTable equity;

  @BeforeAll
  static void compute() {
    equity =
        AccessibilityIndicators.compute(
                IndicatorFixture.zones(),
                IndicatorFixture.destinations(),
                IndicatorFixture.travelSeconds(),
                IndicatorSettings.defaults())
            .equity();
  }

  /** Values from "zones" on: zones, users, avg_min_minutes, pct15..pct60, no access, unreached. */
  private static Object[] values(String type, String group, String category, String mode) {
    List<Object[]> matches = new ArrayList<>();
    for (Object[] row : equity.rows()) {
      if (row[0].equals(type)
          && row[1].equals(group)
          && row[2].equals(category)
          && row[3].equals(mode)) {
        matches.add(Arrays.copyOfRange(row, 4, row.length));
      }
    }
    assertEquals(1, matches.size(), type + " " + group + " " + category + " " + mode);
    return matches.get(0);
  }

  @Test
  void columnsAndRowOrder() {
    assertEquals(
        List.of(
            "group_type",
            "group",
            "category",
            "mode",
            "zones",
            "users",
            "avg_min_minutes",
            "pct15",
            "pct30",
            "pct45",
            "pct60",
            "users_no_access_60",
            "users_unreached"),
        equity.columns());
    // Groups all, deciles 1..10, urban, rural, not_classified = 14; x 2 categories x 2 modes.
    assertEquals(14 * 2 * 2, equity.rows().size());
    assertEquals(
        List.of("all", "all", "primary_school", "transit"),
        Arrays.asList(equity.rows().get(0)).subList(0, 4));
    assertEquals(
        List.of("all", "all", "primary_school", "car"),
        Arrays.asList(equity.rows().get(1)).subList(0, 4));
    assertEquals(
        List.of("all", "all", "gp", "transit"), Arrays.asList(equity.rows().get(2)).subList(0, 4));
    assertEquals(false, equity.hasGeometry());
  }

  @Test
  void allStudyAreaUsersOfGpsByTransit() {
    // Users 1000 + 2000 + 500 = 3500 (BCP's 600 left out). Average over reached users:
    // (1000 * 20 + 2000 * 10) / 3000 = 13.333 min; E01000003's 500 reach nothing.
    // Within 15: E01000002 only, 2000 / 3500 = 57.143 %; within 30/45/60: 3000 / 3500 = 85.714 %.
    assertArrayEquals(
        new Object[] {
          3,
          3500.0,
          40000 / 3000.0,
          2000 * 100 / 3500.0,
          3000 * 100 / 3500.0,
          3000 * 100 / 3500.0,
          3000 * 100 / 3500.0,
          500.0,
          500.0
        },
        values("all", "all", "gp", "transit"));
  }

  @Test
  void primaryUsersCountChildrenAndTheTotalWhereNoBands() {
    // Users 100 + 300 + 500 (E01000003's total) = 900. Average over reached: (100 * 66.667 +
    // 300 * 15) / 400 = (6666.67 + 4500) / 400 = 27.917 min. Within 15: none (900 s is not
    // below 15:00); within 30..60: E01000002's 300 / 900 = 33.333 %. No access within 60 min:
    // E01000001 (66.7 min) 100 + E01000003 (none) 500 = 600; unreached 500.
    assertArrayEquals(
        new Object[] {
          3,
          900.0,
          (100 * 4000 / 60.0 + 300 * 15) / 400,
          0.0,
          300 * 100 / 900.0,
          300 * 100 / 900.0,
          300 * 100 / 900.0,
          600.0,
          500.0
        },
        values("all", "all", "primary_school", "transit"));
  }

  @Test
  void byImdDecile() {
    // Decile 1 = E01000001 + E01000002: (1000 * 20 + 2000 * 10) / 3000 = 13.333; within 15
    // 2000 / 3000 = 66.667 %; 100 % from 30.
    assertArrayEquals(
        new Object[] {
          2, 3000.0, 40000 / 3000.0, 2000 * 100 / 3000.0, 100.0, 100.0, 100.0, 0.0, 0.0
        },
        values("imd_decile", "1", "gp", "transit"));
    // Decile 10 = E01000003: nothing reached by transit, no average, 0 %, 500 with no access.
    assertArrayEquals(
        new Object[] {1, 500.0, null, 0.0, 0.0, 0.0, 0.0, 500.0, 500.0},
        values("imd_decile", "10", "gp", "transit"));
    // ...by car G1 at 45:00: average 45 min, within 60 only.
    assertArrayEquals(
        new Object[] {1, 500.0, 45.0, 0.0, 0.0, 0.0, 100.0, 0.0, 0.0},
        values("imd_decile", "10", "gp", "car"));
    // Decile 5 holds only the BCP zone, outside the study area: an empty group, no averages.
    assertArrayEquals(
        new Object[] {0, 0.0, null, null, null, null, null, 0.0, 0.0},
        values("imd_decile", "5", "gp", "transit"));
  }

  @Test
  void byUrbanRural() {
    // Urban: E01000002 only (BCP's urban zone is outside); rural: E01000001; not classified:
    // E01000003 (rural_urban null).
    assertArrayEquals(
        new Object[] {1, 2000.0, 10.0, 100.0, 100.0, 100.0, 100.0, 0.0, 0.0},
        values("rural_urban", "urban", "gp", "transit"));
    assertArrayEquals(
        new Object[] {1, 1000.0, 20.0, 0.0, 100.0, 100.0, 100.0, 0.0, 0.0},
        values("rural_urban", "rural", "gp", "transit"));
    assertEquals(500.0, values("rural_urban", "not_classified", "gp", "transit")[7]);
  }

  @Test
  void unknownDecileGetsItsOwnRowOnlyWhenAStudyZoneHasOne() {
    List<Zone> zones = new ArrayList<>(IndicatorFixture.zones().zones());
    Zone c = zones.get(2);
    zones.set(
        2,
        new Zone(
            c.code(),
            c.name(),
            c.boundary(),
            true,
            c.totalPopulation(),
            c.populationByAgeBand(),
            0,
            c.ruralUrban(),
            c.originLat(),
            c.originLon(),
            c.originMethod()));
    ResultTable table =
        AccessibilityIndicators.compute(
                new ZoneSet(zones),
                IndicatorFixture.destinations(),
                IndicatorFixture.travelSeconds(),
                IndicatorSettings.defaults())
            .equity();
    long unknownRows = table.rows().stream().filter(r -> r[1].equals("unknown")).count();
    assertEquals(4, unknownRows); // 2 categories x 2 modes
    Object[] unknown =
        table.rows().stream()
            .filter(r -> r[1].equals("unknown") && r[2].equals("gp") && r[3].equals("car"))
            .findFirst()
            .orElseThrow();
    assertEquals(500.0, unknown[5]);
    assertNull(values("imd_decile", "7", "gp", "car")[2]);
  }
}
