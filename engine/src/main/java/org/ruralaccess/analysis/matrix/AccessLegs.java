package org.ruralaccess.analysis.matrix;

import java.util.ArrayList;
import java.util.List;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.network.link.StopLinks;
import org.ruralaccess.network.street.StreetTimes;

/** Walks from an origin to the linked stops within the walk limit, read off one street search. */
final class AccessLegs {

  private AccessLegs() {}

  /** Returns {stops, seconds} of equal length, in stop order. */
  static int[][] fromSearch(
      Network network,
      StopIndex stopIndex,
      StreetTimes walk,
      double originLat,
      double originLon,
      double maxMeters,
      int maxSeconds) {
    StopLinks links = network.stopLinks();
    List<int[]> legs = new ArrayList<>();
    stopIndex.forEachLinkedStopWithin(
        originLat,
        originLon,
        maxMeters,
        stop -> {
          int time = walk.secondsTo(links.findSnap(stop).orElseThrow());
          if (time >= 0 && time <= maxSeconds) {
            legs.add(new int[] {stop, time});
          }
        });
    legs.sort((x, y) -> Integer.compare(x[0], y[0]));
    return new int[][] {
      legs.stream().mapToInt(l -> l[0]).toArray(), legs.stream().mapToInt(l -> l[1]).toArray()
    };
  }
}
