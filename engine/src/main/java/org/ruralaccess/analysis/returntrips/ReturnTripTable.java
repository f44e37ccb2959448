package org.ruralaccess.analysis.returntrips;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.ruralaccess.analysis.indicators.ZoneAttributeColumns;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.analysis.table.Units;
import org.ruralaccess.analysis.table.ZoneGeometry;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * The {@code return_trips} table: one row per rider group, category and zone (in that order),
 * whether a day out works with the schemes the group may use, the day out to the destination
 * reached earliest among those that work (times {@code HH:MM:SS}), how many destinations it works
 * for, and the same two answers without community transport.
 */
final class ReturnTripTable {

  static final String NAME = "return_trips";

  /** The columns after the six zone columns. */
  static final List<Column> TRIP_COLUMNS =
      List.of(
          Column.text("rider", "rider group: general, older, disabled or member"),
          Column.text("category", "destination category"),
          Column.decimal("users", Units.PEOPLE, "residents of the zone who use the category"),
          Column.integer(
              "feasible",
              Units.FLAG,
              "1 when a day out there and back works with the schemes the group may use"),
          Column.text("destination_id", "the destination of the day out reached earliest"),
          Column.text("destination_name", "its name"),
          Column.text("leave_home", "time leaving home, HH:MM:SS"),
          Column.text("arrive", "time arriving at the destination, HH:MM:SS"),
          Column.text("leave_destination", "time leaving the destination, HH:MM:SS"),
          Column.text("home_again", "time home again, HH:MM:SS"),
          Column.decimal("hours_away", "hours", "time away from home"),
          Column.integer("destinations_feasible", Units.COUNT, "destinations a day out works for"),
          Column.integer(
              "feasible_without_ct",
              Units.FLAG,
              "1 when a day out works without community transport"),
          Column.integer(
              "destinations_feasible_without_ct",
              Units.COUNT,
              "destinations a day out works for without community transport"));

  private ReturnTripTable() {}

  /**
   * The six zone columns of {@code zone_indicators} ({@code LSOA21CD}... for LSOAs, {@code
   * zone_code}... otherwise), then {@link #TRIP_COLUMNS}.
   */
  static List<Column> columns(ZoneSet zones) {
    List<Column> columns = new ArrayList<>(ZoneAttributeColumns.of(zones));
    columns.addAll(TRIP_COLUMNS);
    return columns;
  }

  static ResultTable build(
      ZoneSet zones,
      DestinationSet destinations,
      ReturnTripUsers users,
      Map<RiderGroup, ReturnTripTimes> byRider,
      ReturnTripTimes without) {
    List<Column> columns = columns(zones);
    List<Object[]> rows = new ArrayList<>();
    List<Geometry> geometries = new ArrayList<>();
    for (RiderGroup rider : RiderGroup.values()) {
      ReturnTripTimes times = byRider.get(rider);
      if (times == null) {
        continue;
      }
      for (int k = 0; k < users.keys().size(); k++) {
        for (int z = 0; z < zones.size(); z++) {
          Zone zone = zones.zone(z);
          Itinerary day = times.itinerary(k, z);
          Destination destination =
              day == null ? null : destinations.destination(day.destination());
          Object[] trip =
              new Object[] {
                rider.label(),
                users.keys().get(k),
                users.users(rider, k, zone),
                day != null ? 1 : 0,
                destination == null ? null : destination.id(),
                destination == null ? null : destination.name(),
                day == null ? null : ClockTime.format(day.leaveHomeSeconds()),
                day == null ? null : ClockTime.format(day.arriveSeconds()),
                day == null ? null : ClockTime.format(day.leaveDestinationSeconds()),
                day == null ? null : ClockTime.format(day.homeSeconds()),
                day == null ? null : day.hoursAway(),
                times.feasibleDestinations(k, z),
                without.feasible(k, z) ? 1 : 0,
                without.feasibleDestinations(k, z)
              };
          Object[] row = Arrays.copyOf(ZoneAttributeColumns.values(zone), columns.size());
          System.arraycopy(trip, 0, row, ZoneAttributeColumns.COUNT, trip.length);
          rows.add(row);
          geometries.add(ZoneGeometry.of(zone));
        }
      }
    }
    return new ResultTable(NAME, columns, rows, geometries);
  }
}
