package org.ruralaccess.analysis.matrix;

import org.ruralaccess.model.point.PointSet;

/**
 * A destination at exactly the origin's position is reached in no time, whatever the mode: the
 * street search would otherwise walk to the street and back (the off-street part twice) and a
 * cyclist would pay the fixed parking minutes for a trip not made.
 */
final class SamePlace {

  private SamePlace() {}

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
