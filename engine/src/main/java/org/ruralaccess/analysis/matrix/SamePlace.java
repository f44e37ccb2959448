package org.ruralaccess.analysis.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.model.point.PointSet;

/**
 * A destination at exactly the origin's position is reached in no time, whatever the mode: the
 * street search would otherwise walk to the street and back (the off-street part twice) and a
 * cyclist would pay the fixed parking minutes for a trip not made.
 */
final class SamePlace {

  // destinations by exact position (-0.0 taken as 0.0, as == compares them)
  private final Map<List<Double>, int[]> byPosition;

  private SamePlace(Map<List<Double>, int[]> byPosition) {
    this.byPosition = byPosition;
  }

  /** The destinations indexed by position, once per request. */
  static SamePlace of(PointSet destinations) {
    Map<List<Double>, List<Integer>> lists = new HashMap<>();
    for (int d = 0; d < destinations.size(); d++) {
      lists
          .computeIfAbsent(key(destinations.lat(d), destinations.lon(d)), k -> new ArrayList<>())
          .add(d);
    }
    Map<List<Double>, int[]> byPosition = new HashMap<>();
    lists.forEach((k, v) -> byPosition.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return new SamePlace(byPosition);
  }

  /** Sets every departure's time to 0 for destinations at the origin's coordinates. */
  void zero(double originLat, double originLon, ReachedDestinations reached) {
    int[] here = byPosition.get(key(originLat, originLon));
    if (here == null) {
      return;
    }
    for (int d : here) {
      int t = reached.add(d);
      for (int i = 0; i < reached.departureCount(); i++) {
        reached.set(t, i, 0);
      }
    }
  }

  private static List<Double> key(double lat, double lon) {
    return List.of(lat + 0.0, lon + 0.0);
  }

  /** Sets the time to 0 for destinations at origin {@code o}'s coordinates (every departure's). */
  static void zeroFor(PointSet origins, int o, PointSet destinations, int[] seconds) {
    zeroFor(origins, o, destinations, new int[][] {seconds});
  }

  /** Sets every departure's time to 0 for destinations at origin {@code o}'s coordinates. */
  static void zeroFor(PointSet origins, int o, PointSet destinations, int[][] byDeparture) {
    double lat = origins.lat(o);
    double lon = origins.lon(o);
    for (int d = 0; d < destinations.size(); d++) {
      if (destinations.lat(d) == lat && destinations.lon(d) == lon) {
        for (int i = 0; i < byDeparture.length; i++) {
          if (byDeparture[i] == byDeparture[0] && i > 0) {
            continue; // street modes share one row across departures
          }
          byDeparture[i][d] = 0;
        }
      }
    }
  }
}
