package org.ruralaccess.analysis.indicators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ruralaccess.analysis.indicators.IndicatorFixture.cell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralaccess.analysis.accessibility.RiderUsers;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.AgeBand;
import org.ruralaccess.model.zone.AgeTable;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * Zones counted with Census table TS007A's five-year bands and classed by the ONS 2021 rural-urban
 * classification: colleges' users are the 15-19s (not 16-24), older riders the 60+ exactly, and the
 * equity table has one group per RUC21 class.
 *
 * <pre>
 * zone       study decile RUC21  five-year bands (0-4 ... 85+)                         total
 * E01000001  yes   3      RSF1   10,10,10,30,20, 10 x 7 (25-59), 40,50,30,20,10,5       305
 * E01000002  yes   8      UN1    10 in each of the 18 bands                               180
 * E01000003  no    5      RLN1   10 in each of the 18 bands                               180
 *
 * transit seconds   F1 (college)   G1 (GP)
 * E01000001         1800           4000
 * E01000002          600            300
 * E01000003           60             60
 * </pre>
 */
class I06_CensusAgeBandsAndRuralUrbanClassesTest {

  private static final double[] RURAL_BANDS = {
    10, 10, 10, 30, 20, 10, 10, 10, 10, 10, 10, 10, 40, 50, 30, 20, 10, 5
  };
  private static final double[] EVEN_BANDS = new double[18];

  static {
    Arrays.fill(EVEN_BANDS, 10);
  }

  private static ZoneSet zones() {
    return new ZoneSet(
        List.of(
            zone("E01000001", true, 305, RURAL_BANDS, 3, "RSF1"),
            zone("E01000002", true, 180, EVEN_BANDS, 8, "UN1"),
            zone("E01000003", false, 180, EVEN_BANDS, 5, "RLN1")));
  }

  private static Zone zone(
      String code, boolean study, double total, double[] fiveYear, int decile, String ruc) {
    double[] bands = new double[AgeBand.values().length];
    Arrays.fill(bands, Double.NaN);
    List<AgeBand> five = AgeBand.of(AgeTable.FIVE_YEAR);
    for (int b = 0; b < five.size(); b++) {
      bands[five.get(b).ordinal()] = fiveYear[b];
    }
    return new Zone(code, code, null, study, total, bands, decile, ruc, 50.7, -2.5, "given");
  }

  private static AccessibilityResult compute(IndicatorSettings settings) {
    DestinationSet destinations =
        new DestinationSet(
            List.of(
                new Destination("F1", "College", "further_education", 50.71, -2.45, 1),
                new Destination("G1", "Surgery", "gp", 50.72, -2.44, 1)));
    Map<TravelMode, int[][]> seconds = new EnumMap<>(TravelMode.class);
    seconds.put(TravelMode.TRANSIT, new int[][] {{1800, 4000}, {600, 300}, {60, 60}});
    return AccessibilityIndicators.compute(zones(), destinations, seconds, settings);
  }

  @Test
  void collegeUsersAreTheFifteenToNineteensAndOlderRidersTheSixtyPlus() {
    assertEquals(AgeTable.FIVE_YEAR, zones().zone(0).ageTable().orElseThrow());
    ResultTable general = compute(IndicatorSettings.defaults()).zoneIndicators();
    assertEquals(30.0, cell(general, "LSOA21CD", "E01000001", "further_education_users"));
    assertEquals(10.0, cell(general, "LSOA21CD", "E01000002", "further_education_users"));
    // GP users are everyone: the sum of the 18 bands (305 and 18 x 10 = 180)
    assertEquals(305.0, cell(general, "LSOA21CD", "E01000001", "gp_users"));
    assertEquals(180.0, cell(general, "LSOA21CD", "E01000002", "gp_users"));

    ResultTable older =
        compute(RiderUsers.settings(RiderGroup.OLDER, IndicatorSettings.defaults()))
            .zoneIndicators();
    // 60-64 + 65-69 + 70-74 + 75-79 + 80-84 + 85+ = 40 + 50 + 30 + 20 + 10 + 5 = 155; 6 x 10 = 60
    assertEquals(155.0, cell(older, "LSOA21CD", "E01000001", "gp_users"));
    assertEquals(60.0, cell(older, "LSOA21CD", "E01000002", "gp_users"));
  }

  @Test
  void zoneRowsCarryTheFlagAndTheOnsClass() {
    ResultTable t = compute(IndicatorSettings.defaults()).zoneIndicators();
    assertEquals(
        List.of(
            "LSOA21CD",
            "LSOA21NM",
            "in_study_area",
            "population",
            "imd_decile",
            "rural_urban",
            "RUC21CD",
            "further_education_users"),
        t.columns().subList(0, 8));
    assertArrayEquals(
        new Object[] {"E01000001", "E01000001", 1, 305.0, 3, "rural", "RSF1"},
        Arrays.copyOf(IndicatorFixture.row(t, "LSOA21CD", "E01000001"), 7));
    assertEquals("urban", cell(t, "LSOA21CD", "E01000002", "rural_urban"));
  }

  @Test
  void equityHasARowPerRuralUrbanClassAndTheFlagFollowsTheClass() {
    ResultTable equity = compute(IndicatorSettings.defaults()).equity();
    // groups: all, deciles 1..10, urban, rural, not_classified, 6 RUC21 classes = 20;
    // x 2 categories (further_education, gp) x 1 mode
    assertEquals(20 * 2, equity.rows().size());
    List<String> ruc = new ArrayList<>();
    for (Object[] row : equity.rows()) {
      if (row[0].equals("ruc21") && row[2].equals("gp")) {
        ruc.add((String) row[1]);
      }
    }
    assertEquals(List.of("UN1", "UF1", "RLN1", "RLF1", "RSN1", "RSF1"), ruc);
    // RSF1 (E01000001), colleges by transit: 1 zone, 30 users, 30.0 minutes; within 15 and 30
    // minutes none (1800 s is not below 30:00), within 45 and 60 all; nobody without access.
    assertArrayEquals(
        new Object[] {1, 30.0, 30.0, 0.0, 0.0, 100.0, 100.0, 0.0, 0.0},
        values(equity, "ruc21", "RSF1", "further_education"));
    // the rural flag of RSF1: GP at 4000 s = 66.67 minutes, beyond 60: all 305 without access
    Object[] rural = values(equity, "rural_urban", "rural", "gp");
    assertEquals(305.0, rural[1]);
    assertEquals(4000 / 60.0, (double) rural[2], 1e-12);
    assertEquals(305.0, rural[7]);
    // RLN1's only zone is outside the study area: an empty row
    assertArrayEquals(
        new Object[] {0, 0.0, null, null, null, null, null, 0.0, 0.0},
        values(equity, "ruc21", "RLN1", "gp"));
  }

  private static Object[] values(ResultTable equity, String type, String group, String category) {
    for (Object[] row : equity.rows()) {
      if (row[0].equals(type) && row[1].equals(group) && row[2].equals(category)) {
        return Arrays.copyOfRange(row, 4, row.length);
      }
    }
    throw new AssertionError("no row " + type + " " + group + " " + category);
  }
}
