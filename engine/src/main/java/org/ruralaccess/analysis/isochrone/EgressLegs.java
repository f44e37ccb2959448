package org.ruralaccess.analysis.isochrone;

import java.util.TreeMap;

/** Egress legs of a reverse search as {stops, durations} pairs of arrays. */
final class EgressLegs {

  private EgressLegs() {}

  /** Both sets of legs, the shorter duration where a stop is in both, stops increasing. */
  static int[][] merge(int[][] a, int[][] b) {
    TreeMap<Integer, Integer> shortest = new TreeMap<>();
    for (int[][] legs : new int[][][] {a, b}) {
      for (int i = 0; i < legs[0].length; i++) {
        shortest.merge(legs[0][i], legs[1][i], Math::min);
      }
    }
    int[] stops = new int[shortest.size()];
    int[] durations = new int[stops.length];
    int i = 0;
    for (var entry : shortest.entrySet()) {
      stops[i] = entry.getKey();
      durations[i++] = entry.getValue();
    }
    return new int[][] {stops, durations};
  }
}
