package org.ruralaccess.model.transit;

import java.time.ZoneId;
import java.util.List;
import java.util.SortedMap;

/**
 * A timetable as rows, before it is laid out as column stores: what the GTFS reader produces from
 * the feeds and what a scenario's working copy hands back. Ids are namespaced ({@code feed:id}).
 *
 * @param stops the network's stops, sorted by id (the builder keeps only stops some trip uses; a
 *     scenario copy keeps every baseline stop so that its links stay valid)
 * @param routes every known route, sorted by id; routes no trip uses are left out of the network
 * @param servicesEpochDays per service id (sorted), the sorted epoch days it runs on
 * @param transfers stop-to-stop transfer rules in network order (by from stop, then to stop)
 * @param trips every trip with every time known (blanks filled, frequencies expanded)
 */
public record TransitTables(
    ZoneId timeZone,
    List<StopRow> stops,
    List<RouteRow> routes,
    SortedMap<String, int[]> servicesEpochDays,
    List<TransferRule> transfers,
    List<TimedTrip> trips) {

  /** A stop: GTFS stop_name and WGS84 position. */
  public record StopRow(String id, String name, double lat, double lon) {}

  /** A route: GTFS route_short_name, route_type (extended types such as 200 kept) and agency. */
  public record RouteRow(String id, String shortName, int type, String agencyName) {}

  /** A transfers.txt rule between two stops: a minimum change time, or forbidden (type 3). */
  public record TransferRule(
      String fromStopId, String toStopId, int minSeconds, boolean forbidden) {}
}
