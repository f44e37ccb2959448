package org.ruralaccess.analysis.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralaccess.model.TravelMode;

/**
 * A finished table's header read back into indicators: every indicator column of a real zone table
 * (both styles) is found, with its category, mode, measure and cutoff; zone attributes and users
 * are not indicators.
 */
class I06_ColumnCatalogueTest {

  private static final int[] CUTOFFS = {15, 30, 45, 60};

  @Test
  void everyIndicatorColumnOfAnEngineTableIsFound() {
    List<String> header =
        AccessibilityIndicators.compute(
                IndicatorFixture.zones(),
                IndicatorFixture.destinations(),
                IndicatorFixture.travelSeconds(),
                IndicatorSettings.defaults())
            .zoneIndicators()
            .columns();
    List<IndicatorColumnCatalogue.Column> found = IndicatorColumnCatalogue.of(header, "", CUTOFFS);
    // 2 categories (gp, primary_school) x the fixture's 2 modes (transit, car) x 18 measures:
    // min time + 4 capped counts + 4 % of users + 4 counts + 4 opportunities + gravity
    assertEquals(2 * 2 * 18, found.size());
    List<String> notIndicators = new ArrayList<>(header);
    found.forEach(c -> notIndicators.remove(c.name()));
    assertEquals(
        // the fixture's zones are LSOAs (E01...), so the id columns take the ONS names
        List.of(
            "LSOA21CD",
            "LSOA21NM",
            "in_study_area",
            "population",
            "imd_decile",
            "rural_urban",
            // schools before health: the categories' order in DestinationCategory
            "primary_school_users",
            "gp_users"),
        notIndicators);
    assertEquals(
        new IndicatorColumnCatalogue.Column(
            "primary_school_car_pct30",
            "primary_school",
            TravelMode.CAR,
            IndicatorColumnCatalogue.Measure.PERCENT_USERS,
            30),
        found.stream()
            .filter(c -> c.name().equals("primary_school_car_pct30"))
            .findFirst()
            .orElseThrow());
  }

  @Test
  void jtsNamesAndAComparisonsChangeColumnsAreReadBack() {
    List<String> jts =
        List.of("LSOA21CD", "GP_pop", "GPPTt", "GPPT15pct", "GPCyc30opp", "GPCargrav");
    assertEquals(
        List.of(
            new IndicatorColumnCatalogue.Column(
                "GPPTt", "gp", TravelMode.TRANSIT, IndicatorColumnCatalogue.Measure.MIN_TIME, 0),
            new IndicatorColumnCatalogue.Column(
                "GPPT15pct",
                "gp",
                TravelMode.TRANSIT,
                IndicatorColumnCatalogue.Measure.PERCENT_USERS,
                15),
            new IndicatorColumnCatalogue.Column(
                "GPCyc30opp",
                "gp",
                TravelMode.BIKE,
                IndicatorColumnCatalogue.Measure.OPPORTUNITIES,
                30),
            new IndicatorColumnCatalogue.Column(
                "GPCargrav", "gp", TravelMode.CAR, IndicatorColumnCatalogue.Measure.GRAVITY, 0)),
        IndicatorColumnCatalogue.of(jts, "", CUTOFFS));
    // a comparison names each indicator thrice; the change column lists it once, by its base name;
    // a category the engine does not know (museum) is read from the column itself
    List<String> comparison =
        List.of(
            "zone_code",
            "museum_transit_n10_base",
            "museum_transit_n10_scenario",
            "museum_transit_n10_change");
    assertEquals(
        List.of(
            new IndicatorColumnCatalogue.Column(
                "museum_transit_n10",
                "museum",
                TravelMode.TRANSIT,
                IndicatorColumnCatalogue.Measure.COUNT,
                10)),
        IndicatorColumnCatalogue.of(comparison, "_change", new int[] {10}));
  }
}
