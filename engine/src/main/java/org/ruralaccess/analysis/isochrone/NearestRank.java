package org.ruralaccess.analysis.isochrone;

import org.ruralaccess.analysis.matrix.Percentiles;

/**
 * Nearest-rank percentiles exactly as {@link Percentiles#compute}, without sorting for a single
 * percentile: the value at sorted index {@code ceil(p/100 * n) - 1} is the k-th smallest, found by
 * quickselect in linear expected time. Sorting each touched cell's 120 minutes took about 5 % of a
 * Porto Alegre all-zones run (JFR).
 */
final class NearestRank {

  private NearestRank() {}

  /** As {@link Percentiles#compute}: reorders {@code values}, one result per percentile. */
  static void compute(int[] values, int[] percentiles, int[] out) {
    if (percentiles.length != 1 || values.length == 0) {
      Percentiles.compute(values, percentiles, out);
      return;
    }
    int n = values.length;
    int rank = (int) Math.ceil(percentiles[0] / 100.0 * n);
    out[0] = select(values, Math.min(n - 1, Math.max(0, rank - 1)));
  }

  /** The {@code k}-th smallest (0-based) of {@code a}, reordering it (Hoare partitions). */
  static int select(int[] a, int k) {
    int lo = 0;
    int hi = a.length - 1;
    while (hi > lo) {
      int pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          int t = a[i];
          a[i++] = a[j];
          a[j--] = t;
        }
      }
      // now a[lo..j] <= pivot, a[i..hi] >= pivot and everything between equals the pivot
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  private static int medianOfThree(int a, int b, int c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
}
