package org.ruralaccess.analysis.indicators;

import org.ruralaccess.analysis.matrix.Percentiles;

/**
 * Access from every zone to one destination category by one mode: parallel arrays indexed by zone
 * (and cutoff), filled zone by zone by {@link #addZone} (each zone once, from any thread: a zone's
 * slots are its own), read-only after. Folding a zone's row in as it is routed lets a run keep the
 * indicators instead of the zones x destinations matrix (issue 17: England does not fit otherwise).
 */
final class CategoryModeAccess {

  private final IndicatorCategory category;
  private final int[] cutoffsSeconds;
  private final int gravityCutoffSeconds;
  private final DecayFunction decay;
  private final int[] ranks;
  private final int[] minSeconds;
  private final int[][] countsByCutoff;
  private final double[][] opportunitiesByCutoff;
  private final double[] gravity;
  private final int[][] nthSeconds;

  CategoryModeAccess(int zones, IndicatorCategory category, IndicatorSettings settings) {
    this.category = category;
    this.cutoffsSeconds = settings.cutoffsMinutes();
    for (int k = 0; k < cutoffsSeconds.length; k++) {
      cutoffsSeconds[k] *= 60;
    }
    this.gravityCutoffSeconds = settings.gravityCutoffMinutes() * 60;
    this.decay = settings.decay();
    this.ranks = settings.nthNearest();
    this.minSeconds = new int[zones];
    this.countsByCutoff = new int[cutoffsSeconds.length][zones];
    this.opportunitiesByCutoff = new double[cutoffsSeconds.length][zones];
    this.gravity = new double[zones];
    this.nthSeconds = new int[ranks.length][zones];
  }

  /**
   * @param travelSeconds [zone][destination] seconds, {@link Percentiles#UNREACHED} when none
   */
  static CategoryModeAccess compute(
      int[][] travelSeconds, IndicatorCategory category, IndicatorSettings settings) {
    CategoryModeAccess access = new CategoryModeAccess(travelSeconds.length, category, settings);
    for (int zone = 0; zone < travelSeconds.length; zone++) {
      access.addZone(zone, travelSeconds[zone]);
    }
    return access;
  }

  /**
   * Folds one zone's travel times in.
   *
   * @param secondsByDestination seconds to every destination of the set, {@link
   *     Percentiles#UNREACHED} when none
   */
  void addZone(int zone, int[] secondsByDestination) {
    int[] nearest = new int[ranks.length == 0 ? 0 : ranks[ranks.length - 1]];
    java.util.Arrays.fill(nearest, Percentiles.UNREACHED);
    int[] destinations = category.destinationIndices();
    double[] weights = category.weights();
    int min = Percentiles.UNREACHED;
    for (int d = 0; d < destinations.length; d++) {
      int seconds = secondsByDestination[destinations[d]];
      if (seconds == Percentiles.UNREACHED) {
        continue;
      }
      min = Math.min(min, seconds);
      insertNearest(nearest, seconds);
      // "Within 15 minutes" is below 15:00, as R5's step function.
      for (int k = 0; k < cutoffsSeconds.length; k++) {
        if (seconds < cutoffsSeconds[k]) {
          countsByCutoff[k][zone]++;
          opportunitiesByCutoff[k][zone] += weights[d];
        }
      }
      gravity[zone] += weights[d] * decay.weight(gravityCutoffSeconds, seconds);
    }
    minSeconds[zone] = min;
    for (int r = 0; r < ranks.length; r++) {
      nthSeconds[r][zone] = nearest[ranks[r] - 1];
    }
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
