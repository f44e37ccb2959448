package org.ruralaccess.analysis.accessibility;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ruralaccess.analysis.indicators.AccessibilityIndicators;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.analysis.table.StackedTable;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * The {@code rider_indicators} table: the zone indicators once per rider group, stacked, with a
 * {@code rider} column after the zone's attributes. Transit uses the schemes the group may use;
 * walking, cycling and driving are the same for every group; users are the group's ({@link
 * RiderUsers}).
 */
public final class RiderIndicators {

  public static final String NAME = "rider_indicators";

  /** The column saying which rider group a row is for. */
  public static final Column RIDER_COLUMN =
      Column.text("rider", "rider group: general, older, disabled or member");

  /** The zone attribute columns before {@code rider}: code, name, in_study_area, population... */
  static final int ZONE_COLUMNS = 6;

  private RiderIndicators() {}

  /**
   * @param travelSeconds the run's times per mode (its transit is replaced per rider)
   */
  public static ResultTable table(
      ZoneSet zones,
      DestinationSet destinations,
      Map<TravelMode, int[][]> travelSeconds,
      RiderTransitTimes riderTransit,
      IndicatorSettings settings) {
    LinkedHashMap<String, ResultTable> blocks = new LinkedHashMap<>();
    for (Map.Entry<RiderGroup, int[][]> rider : riderTransit.byRider().entrySet()) {
      Map<TravelMode, int[][]> seconds = new EnumMap<>(travelSeconds);
      seconds.put(TravelMode.TRANSIT, rider.getValue());
      blocks.put(
          rider.getKey().label(),
          AccessibilityIndicators.compute(
                  zones, destinations, seconds, RiderUsers.settings(rider.getKey(), settings))
              .zoneIndicators());
    }
    return StackedTable.of(NAME, RIDER_COLUMN, ZONE_COLUMNS, blocks);
  }
}
