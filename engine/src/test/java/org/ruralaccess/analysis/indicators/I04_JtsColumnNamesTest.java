package org.ruralaccess.analysis.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ruralaccess.analysis.indicators.IndicatorFixture.cell;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.destination.DestinationSet;

/**
 * {@code --style jts}: the DfT JTS05 LSOA table names (JTS0505 for GPs: GP_pop, GPPTt, GPPT15n ..
 * GPPT60pct, GPCyct .., GPCart .., GPWalkt ..), with rae's extra measures named alike.
 */
class I04_JtsColumnNamesTest {

  @Test
  void gpsByTransitAndCarWrittenOut() {
    DestinationSet gps =
        new DestinationSet(IndicatorFixture.destinations().destinations().subList(0, 2));
    int[][] transit = {
      {1200, 3000}, {600, 899}, {IndicatorFixture.U, IndicatorFixture.U}, {60, 60}
    };
    int[][] car = {{300, 900}, {120, 120}, {2700, IndicatorFixture.U}, {60, 60}};
    // Car first in the map: the column order must still be PT, then Car (JTS order).
    Map<TravelMode, int[][]> seconds = new java.util.LinkedHashMap<>();
    seconds.put(TravelMode.CAR, car);
    seconds.put(TravelMode.TRANSIT, transit);
    AccessibilityResult result =
        AccessibilityIndicators.compute(
            IndicatorFixture.zones(),
            gps,
            seconds,
            IndicatorSettings.defaults().withStyle(IndicatorStyle.JTS));
    assertEquals(
        List.of(
            "LSOA21CD",
            "LSOA21NM",
            "in_study_area",
            "population",
            "imd_decile",
            "rural_urban",
            "GP_pop",
            "GPPTt",
            "GPPT15n",
            "GPPT30n",
            "GPPT45n",
            "GPPT60n",
            "GPPT15pct",
            "GPPT30pct",
            "GPPT45pct",
            "GPPT60pct",
            "GPPT15nAll",
            "GPPT30nAll",
            "GPPT45nAll",
            "GPPT60nAll",
            "GPPT15opp",
            "GPPT30opp",
            "GPPT45opp",
            "GPPT60opp",
            "GPPTgrav",
            "GPCart",
            "GPCar15n",
            "GPCar30n",
            "GPCar45n",
            "GPCar60n",
            "GPCar15pct",
            "GPCar30pct",
            "GPCar45pct",
            "GPCar60pct",
            "GPCar15nAll",
            "GPCar30nAll",
            "GPCar45nAll",
            "GPCar60nAll",
            "GPCar15opp",
            "GPCar30opp",
            "GPCar45opp",
            "GPCar60opp",
            "GPCargrav"),
        result.zoneIndicators().columns());
    // Same values as the engine style: 10 min to the nearest GP by PT from E01000002.
    assertEquals(10.0, cell(result.zoneIndicators(), "LSOA21CD", "E01000002", "GPPTt"));
    assertEquals(2, cell(result.zoneIndicators(), "LSOA21CD", "E01000002", "GPPT15n"));
    assertEquals(100.0, cell(result.zoneIndicators(), "LSOA21CD", "E01000002", "GPPT15pct"));
    assertEquals(1000.0, cell(result.zoneIndicators(), "LSOA21CD", "E01000001", "GP_pop"));
    // The equity table keeps its column names and labels categories and modes JTS-style.
    Object[] first = result.equity().rows().get(0);
    assertEquals(List.of("all", "all", "GP", "PT"), List.of(first).subList(0, 4));
    assertEquals("Car", result.equity().rows().get(1)[3]);
  }

  @Test
  void allFourModesInJtsOrder() {
    int[][] seconds = {{60, 60}, {60, 60}, {60, 60}, {60, 60}};
    Map<TravelMode, int[][]> byMode =
        Map.of(
            TravelMode.WALK,
            seconds,
            TravelMode.CAR,
            seconds,
            TravelMode.BIKE,
            seconds,
            TravelMode.TRANSIT,
            seconds);
    List<String> columns =
        AccessibilityIndicators.compute(
                IndicatorFixture.zones(),
                new DestinationSet(IndicatorFixture.destinations().destinations().subList(0, 2)),
                byMode,
                IndicatorSettings.defaults().withStyle(IndicatorStyle.JTS))
            .zoneIndicators()
            .columns();
    assertEquals(
        List.of("GPPTt", "GPCyct", "GPCart", "GPWalkt"),
        columns.stream().filter(c -> c.matches("GP(PT|Cyc|Car|Walk)t")).toList());
  }
}
