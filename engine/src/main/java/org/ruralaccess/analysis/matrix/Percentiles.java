package org.ruralaccess.analysis.matrix;

import java.util.Arrays;

/**
 * Travel-time percentiles over a window's departures, nearest-rank: the p-th percentile of n sorted
 * values is the value at index ceil(p/100 * n) - 1 (p = 0 takes the minimum). Unreachable
 * departures count as infinitely long, as in R5, so a destination reachable at fewer than half of
 * the departures has no median.
 */
public final class Percentiles {

  public static final int UNREACHED = Integer.MAX_VALUE;

  private Percentiles() {}

  /** Sorts {@code secondsByDeparture} in place and writes one value per percentile. */
  public static void compute(int[] secondsByDeparture, int[] percentiles, int[] out) {
    Arrays.sort(secondsByDeparture);
    int n = secondsByDeparture.length;
    for (int i = 0; i < percentiles.length; i++) {
      int rank = (int) Math.ceil(percentiles[i] / 100.0 * n);
      out[i] = secondsByDeparture[Math.min(n - 1, Math.max(0, rank - 1))];
    }
  }
}
