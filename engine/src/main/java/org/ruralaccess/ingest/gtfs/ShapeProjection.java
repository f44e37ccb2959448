package org.ruralaccess.ingest.gtfs;

import org.ruralaccess.model.Coordinate;

/**
 * Places a trip's stops along its shape (GTFS shapes.txt), in order: each stop at a point of the
 * shape within {@value #MAX_OFFSET_METERS} m of it, no position more than {@value
 * #MAX_BACKTRACK_METERS} m behind the previous one (and then moved up to it), with the smallest
 * total offset. A stop's candidates are the local minima of its distance to the shape's segments
 * (one per pass of the shape near the stop, so both legs of an out-and-back shape and both ends of
 * a loop are candidates); a dynamic programme over stops and candidates picks the monotone
 * assignment, as OneBusAway's {@code DistanceAlongShapeLibrary} does. A greedy "nearest point after
 * the previous stop" would jump to the return leg where the two legs run close and strand every
 * later stop.
 *
 * <p>Distances are meters along the shape (great-circle between shape points); the offset of a stop
 * is measured in an equirectangular projection centred on the stop.
 */
final class ShapeProjection {

  /** A stop farther than this from its shape is not on it (a wrong shape or a misplaced stop). */
  static final double MAX_OFFSET_METERS = 150;

  /**
   * How far a stop may project behind the previous one: two stops each up to {@link
   * #MAX_OFFSET_METERS} off the shape, on either side of a bend, can project up to twice that apart
   * in the wrong order. Real feeds do this: of the 201 (shape, stop sequence) pairs of Porto
   * Alegre's EPTC feed, 57 have a stop projecting behind its predecessor (most by 18 to 83 m, 12 by
   * 100 to 300 m). Such a stop is then taken to be at its predecessor's position (the two get the
   * same time).
   */
  static final double MAX_BACKTRACK_METERS = 2 * MAX_OFFSET_METERS;

  private static final double METERS_PER_DEGREE_LAT = Math.PI * 6_371_008.8 / 180;

  private ShapeProjection() {}

  /**
   * Meters along the shape of each stop, non-decreasing; null when a stop has no point of the shape
   * within {@link #MAX_OFFSET_METERS}, or no assignment in order exists (the stops run against the
   * shape), or the shape has fewer than two points.
   */
  static double[] distancesAlong(
      double[] shapeLat, double[] shapeLon, double[] stopLat, double[] stopLon) {
    int points = shapeLat.length;
    if (points < 2) {
      return null;
    }
    double[] cumulative = new double[points];
    for (int p = 1; p < points; p++) {
      cumulative[p] =
          cumulative[p - 1]
              + Coordinate.distanceMeters(
                  shapeLat[p - 1], shapeLon[p - 1], shapeLat[p], shapeLon[p]);
    }
    int stops = stopLat.length;
    double[][] along = new double[stops][];
    double[][] offset = new double[stops][];
    for (int s = 0; s < stops; s++) {
      double[][] candidates = candidates(shapeLat, shapeLon, cumulative, stopLat[s], stopLon[s]);
      if (candidates[0].length == 0) {
        return null;
      }
      along[s] = candidates[0];
      offset[s] = candidates[1];
    }
    return cheapestMonotone(along, offset);
  }

  /** {along[], offset[]} of the local minima of the stop's distance to the shape's segments. */
  private static double[][] candidates(
      double[] shapeLat, double[] shapeLon, double[] cumulative, double lat, double lon) {
    int segments = shapeLat.length - 1;
    double[] distance = new double[segments];
    double[] position = new double[segments];
    double metersPerDegreeLon = METERS_PER_DEGREE_LAT * Math.cos(Math.toRadians(lat));
    for (int i = 0; i < segments; i++) {
      double ax = (shapeLon[i] - lon) * metersPerDegreeLon;
      double ay = (shapeLat[i] - lat) * METERS_PER_DEGREE_LAT;
      double dx = (shapeLon[i + 1] - lon) * metersPerDegreeLon - ax;
      double dy = (shapeLat[i + 1] - lat) * METERS_PER_DEGREE_LAT - ay;
      double lengthSquared = dx * dx + dy * dy;
      double t =
          lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
      distance[i] = Math.hypot(ax + t * dx, ay + t * dy);
      position[i] = cumulative[i] + t * (cumulative[i + 1] - cumulative[i]);
    }
    double[] foundAlong = new double[segments];
    double[] foundOffset = new double[segments];
    int found = 0;
    for (int i = 0; i < segments; i++) {
      boolean localMinimum =
          (i == 0 || distance[i] <= distance[i - 1])
              && (i == segments - 1 || distance[i] < distance[i + 1]);
      if (localMinimum && distance[i] <= MAX_OFFSET_METERS) {
        foundAlong[found] = position[i];
        foundOffset[found++] = distance[i];
      }
    }
    return new double[][] {
      java.util.Arrays.copyOf(foundAlong, found), java.util.Arrays.copyOf(foundOffset, found)
    };
  }

  /** The candidate per stop with non-decreasing positions and the least total offset. */
  private static double[] cheapestMonotone(double[][] along, double[][] offset) {
    int stops = along.length;
    double[][] cost = new double[stops][];
    int[][] previous = new int[stops][];
    cost[0] = offset[0].clone();
    previous[0] = new int[offset[0].length];
    for (int s = 1; s < stops; s++) {
      cost[s] = new double[along[s].length];
      previous[s] = new int[along[s].length];
      for (int k = 0; k < along[s].length; k++) {
        double best = Double.POSITIVE_INFINITY;
        int bestPrevious = -1;
        for (int j = 0; j < along[s - 1].length; j++) {
          if (along[s - 1][j] <= along[s][k] + MAX_BACKTRACK_METERS && cost[s - 1][j] < best) {
            best = cost[s - 1][j];
            bestPrevious = j;
          }
        }
        cost[s][k] = best + offset[s][k];
        previous[s][k] = bestPrevious;
      }
    }
    int last = -1;
    for (int k = 0; k < cost[stops - 1].length; k++) {
      if (cost[stops - 1][k] < Double.POSITIVE_INFINITY
          && (last < 0 || cost[stops - 1][k] < cost[stops - 1][last])) {
        last = k;
      }
    }
    if (last < 0) {
      return null;
    }
    double[] result = new double[stops];
    for (int s = stops - 1; s >= 0; s--) {
      result[s] = along[s][last];
      last = previous[s][last];
    }
    for (int s = 1; s < stops; s++) {
      result[s] = Math.max(result[s], result[s - 1]); // a small backtrack: same position
    }
    return result;
  }
}
