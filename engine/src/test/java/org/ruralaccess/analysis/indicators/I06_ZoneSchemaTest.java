package org.ruralaccess.analysis.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.analysis.table.ColumnType;
import org.ruralaccess.analysis.table.MapScale;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * The zone table's schema: the id column named {@code LSOA21CD} when the zones are LSOAs and {@code
 * zone_code} otherwise; every column's type and unit fixed by what it measures (not by its values);
 * and the columns a map shows.
 */
class I06_ZoneSchemaTest {

  private static ResultTable zoneTable(ZoneSet zones, IndicatorSettings settings) {
    // every destination 600 s away, except from the third zone, which reaches none
    int[][] transit = new int[zones.size()][4];
    for (int z = 0; z < zones.size(); z++) {
      java.util.Arrays.fill(transit[z], z == 2 ? IndicatorFixture.U : 600);
    }
    return AccessibilityIndicators.compute(
            zones, IndicatorFixture.destinations(), Map.of(TravelMode.TRANSIT, transit), settings)
        .zoneIndicators();
  }

  private static ZoneSet withCodes(String... codes) {
    List<Zone> zones = new ArrayList<>();
    for (Zone zone : IndicatorFixture.zones().zones().subList(0, codes.length)) {
      zones.add(
          new Zone(
              codes[zones.size()],
              zone.name(),
              zone.boundary(),
              zone.inStudyArea(),
              zone.totalPopulation(),
              zone.populationByAgeBand(),
              zone.imdDecile(),
              zone.ruralUrban(),
              zone.originLat(),
              zone.originLon(),
              zone.originMethod()));
    }
    return new ZoneSet(zones);
  }

  @Test
  void lsoaZonesAreNamedAsTheOnsNamesThemOtherZonesKeepZoneCode() {
    IndicatorSettings engine = IndicatorSettings.defaults();
    // English and Welsh LSOA codes: E01/W01 and six digits
    assertEquals(
        List.of("LSOA21CD", "LSOA21NM"),
        zoneTable(withCodes("E01020373", "W01000001"), engine).columns().subList(0, 2));
    // r5r's hexagon ids, a grid cell, and one code short of a digit: not LSOAs
    assertEquals(
        List.of("zone_code", "zone_name"),
        zoneTable(withCodes("89a90128003ffff", "E01020373"), engine).columns().subList(0, 2));
    assertEquals(
        List.of("zone_code", "zone_name"),
        zoneTable(withCodes("E0102037"), engine).columns().subList(0, 2));
    // an MSOA (E02) is not an LSOA
    assertFalse(withCodes("E02000001").areLsoas());
    assertTrue(withCodes("E01000001").areLsoas());
    assertFalse(new ZoneSet(List.of()).areLsoas());
    // JTS style keeps its own names whatever the zones
    assertEquals(
        List.of("LSOA21CD", "LSOA21NM"),
        zoneTable(withCodes("Z1"), engine.withStyle(IndicatorStyle.JTS)).columns().subList(0, 2));
  }

  @Test
  void typesAndUnitsComeFromWhatEachColumnMeasures() {
    ResultTable table = zoneTable(IndicatorFixture.zones(), IndicatorSettings.defaults());
    assertEquals(
        "LSOA21CD TEXT |in_study_area INTEGER 1 = yes, 0 = no|population REAL people"
            + "|imd_decile INTEGER decile (1 = most deprived 10%)|rural_urban TEXT ",
        describe(table, "LSOA21CD", "in_study_area", "population", "imd_decile", "rural_urban"));
    assertEquals(
        "gp_users REAL people|gp_transit_min_minutes REAL minutes"
            + "|gp_transit_n15_capped INTEGER count|gp_transit_pct30 REAL percent"
            + "|gp_transit_n60 INTEGER count|gp_transit_opp45 REAL opportunities"
            + "|gp_transit_gravity REAL weighted opportunities",
        describe(
            table,
            "gp_users",
            "gp_transit_min_minutes",
            "gp_transit_n15_capped",
            "gp_transit_pct30",
            "gp_transit_n60",
            "gp_transit_opp45",
            "gp_transit_gravity"));
    // 600 s = 10 minutes; the zone that reaches nothing has no value, the column is still REAL
    int minutes = table.columns().indexOf("gp_transit_min_minutes");
    assertEquals(10.0, IndicatorFixture.row(table, "LSOA21CD", "E01000001")[minutes]);
    assertEquals(null, IndicatorFixture.row(table, "LSOA21CD", "E01000003")[minutes]);
    assertEquals(
        "travel time to the nearest gp destination by public transport (with walking), at the"
            + " run's percentile over the departure window; empty when none is reached within the"
            + " maximum trip time",
        table.schema().get(table.columns().indexOf("gp_transit_min_minutes")).meaning());
  }

  @Test
  void mapsShowMinimumTimesAndThePercentWithin30And60() {
    ResultTable table = zoneTable(IndicatorFixture.zones(), IndicatorSettings.defaults());
    // 2 categories (primary_school, gp) x transit: the minimum time, pct30 and pct60
    assertEquals(
        List.of(
            "primary_school_transit_min_minutes TRAVEL_TIME",
            "primary_school_transit_pct30 PERCENT",
            "primary_school_transit_pct60 PERCENT",
            "gp_transit_min_minutes TRAVEL_TIME",
            "gp_transit_pct30 PERCENT",
            "gp_transit_pct60 PERCENT"),
        mapped(table));
    // cutoffs without 30 or 60: the largest one is mapped
    IndicatorSettings twentyForty =
        new IndicatorSettings(
            new int[] {20, 40}, 10, 60, new DecayFunction.Step(), IndicatorStyle.ENGINE);
    assertEquals(
        List.of(
            "primary_school_transit_min_minutes TRAVEL_TIME",
            "primary_school_transit_pct40 PERCENT",
            "gp_transit_min_minutes TRAVEL_TIME",
            "gp_transit_pct40 PERCENT"),
        mapped(zoneTable(IndicatorFixture.zones(), twentyForty)));
  }

  private static List<String> mapped(ResultTable table) {
    return table.schema().stream()
        .filter(c -> c.mapScale() != MapScale.NONE)
        .map(c -> c.name() + " " + c.mapScale())
        .toList();
  }

  private static String describe(ResultTable table, String... names) {
    List<String> parts = new ArrayList<>();
    for (String name : names) {
      Column column = table.schema().get(table.columns().indexOf(name));
      parts.add(column.name() + " " + column.type() + " " + column.unit());
    }
    return String.join("|", parts);
  }

  @Test
  void everyValueFitsItsColumnType() {
    // ResultTable checks each value against its column when made: building the fixture's table
    // with all its nulls (unreached zones, unknown deciles) passes, and REAL holds no text
    ResultTable table = zoneTable(IndicatorFixture.zones(), IndicatorSettings.defaults());
    for (int c = 0; c < table.schema().size(); c++) {
      for (Object[] row : table.rows()) {
        assertTrue(table.schema().get(c).accepts(row[c]), table.columns().get(c));
      }
      if (table.schema().get(c).type() != ColumnType.TEXT) {
        assertFalse(table.schema().get(c).accepts("12"));
      }
    }
  }
}
