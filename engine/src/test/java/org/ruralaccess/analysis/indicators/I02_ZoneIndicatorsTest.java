package org.ruralaccess.analysis.indicators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.ruralaccess.analysis.indicators.IndicatorFixture.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;

/** Per-zone indicators on {@link IndicatorFixture}; cutoffs 15, 30, 45, 60 minutes. */
class I02_ZoneIndicatorsTest {

  // the fixture's zones have LSOA codes (E01000001...), so the id column is the ONS LSOA21CD
  private static final String CODE = "LSOA21CD";

  private static ResultTable zoneTable(IndicatorSettings settings) {
    return AccessibilityIndicators.compute(
            IndicatorFixture.zones(),
            IndicatorFixture.destinations(),
            IndicatorFixture.travelSeconds(),
            settings)
        .zoneIndicators();
  }

  private static Object gp(ResultTable t, String zone, String column) {
    return cell(t, CODE, zone, "gp_" + column);
  }

  private static Object primary(ResultTable t, String zone, String column) {
    return cell(t, CODE, zone, "primary_school_" + column);
  }

  @Test
  void minimumTravelTimeIsTheNearestInMinutesAndNullWhenNoneIsReached() {
    ResultTable t = zoneTable(IndicatorSettings.defaults());
    // E01000001 GPs by transit: min(1200, 3000) s = 20 min; primary: P1 unreached, P2 4000 s
    // = 66.67 min (beyond every cutoff, still a minimum).
    assertEquals(20.0, gp(t, "E01000001", "transit_min_minutes"));
    assertEquals(4000 / 60.0, primary(t, "E01000001", "transit_min_minutes"));
    // E01000002: min(600, 899) = 600 s = 10 min; primary min(900, 1500) = 15 min.
    assertEquals(10.0, gp(t, "E01000002", "transit_min_minutes"));
    assertEquals(15.0, primary(t, "E01000002", "transit_min_minutes"));
    // E01000003 reaches nothing by transit: null, never a number.
    assertNull(gp(t, "E01000003", "transit_min_minutes"));
    assertNull(primary(t, "E01000003", "transit_min_minutes"));
    // ...but G1 by car in 2700 s = 45 min.
    assertEquals(45.0, gp(t, "E01000003", "car_min_minutes"));
  }

  @Test
  void countsOpportunitiesAndPercentPerCutoff() {
    ResultTable t = zoneTable(IndicatorSettings.defaults());
    // E01000001 GPs by transit at 1200 and 3000 s: below 900 none, below 1800 one, below 2700
    // one, below 3600 both.
    assertCounts(t, "gp", "E01000001", "transit", new int[] {0, 1, 1, 2});
    assertPercents(t, "gp", "E01000001", "transit", new double[] {0, 100, 100, 100});
    // E01000002 primary at 900 and 1500 s: 900 is not below 15:00, so n15 = 0, then both;
    // opportunities weigh P1 1 + P2 2 = 3.
    assertCounts(t, "primary_school", "E01000002", "transit", new int[] {0, 2, 2, 2});
    assertEquals(0.0, primary(t, "E01000002", "transit_opp15"));
    assertEquals(3.0, primary(t, "E01000002", "transit_opp30"));
    assertEquals(3.0, primary(t, "E01000002", "transit_opp60"));
    assertPercents(t, "primary_school", "E01000002", "transit", new double[] {0, 100, 100, 100});
    // E01000003 GPs by car: G1 at exactly 2700 s = 45:00 is not within 45, is within 60.
    assertCounts(t, "gp", "E01000003", "car", new int[] {0, 0, 0, 1});
    assertPercents(t, "gp", "E01000003", "car", new double[] {0, 0, 0, 100});
    // Nothing reached: zero counts and 0 %, not null.
    assertCounts(t, "gp", "E01000003", "transit", new int[] {0, 0, 0, 0});
    assertEquals(0.0, gp(t, "E01000003", "transit_opp60"));
    assertEquals(0.0, gp(t, "E01000003", "transit_pct60"));
  }

  @Test
  void cappedCountsStopAtTheCap() {
    // One zone, twelve GPs all 10 min away: 12 within 15 minutes, capped at 10 (JTS).
    List<Destination> twelve = new ArrayList<>();
    int[][] seconds = new int[4][12];
    for (int i = 0; i < 12; i++) {
      twelve.add(new Destination(String.format("G%02d", i), "GP", "gp", 50.7, -2.4, 1));
      for (int z = 0; z < 4; z++) {
        seconds[z][i] = 600;
      }
    }
    ResultTable t =
        AccessibilityIndicators.compute(
                IndicatorFixture.zones(),
                new DestinationSet(twelve),
                Map.of(TravelMode.TRANSIT, seconds),
                IndicatorSettings.defaults())
            .zoneIndicators();
    assertEquals(12, gp(t, "E01000002", "transit_n15"));
    assertEquals(10, gp(t, "E01000002", "transit_n15_capped"));
    assertEquals(12.0, gp(t, "E01000002", "transit_opp15"));
    // With a cap of 3 the fixture's two GPs stay 2 and the twelve become 3.
    ResultTable capped =
        AccessibilityIndicators.compute(
                IndicatorFixture.zones(),
                new DestinationSet(twelve),
                Map.of(TravelMode.TRANSIT, seconds),
                IndicatorSettings.defaults().withCapCount(3))
            .zoneIndicators();
    assertEquals(3, gp(capped, "E01000002", "transit_n60_capped"));
    assertEquals(
        2,
        gp(
            zoneTable(IndicatorSettings.defaults().withCapCount(3)),
            "E01000002",
            "transit_n60_capped"));
  }

  @Test
  void gravityWeighsOpportunitiesByTheDecay() {
    // Step at 60 min: E01000001 GPs 1200 and 3000 s both below 3600 -> 2; primary P2 4000 s -> 0.
    ResultTable step = zoneTable(IndicatorSettings.defaults());
    assertEquals(2.0, gp(step, "E01000001", "transit_gravity"));
    assertEquals(0.0, primary(step, "E01000001", "transit_gravity"));
    // E01000002 primary: P1 900 s (w 1) + P2 1500 s (w 2) -> 3.
    assertEquals(3.0, primary(step, "E01000002", "transit_gravity"));
    // Exponential, half-life 10 min: E01000001 GPs 0.5^(1200/600) + 0.5^(3000/600) = 0.25 +
    // 0.03125 = 0.28125; E01000002 0.5^1 + 0.5^(899/600) = 0.5 + 0.3539621 = 0.8539621.
    ResultTable exponential =
        zoneTable(
            IndicatorSettings.defaults().withDecay(DecayFunction.parse("exponential:10"), 60));
    assertEquals(0.28125, (double) gp(exponential, "E01000001", "transit_gravity"), 1e-12);
    assertEquals(0.8539621, (double) gp(exponential, "E01000002", "transit_gravity"), 1e-7);
    // Primary E01000002: 1 * 0.5^(900/600) + 2 * 0.5^(1500/600) = 0.3535534 + 2 * 0.1767767
    // = 0.7071068.
    assertEquals(0.7071068, (double) primary(exponential, "E01000002", "transit_gravity"), 1e-7);
    // Linear 10 min around 15 min: ramp over [600, 1200) s; G1 600 s -> 1 - 0.5/600, G2 899 s
    // -> 1 - 299.5/600; sum 2 - 300/600 = 1.5.
    ResultTable linear =
        zoneTable(IndicatorSettings.defaults().withDecay(DecayFunction.parse("linear:10"), 15));
    assertEquals(1.5, (double) gp(linear, "E01000002", "transit_gravity"), 1e-12);
  }

  @Test
  void usersComeFromTheCategorysAgeBandsOrTheTotal() {
    ResultTable t = zoneTable(IndicatorSettings.defaults());
    // GP users are everyone: 100+50+100+150+200+400 = 1000; primary users are aged 0-15: 100.
    assertEquals(1000.0, cell(t, CODE, "E01000001", "gp_users"));
    assertEquals(100.0, cell(t, CODE, "E01000001", "primary_school_users"));
    assertEquals(300.0, cell(t, CODE, "E01000002", "primary_school_users"));
    // E01000003 has no age bands: every category is weighted by its total, 500.
    assertEquals(500.0, cell(t, CODE, "E01000003", "primary_school_users"));
  }

  @Test
  void usersCanBeAskedForAnotherGroup() {
    // GP access for older residents only: E01000001's 65+ band is 400, E01000002's 400; the zone
    // without bands falls back to its total (500).
    ResultTable t =
        zoneTable(
            IndicatorSettings.defaults()
                .withUsers(
                    java.util.Map.of(
                        "gp",
                        java.util.EnumSet.of(org.ruralaccess.model.zone.AgeBand.AGE_65_PLUS))));
    assertEquals(400.0, cell(t, CODE, "E01000001", "gp_users"));
    assertEquals(400.0, cell(t, CODE, "E01000002", "gp_users"));
    assertEquals(500.0, cell(t, CODE, "E01000003", "gp_users"));
    // other categories keep their defaults
    assertEquals(100.0, cell(t, CODE, "E01000001", "primary_school_users"));
  }

  @Test
  void everyZoneHasARowWithItsAttributesAndGeometry() {
    ResultTable t = zoneTable(IndicatorSettings.defaults());
    assertEquals("zone_indicators", t.name());
    assertEquals(
        List.of("E01000001", "E01000002", "E01000003", "E01000004"),
        t.rows().stream().map(r -> r[0]).toList());
    assertEquals(
        List.of(
            "LSOA21CD",
            "LSOA21NM",
            "in_study_area",
            "population",
            "imd_decile",
            "rural_urban",
            "primary_school_users",
            "primary_school_transit_min_minutes"),
        t.columns().subList(0, 8));
    // The BCP zone is in the zone table, flagged outside the study area.
    assertArrayEquals(
        new Object[] {"E01000004", "BCP D", 0, 600.0, 5, "urban"},
        java.util.Arrays.copyOf(IndicatorFixture.row(t, CODE, "E01000004"), 6));
    assertArrayEquals(
        new Object[] {"E01000003", "Village C", 1, 500.0, 10, null},
        java.util.Arrays.copyOf(IndicatorFixture.row(t, CODE, "E01000003"), 6));
    // Boundary when there is one, else a point at the origin (lon -2.5, lat 50.72).
    assertSame(IndicatorFixture.RURAL_A_BOUNDARY, t.geometries().get(0));
    Point origin = (Point) t.geometries().get(1);
    assertEquals(-2.5, origin.getX(), 1e-12);
    assertEquals(50.72, origin.getY(), 1e-12);
  }

  private static void assertCounts(
      ResultTable t, String category, String zone, String mode, int[] expected) {
    int[] cutoffs = {15, 30, 45, 60};
    for (int k = 0; k < cutoffs.length; k++) {
      String prefix = category + "_" + mode + "_n" + cutoffs[k];
      assertEquals(expected[k], cell(t, CODE, zone, prefix), prefix);
      assertEquals(expected[k], cell(t, CODE, zone, prefix + "_capped"), prefix + "_capped");
    }
  }

  private static void assertPercents(
      ResultTable t, String category, String zone, String mode, double[] expected) {
    int[] cutoffs = {15, 30, 45, 60};
    for (int k = 0; k < cutoffs.length; k++) {
      String column = category + "_" + mode + "_pct" + cutoffs[k];
      assertEquals(expected[k], cell(t, CODE, zone, column), column);
    }
  }
}
