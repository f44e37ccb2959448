package org.ruralaccess.analysis;

import java.util.Arrays;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.link.StopLinks;
import org.ruralaccess.network.street.StreetTimes;

/** Walks from an origin to the linked stops within the walk limit, read off one street search. */
final class AccessLegs {

  private AccessLegs() {}

  /** Returns {stops, seconds} of equal length, in stop order. */
  static int[][] fromSearch(
      Network network,
      StreetTimes walk,
      double originLat,
      double originLon,
      double maxMeters,
      int maxSeconds) {
    StopLinks links = network.stopLinks();
    int stopCount = network.transit().stopCount();
    int[] stops = new int[16];
    int[] seconds = new int[16];
    int count = 0;
    for (int stop = 0; stop < stopCount; stop++) {
      if (!links.isLinked(stop)
          || Coordinate.distanceMeters(
                  originLat,
                  originLon,
                  network.transit().stopLat(stop),
                  network.transit().stopLon(stop))
              > maxMeters) {
        continue;
      }
      int time = walk.secondsTo(links.findSnap(stop).orElseThrow());
      if (time >= 0 && time <= maxSeconds) {
        if (count == stops.length) {
          stops = Arrays.copyOf(stops, count * 2);
          seconds = Arrays.copyOf(seconds, count * 2);
        }
        stops[count] = stop;
        seconds[count] = time;
        count++;
      }
    }
    return new int[][] {Arrays.copyOf(stops, count), Arrays.copyOf(seconds, count)};
  }
}
