package org.ruralaccess.analysis.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralaccess.analysis.accessibility.RiderUsers;
import org.ruralaccess.analysis.indicators.AccessibilityIndicators;
import org.ruralaccess.analysis.indicators.AccessibilityResult;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.analysis.matrix.Percentiles;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * The community transport contribution table from hand-made indicator results: two zones, a GP and
 * a primary school, cutoffs 15/30/45/60 minutes.
 *
 * <pre>
 * zone  decile class  bands 0-15,16-24,25-34,35-49,50-64,65+  total
 * Z1    2      rural  100, 50, 100, 150, 200, 400              1000
 * Z2    9      urban  200, 100, 100, 100, 100, 100              700
 *
 * transit seconds   without schemes   with the older riders' schemes
 *                   G1     P1         G1     P1
 * Z1                -      3000       2400   3000
 * Z2                1500   600        1200   600
 * </pre>
 *
 * General riders may use no scheme: their "with" side is the "without" side.
 */
class C02_CommunityTransportContributionTest {

  private static final int U = Percentiles.UNREACHED;
  private static final int[][] WITHOUT = {{U, 3000}, {1500, 600}};
  private static final int[][] OLDER_WITH = {{2400, 3000}, {1200, 600}};

  @Test
  void everyTransitIndicatorWithoutWithAndChangePerRiderGroup() {
    CommunityTransportContribution.Result result = contribution();
    ResultTable table = result.table();

    assertEquals("community_transport", table.name());
    assertEquals(
        List.of(
            "zone_code",
            "zone_name",
            "in_study_area",
            "population",
            "imd_decile",
            "rural_urban",
            "rider",
            "primary_school_users",
            "primary_school_transit_min_minutes_without",
            "primary_school_transit_min_minutes_with",
            "primary_school_transit_min_minutes_change"),
        table.columns().subList(0, 11));
    // Per category: users once, then 1 + 4 x 4 + 1 = 18 transit measures, three columns each.
    assertEquals(7 + 2 * (1 + 18 * 3), table.columns().size());
    // Rider blocks in the order given, zones in ZoneSet order.
    assertEquals(
        List.of("general Z1", "general Z2", "older Z1", "older Z2"),
        table.rows().stream().map(r -> r[6] + " " + r[0]).toList());

    // Older, Z1: the GP was out of reach (null), 2,400 s = 40 min with the scheme; no change value
    // from null. Within 45 and 60 min: 0 -> 100. Users: the 65+ band, 400 (primary school too).
    assertNull(value(table, "older", "Z1", "gp_transit_min_minutes_without"));
    assertEquals(40.0, value(table, "older", "Z1", "gp_transit_min_minutes_with"));
    assertNull(value(table, "older", "Z1", "gp_transit_min_minutes_change"));
    assertEquals(100.0, value(table, "older", "Z1", "gp_transit_pct45_change"));
    assertEquals(0.0, value(table, "older", "Z1", "gp_transit_pct30_with"));
    assertEquals(1L, value(table, "older", "Z1", "gp_transit_n60_change"));
    assertEquals(1.0, value(table, "older", "Z1", "gp_transit_gravity_change"));
    assertEquals(400.0, value(table, "older", "Z1", "gp_users"));
    assertEquals(400.0, value(table, "older", "Z1", "primary_school_users"));
    // Older, Z2: 1,500 s = 25 min -> 1,200 s = 20 min, change -5; already within 30 min.
    assertEquals(-5.0, value(table, "older", "Z2", "gp_transit_min_minutes_change"));
    assertEquals(0.0, value(table, "older", "Z2", "gp_transit_pct30_change"));
    // The school is not served: 3,000 s = 50 min both ways, change 0.
    assertEquals(0.0, value(table, "older", "Z1", "primary_school_transit_min_minutes_change"));
    // General: the usual users (all 1,000 residents for a GP, the 100 aged 0-15 for a school),
    // nothing changes.
    assertEquals(1000.0, value(table, "general", "Z1", "gp_users"));
    assertEquals(100.0, value(table, "general", "Z1", "primary_school_users"));
    assertEquals(0.0, value(table, "general", "Z2", "gp_transit_min_minutes_change"));
  }

  @Test
  void residentsGainingAccessPerRiderGroup() {
    ResultTable changes = contribution().accessChanges();
    assertEquals("community_transport_access_changes", changes.name());
    assertEquals(
        List.of(
            "rider",
            "category",
            "cutoff_minutes",
            "group_type",
            "group",
            "zones_gaining",
            "residents_gaining",
            "zones_losing",
            "residents_losing"),
        changes.columns());
    // Older riders of Z1 (400 aged 65+) newly reach the GP within 45 and 60 minutes; Z2 was
    // within 30 minutes already (25 min); nobody gains within 15 or 30 minutes.
    assertEquals("[older, gp, 45, all, all, 1, 400, 0, 0]", row(changes, "older", "gp", 45, "all"));
    assertEquals("[older, gp, 60, all, all, 1, 400, 0, 0]", row(changes, "older", "gp", 60, "all"));
    assertEquals("[older, gp, 30, all, all, 0, 0, 0, 0]", row(changes, "older", "gp", 30, "all"));
    assertEquals(
        "[older, gp, 45, imd_decile, 2, 1, 400, 0, 0]", row(changes, "older", "gp", 45, "2"));
    // the age rows count every resident of the gaining zone, band by band
    assertEquals(
        "[older, gp, 45, age_band, Aged 50 to 64 years, 1, 200, 0, 0]",
        row(changes, "older", "gp", 45, "Aged 50 to 64 years"));
    // General riders gain nothing; the school gains nothing for anyone.
    assertEquals(
        "[general, gp, 45, all, all, 0, 0, 0, 0]", row(changes, "general", "gp", 45, "all"));
    assertEquals(
        "[older, primary_school, 60, all, all, 0, 0, 0, 0]",
        row(changes, "older", "primary_school", 60, "all"));
  }

  private static CommunityTransportContribution.Result contribution() {
    IndicatorSettings settings = IndicatorSettings.defaults();
    return CommunityTransportContribution.of(
        zones(),
        List.of(
            new CommunityTransportContribution.RiderSides(
                RiderGroup.GENERAL,
                result(WITHOUT, RiderGroup.GENERAL),
                result(WITHOUT, RiderGroup.GENERAL)),
            new CommunityTransportContribution.RiderSides(
                RiderGroup.OLDER,
                result(WITHOUT, RiderGroup.OLDER),
                result(OLDER_WITH, RiderGroup.OLDER))),
        settings.cutoffsMinutes());
  }

  private static AccessibilityResult result(int[][] transit, RiderGroup rider) {
    Map<TravelMode, int[][]> seconds = new EnumMap<>(TravelMode.class);
    seconds.put(TravelMode.TRANSIT, transit);
    return AccessibilityIndicators.compute(
        zones(), destinations(), seconds, RiderUsers.settings(rider, IndicatorSettings.defaults()));
  }

  private static ZoneSet zones() {
    return new ZoneSet(
        List.of(
            zone("Z1", new double[] {100, 50, 100, 150, 200, 400}, 2, "rural"),
            zone("Z2", new double[] {200, 100, 100, 100, 100, 100}, 9, "urban")));
  }

  private static Zone zone(String code, double[] bands, int decile, String ruralUrban) {
    double total = Arrays.stream(bands).sum();
    return new Zone(code, code, null, true, total, bands, decile, ruralUrban, 50.7, -2.5, "given");
  }

  private static DestinationSet destinations() {
    return new DestinationSet(
        List.of(
            new Destination("G1", "Surgery", "gp", 50.71, -2.45, 1),
            new Destination("P1", "School", "primary_school", 50.72, -2.44, 1)));
  }

  private static Object value(ResultTable table, String rider, String zone, String column) {
    int c = table.columns().indexOf(column);
    if (c < 0) {
      throw new AssertionError("no column " + column + " in " + table.columns());
    }
    return table.rows().stream()
        .filter(r -> r[6].equals(rider) && r[0].equals(zone))
        .findFirst()
        .orElseThrow()[c];
  }

  private static String row(
      ResultTable table, String rider, String category, int cutoff, String group) {
    return Arrays.toString(
        table.rows().stream()
            .filter(
                r ->
                    r[0].equals(rider)
                        && r[1].equals(category)
                        && r[2].equals(cutoff)
                        && r[4].equals(group))
            .findFirst()
            .orElseThrow());
  }
}
