package org.ruralaccess.network.build;

import java.util.ArrayList;
import java.util.List;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * The stops the feeds' water-transport routes serve (GTFS route_type 4, ferry, or the extended
 * types 1000-1299, water transport), in stop order: the street import leaves a ferry between two of
 * them to the timetable for walking and cycling.
 */
final class FerryStops {

  private FerryStops() {}

  static List<Coordinate> of(TransitNetwork transit) {
    boolean[] served = new boolean[transit.stopCount()];
    for (int pattern = 0; pattern < transit.patternCount(); pattern++) {
      if (isWaterTransport(transit.routeType(transit.patternRoute(pattern)))) {
        for (int stop : transit.patternStops(pattern)) {
          served[stop] = true;
        }
      }
    }
    List<Coordinate> stops = new ArrayList<>();
    for (int stop = 0; stop < served.length; stop++) {
      if (served[stop]) {
        stops.add(new Coordinate(transit.stopLat(stop), transit.stopLon(stop)));
      }
    }
    return stops;
  }

  static boolean isWaterTransport(int routeType) {
    return routeType == 4 || (routeType >= 1000 && routeType < 1300);
  }
}
