package org.ruralaccess.analysis.isochrone;

import java.util.ArrayList;
import java.util.List;
import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.network.link.StopLinks;
import org.ruralaccess.network.street.StreetTimes;

/**
 * The walks between a point and the linked stops within the walk limit, read off one street search
 * from (access) or towards (egress) the point, as {@code AccessLegs} does for the matrix.
 */
final class WalkLegs {

  private WalkLegs() {}

  /** {stops, seconds} of equal length, in stop order. */
  static int[][] within(
      StopIndex stopIndex,
      StopLinks stopLinks,
      StreetTimes walk,
      double lat,
      double lon,
      double radiusMeters,
      int maxSeconds) {
    List<int[]> legs = new ArrayList<>();
    stopIndex.forEachLinkedStopWithin(
        lat,
        lon,
        radiusMeters,
        stop -> {
          int seconds = walk.secondsTo(stopLinks.findSnap(stop).orElseThrow());
          if (seconds >= 0 && seconds <= maxSeconds) {
            legs.add(new int[] {stop, seconds});
          }
        });
    legs.sort((a, b) -> Integer.compare(a[0], b[0]));
    return new int[][] {
      legs.stream().mapToInt(l -> l[0]).toArray(), legs.stream().mapToInt(l -> l[1]).toArray()
    };
  }
}
