package org.ruralaccess.analysis.comparison;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralaccess.analysis.indicators.AccessibilityIndicators;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * Zones classed by the ONS 2021 rural-urban classification carry a {@code RUC21CD} column after
 * {@code rural_urban}: a comparison keeps it with the zone's identity, never compares it.
 */
class C04_RuralUrbanClassColumnTest {

  @Test
  void theClassColumnIsPartOfTheZonesIdentity() {
    ZoneSet zones =
        new ZoneSet(
            List.of(
                new Zone(
                    "Z1", "One", null, true, 100, new double[6], 2, "RSF1", 50.7, -2.5, "given"),
                new Zone(
                    "Z2", "Two", null, true, 50, new double[6], 9, "UN1", 50.7, -2.4, "given")));
    DestinationSet gp =
        new DestinationSet(List.of(new Destination("G1", "Surgery", "gp", 50.7, -2.45, 1)));
    ResultTable before = table(zones, gp, new int[][] {{3000}, {600}});
    ResultTable after = table(zones, gp, new int[][] {{1500}, {600}});
    ResultTable comparison = ComparisonTable.of(before, after);
    assertEquals(
        List.of(
            "zone_code",
            "zone_name",
            "in_study_area",
            "population",
            "imd_decile",
            "rural_urban",
            "RUC21CD",
            "gp_transit_min_minutes_base",
            "gp_transit_min_minutes_scenario",
            "gp_transit_min_minutes_change"),
        comparison.columns().subList(0, 10));
    // Z1: 50 minutes before, 25 after: -25
    assertArrayEquals(
        new Object[] {"Z1", "One", 1, 100.0, 2, "rural", "RSF1", 50.0, 25.0, -25.0},
        java.util.Arrays.copyOf(comparison.rows().get(0), 10));
  }

  private static ResultTable table(ZoneSet zones, DestinationSet destinations, int[][] transit) {
    Map<TravelMode, int[][]> seconds = new EnumMap<>(TravelMode.class);
    seconds.put(TravelMode.TRANSIT, transit);
    return AccessibilityIndicators.compute(
            zones, destinations, seconds, IndicatorSettings.defaults())
        .zoneIndicators();
  }
}
