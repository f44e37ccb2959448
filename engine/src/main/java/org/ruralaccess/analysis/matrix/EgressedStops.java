package org.ruralaccess.analysis.matrix;

/**
 * For one origin's range search: the earliest arrival at each stop from which the walks to the
 * destinations have been taken. A destination's best arrival only gets earlier during the search,
 * so walking on again from a stop at the same time or later changes nothing: the listener is told
 * every stop whose arrival changed (a transfer walk, or an arrival falling out of the trip limit,
 * changes a stop without changing the arrival a destination walk may start from), and skips those.
 * Stamped per origin, so starting again costs nothing per stop of the network.
 */
final class EgressedStops {

  private final int[] seconds;
  private final int[] stamps;
  private int stamp;

  EgressedStops(int stopCount) {
    this.seconds = new int[stopCount];
    this.stamps = new int[stopCount];
  }

  /** Forgets every stop, for the next origin. */
  void start() {
    if (++stamp == Integer.MAX_VALUE) {
      java.util.Arrays.fill(stamps, 0);
      stamp = 1;
    }
  }

  /**
   * Whether walking on from {@code stop} at {@code arrivalSeconds} is new (earlier than any walk
   * taken from there for this origin); if so, notes it as taken.
   */
  boolean take(int stop, int arrivalSeconds) {
    if (stamps[stop] == stamp && seconds[stop] <= arrivalSeconds) {
      return false;
    }
    stamps[stop] = stamp;
    seconds[stop] = arrivalSeconds;
    return true;
  }
}
