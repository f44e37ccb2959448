package org.ruralaccess.analysis.returntrips;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
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

  static final List<Column> COLUMNS =
      List.of(
          Column.text("zone_code", "zone code: the id of the zone or point given"),
          Column.text("zone_name", "zone name"),
          Column.integer("in_study_area", Units.FLAG, "1 for a zone of the study area"),
          Column.integer("imd_decile", Units.DECILE, "IMD 2019 decile; empty when unknown"),
          Column.text("rural_urban", "urban, rural or empty"),
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

  static ResultTable build(
      ZoneSet zones,
      DestinationSet destinations,
      ReturnTripUsers users,
      Map<RiderGroup, ReturnTripTimes> byRider,
      ReturnTripTimes without) {
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
          rows.add(
              new Object[] {
                zone.code(),
                zone.name(),
                zone.inStudyArea() ? 1 : 0,
                zone.imdDecile() >= 1 && zone.imdDecile() <= 10 ? zone.imdDecile() : null,
                zone.ruralUrbanFlag(),
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
              });
          geometries.add(ZoneGeometry.of(zone));
        }
      }
    }
    return new ResultTable(NAME, COLUMNS, rows, geometries);
  }
}
