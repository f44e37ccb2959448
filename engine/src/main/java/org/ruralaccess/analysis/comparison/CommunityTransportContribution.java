package org.ruralaccess.analysis.comparison;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.accessibility.RiderIndicators;
import org.ruralaccess.analysis.accessibility.RiderTransitTimes;
import org.ruralaccess.analysis.accessibility.RiderUsers;
import org.ruralaccess.analysis.indicators.AccessibilityIndicators;
import org.ruralaccess.analysis.indicators.AccessibilityResult;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.analysis.indicators.IndicatorStyle;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.analysis.table.StackedTable;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * What community transport adds, per zone and rider group: every transit indicator without the
 * schemes, with the schemes the group may use, and the change ({@code community_transport}), and
 * the residents who gain (or lose) access within each cutoff thanks to the schemes ({@code
 * community_transport_access_changes}). Only transit differs between the two sides, so only transit
 * is compared. Tables use engine-style names (as {@code rae compare}).
 */
public final class CommunityTransportContribution {

  public static final String NAME = "community_transport";
  public static final String ACCESS_CHANGES = "community_transport_access_changes";

  /** The zone attribute columns before {@code rider}: code, name, in_study_area, population... */
  private static final int ZONE_COLUMNS = 6;

  private static final Column RIDER_COLUMN = RiderIndicators.RIDER_COLUMN;

  /** Both tables, rider groups stacked in the order given. */
  public record Result(ResultTable table, ResultTable accessChanges) {}

  /**
   * One rider group's transit indicators (engine style, the group's users) without and with the
   * schemes.
   */
  public record RiderSides(
      RiderGroup rider, AccessibilityResult withoutSchemes, AccessibilityResult withSchemes) {}

  private CommunityTransportContribution() {}

  /** The contribution from transit travel times, with each rider group's users. */
  public static Result compute(
      ZoneSet zones,
      DestinationSet destinations,
      RiderTransitTimes times,
      IndicatorSettings settings) {
    IndicatorSettings engineStyle = settings.withStyle(IndicatorStyle.ENGINE);
    List<RiderSides> sides =
        times.byRider().entrySet().stream()
            .map(
                rider -> {
                  IndicatorSettings riderSettings =
                      RiderUsers.settings(rider.getKey(), engineStyle);
                  return new RiderSides(
                      rider.getKey(),
                      transitIndicators(zones, destinations, times.withoutSchemes(), riderSettings),
                      transitIndicators(zones, destinations, rider.getValue(), riderSettings));
                })
            .toList();
    return of(zones, sides, engineStyle.cutoffsMinutes());
  }

  /** The contribution from each rider group's indicators without and with the schemes. */
  public static Result of(ZoneSet zones, List<RiderSides> sides, int[] cutoffsMinutes) {
    LinkedHashMap<String, ResultTable> tables = new LinkedHashMap<>();
    LinkedHashMap<String, ResultTable> changes = new LinkedHashMap<>();
    for (RiderSides rider : sides) {
      ResultTable without = rider.withoutSchemes().zoneIndicators();
      ResultTable with = rider.withSchemes().zoneIndicators();
      tables.put(
          rider.rider().label(),
          ComparisonTable.everyIndicator(NAME, without, with, "without", "with"));
      changes.put(
          rider.rider().label(), AccessChangeSummary.of(zones, without, with, cutoffsMinutes));
    }
    return new Result(
        StackedTable.of(NAME, RIDER_COLUMN, ZONE_COLUMNS, tables),
        StackedTable.of(ACCESS_CHANGES, RIDER_COLUMN, 0, changes));
  }

  private static AccessibilityResult transitIndicators(
      ZoneSet zones, DestinationSet destinations, int[][] transit, IndicatorSettings settings) {
    Map<TravelMode, int[][]> seconds = new EnumMap<>(TravelMode.class);
    seconds.put(TravelMode.TRANSIT, transit);
    return AccessibilityIndicators.compute(zones, destinations, seconds, settings);
  }
}
