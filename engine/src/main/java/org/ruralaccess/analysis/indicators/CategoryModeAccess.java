package org.ruralaccess.analysis.indicators;

import org.ruralaccess.analysis.matrix.Percentiles;

/**
 * Access from every zone to one destination category by one mode: parallel arrays indexed by zone
 * (and cutoff), filled once by {@link #compute}, read-only after.
 */
final class CategoryModeAccess {

  private final int[] minSeconds;
  private final int[][] countsByCutoff;
  private final double[][] opportunitiesByCutoff;
  private final double[] gravity;
  private final int[][] nthSeconds;

  private CategoryModeAccess(
      int[] minSeconds,
      int[][] countsByCutoff,
      double[][] opportunitiesByCutoff,
      double[] gravity,
      int[][] nthSeconds) {
    this.minSeconds = minSeconds;
    this.countsByCutoff = countsByCutoff;
    this.opportunitiesByCutoff = opportunitiesByCutoff;
    this.gravity = gravity;
    this.nthSeconds = nthSeconds;
  }

  /**
   * @param travelSeconds [zone][destination] seconds, {@link Percentiles#UNREACHED} when none
   */
  static CategoryModeAccess compute(
      int[][] travelSeconds, IndicatorCategory category, IndicatorSettings settings) {
    int zones = travelSeconds.length;
    int[] cutoffsSeconds = settings.cutoffsMinutes();
    for (int k = 0; k < cutoffsSeconds.length; k++) {
      cutoffsSeconds[k] *= 60;
    }
    int gravityCutoffSeconds = settings.gravityCutoffMinutes() * 60;
    DecayFunction decay = settings.decay();
    int[] minSeconds = new int[zones];
    int[][] counts = new int[cutoffsSeconds.length][zones];
    double[][] opportunities = new double[cutoffsSeconds.length][zones];
    double[] gravity = new double[zones];
    int[] ranks = settings.nthNearest();
    int[][] nth = new int[ranks.length][zones];
    int[] nearest = new int[ranks.length == 0 ? 0 : ranks[ranks.length - 1]];
    int[] destinations = category.destinationIndices();
    double[] weights = category.weights();
    for (int zone = 0; zone < zones; zone++) {
      java.util.Arrays.fill(nearest, Percentiles.UNREACHED);
      int min = Percentiles.UNREACHED;
      for (int d = 0; d < destinations.length; d++) {
        int seconds = travelSeconds[zone][destinations[d]];
        if (seconds == Percentiles.UNREACHED) {
          continue;
        }
        min = Math.min(min, seconds);
        insertNearest(nearest, seconds);
        // "Within 15 minutes" is below 15:00, as R5's step function.
        for (int k = 0; k < cutoffsSeconds.length; k++) {
          if (seconds < cutoffsSeconds[k]) {
            counts[k][zone]++;
            opportunities[k][zone] += weights[d];
          }
        }
        gravity[zone] += weights[d] * decay.weight(gravityCutoffSeconds, seconds);
      }
      minSeconds[zone] = min;
      for (int r = 0; r < ranks.length; r++) {
        nth[r][zone] = nearest[ranks[r] - 1];
      }
    }
    return new CategoryModeAccess(minSeconds, counts, opportunities, gravity, nth);
  }

  /**
   * Keeps the {@code nearest.length} shortest times seen, ascending (UNREACHED fills the rest):
   * insertion into a short sorted array, as n is a handful (choice of the 3 nearest schools).
   */
  private static void insertNearest(int[] nearest, int seconds) {
    int i = nearest.length - 1;
    if (i < 0 || seconds >= nearest[i]) {
      return;
    }
    while (i > 0 && nearest[i - 1] > seconds) {
      nearest[i] = nearest[i - 1];
      i--;
    }
    nearest[i] = seconds;
  }

  boolean reached(int zone) {
    return minSeconds[zone] != Percentiles.UNREACHED;
  }

  /** Seconds to the nearest destination, {@link Percentiles#UNREACHED} when none is reached. */
  int minSeconds(int zone) {
    return minSeconds[zone];
  }

  /** Minutes to the nearest destination, null when none is reached. */
  Double minMinutes(int zone) {
    return reached(zone) ? minSeconds[zone] / 60.0 : null;
  }

  /**
   * Minutes to the n-th nearest destination (rank index {@code rankIndex} of the settings' ranks),
   * null when fewer than n are reached; destinations at the same place count one each.
   */
  Double nthMinutes(int zone, int rankIndex) {
    int seconds = nthSeconds[rankIndex][zone];
    return seconds == Percentiles.UNREACHED ? null : seconds / 60.0;
  }

  /** Whether the nearest destination is within cutoff {@code cutoffIndex}. */
  boolean within(int zone, int cutoffIndex) {
    return countsByCutoff[cutoffIndex][zone] > 0;
  }

  int count(int zone, int cutoffIndex) {
    return countsByCutoff[cutoffIndex][zone];
  }

  double opportunities(int zone, int cutoffIndex) {
    return opportunitiesByCutoff[cutoffIndex][zone];
  }

  double gravity(int zone) {
    return gravity[zone];
  }
}
