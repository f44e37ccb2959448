package org.ruralaccess.analysis.returntrips;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.ruralaccess.analysis.table.ResultTable;
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

  static final List<String> COLUMNS =
      List.of(
          "zone_code",
          "zone_name",
          "in_study_area",
          "imd_decile",
          "rural_urban",
          "rider",
          "category",
          "users",
          "feasible",
          "destination_id",
          "destination_name",
          "leave_home",
          "arrive",
          "leave_destination",
          "home_again",
          "hours_away",
          "destinations_feasible",
          "feasible_without_ct",
          "destinations_feasible_without_ct");

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
