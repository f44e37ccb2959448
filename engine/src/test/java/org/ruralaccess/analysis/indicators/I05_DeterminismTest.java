package org.ruralaccess.analysis.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;

/** Same inputs, same tables, whatever the map's order; wrong shapes are refused. */
class I05_DeterminismTest {

  @Test
  void mapOrderDoesNotLeakIntoTheTables() {
    Map<TravelMode, int[][]> carFirst = new LinkedHashMap<>();
    carFirst.put(TravelMode.CAR, IndicatorFixture.CAR);
    carFirst.put(TravelMode.TRANSIT, IndicatorFixture.TRANSIT);
    Map<TravelMode, int[][]> hashed = new HashMap<>(IndicatorFixture.travelSeconds());
    AccessibilityResult a = compute(carFirst);
    AccessibilityResult b = compute(hashed);
    assertSameTable(a.zoneIndicators(), b.zoneIndicators());
    assertSameTable(a.equity(), b.equity());
    // Transit before car, as JTS: PT columns come first.
    List<String> columns = a.zoneIndicators().columns();
    assertTrue(columns.indexOf("gp_transit_min_minutes") < columns.indexOf("gp_car_min_minutes"));
  }

  @Test
  void categoriesFollowTheJtsTableOrderNotTheAlphabet() {
    // "gp" sorts before "primary_school" alphabetically; JTS (and DestinationCategory) put
    // primary schools first.
    List<String> columns = compute(IndicatorFixture.travelSeconds()).zoneIndicators().columns();
    assertTrue(columns.indexOf("primary_school_users") < columns.indexOf("gp_users"));
  }

  @Test
  void unknownCategoryIsWeightedByAllResidents() {
    DestinationSet withUnknown =
        new DestinationSet(
            List.of(
                new Destination("G1", "Surgery", "gp", 50.7, -2.4, 1),
                new Destination("L1", "Library", "Public library", 50.7, -2.4, 1)));
    int[][] seconds = {{600, 600}, {600, 600}, {600, 600}, {600, 600}};
    ResultTable t =
        AccessibilityIndicators.compute(
                IndicatorFixture.zones(),
                withUnknown,
                Map.of(TravelMode.WALK, seconds),
                IndicatorSettings.defaults())
            .zoneIndicators();
    assertEquals(1000.0, IndicatorFixture.cell(t, "LSOA21CD", "E01000001", "public_library_users"));
    assertTrue(t.columns().indexOf("gp_users") < t.columns().indexOf("public_library_users"));
  }

  @Test
  void travelTimesOfTheWrongShapeAreRefused() {
    Map<TravelMode, int[][]> short1 = Map.of(TravelMode.WALK, new int[][] {{1, 2, 3, 4}});
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> compute(short1));
    assertTrue(e.getMessage().contains("1 zone rows for 4 zones"), e.getMessage());
    int[][] narrow = {{1, 2, 3, 4}, {1, 2, 3}, {1, 2, 3, 4}, {1, 2, 3, 4}};
    assertThrows(IllegalArgumentException.class, () -> compute(Map.of(TravelMode.WALK, narrow)));
  }

  private static AccessibilityResult compute(Map<TravelMode, int[][]> seconds) {
    return AccessibilityIndicators.compute(
        IndicatorFixture.zones(),
        IndicatorFixture.destinations(),
        seconds,
        IndicatorSettings.defaults());
  }

  private static void assertSameTable(ResultTable a, ResultTable b) {
    assertEquals(a.columns(), b.columns());
    assertEquals(a.rows().size(), b.rows().size());
    for (int i = 0; i < a.rows().size(); i++) {
      assertTrue(Arrays.equals(a.rows().get(i), b.rows().get(i)), "row " + i);
    }
  }
}
