package org.ruralaccess.analysis.comparison;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.accessibility.RiderIndicators;
import org.ruralaccess.analysis.accessibility.RiderUsers;
import org.ruralaccess.analysis.indicators.AccessibilityIndicators;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.analysis.indicators.IndicatorStyle;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.analysis.table.StackedTable;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * A scenario's effect per rider group ({@code rae compare --riders}): for each group, transit with
 * the community transport schemes the group may use, baseline against scenario, with the group's
 * users. A scenario that adds a dial-a-ride for older riders changes nothing for general riders;
 * this is where it shows. Tables {@code rider_comparison} (per zone, the transit indicators that
 * change for any group; stacked by group) and {@code rider_access_changes} (as {@code
 * access_changes}, per group). Only transit: a scenario changes no walking, cycling or driving.
 */
public final class RiderComparison {

  public static final String NAME = "rider_comparison";
  public static final String ACCESS_CHANGES = "rider_access_changes";

  /** The zone attribute columns before {@code rider}. */
  private static final int ZONE_COLUMNS = 6;

  private RiderComparison() {}

  /**
   * @param before transit seconds [zone][destination] per rider group on the baseline
   * @param after the same on the scenario network
   * @param settings the run's settings; the tables are named in its style
   */
  public static List<ResultTable> tables(
      ZoneSet zones,
      DestinationSet destinations,
      Map<RiderGroup, int[][]> before,
      Map<RiderGroup, int[][]> after,
      IndicatorSettings settings) {
    List<ResultTable> befores = new ArrayList<>();
    List<ResultTable> afters = new ArrayList<>();
    LinkedHashMap<String, ResultTable> changes = new LinkedHashMap<>();
    for (RiderGroup rider : before.keySet()) {
      IndicatorSettings riderSettings = RiderUsers.settings(rider, settings);
      befores.add(transit(zones, destinations, before.get(rider), riderSettings));
      afters.add(transit(zones, destinations, after.get(rider), riderSettings));
      // access changes read the engine-style columns
      IndicatorSettings engine = riderSettings.withStyle(IndicatorStyle.ENGINE);
      changes.put(
          rider.label(),
          AccessChangeSummary.of(
              zones,
              transit(zones, destinations, before.get(rider), engine),
              transit(zones, destinations, after.get(rider), engine),
              settings.cutoffsMinutes()));
    }
    List<ResultTable> comparisons = ComparisonTable.of(NAME, befores, afters);
    LinkedHashMap<String, ResultTable> blocks = new LinkedHashMap<>();
    int i = 0;
    for (RiderGroup rider : before.keySet()) {
      blocks.put(rider.label(), comparisons.get(i++));
    }
    return List.of(
        StackedTable.of(NAME, RiderIndicators.RIDER_COLUMN, ZONE_COLUMNS, blocks),
        StackedTable.of(ACCESS_CHANGES, RiderIndicators.RIDER_COLUMN, 0, changes));
  }

  private static ResultTable transit(
      ZoneSet zones, DestinationSet destinations, int[][] seconds, IndicatorSettings settings) {
    Map<TravelMode, int[][]> byMode = new EnumMap<>(TravelMode.class);
    byMode.put(TravelMode.TRANSIT, seconds);
    return AccessibilityIndicators.compute(zones, destinations, byMode, settings).zoneIndicators();
  }
}
