package org.ruralaccess.routing;

import java.util.Arrays;

/**
 * Arrival times per round and stop, split by how the stop was reached: {@code transit[k][s]} by
 * alighting from a vehicle, {@code walk[k][s]} by a footpath (or, in round 0, the access leg), both
 * using at most {@code k} vehicles. Kept apart so that a footpath never continues from a footpath
 * arrival and a stop's minimum transfer time applies only after alighting there.
 *
 * <p>Invariant after each departure: round {@code k} is never worse than round {@code k-1} at any
 * stop. {@link #copyImproved} keeps it by copying only the stops written in this departure, not
 * every stop (a full per-round copy is measurable, see DESIGN.md).
 */
final class RoundArrivals {

  private final int stopCount;
  private int[][] transit = new int[0][];
  private int[][] walk = new int[0][];

  RoundArrivals(int stopCount) {
    this.stopCount = stopCount;
  }

  /**
   * Clears rounds {@code 0 .. transitRounds}, growing the arrays if needed. Only the stops the last
   * window wrote are cleared ({@code written}: every stop written in any round was also improved in
   * its best arrival, so the worker's set of reached stops holds them all): the cost follows the
   * stops a search reached, not the stops of the network.
   */
  void reset(int transitRounds, StopSet written) {
    int rounds = transitRounds + 1;
    if (transit.length < rounds) {
      transit = new int[rounds][stopCount];
      walk = new int[rounds][stopCount];
      for (int k = 0; k < rounds; k++) {
        Arrays.fill(transit[k], RangeRaptorWorker.UNREACHED);
        Arrays.fill(walk[k], RangeRaptorWorker.UNREACHED);
      }
      return;
    }
    for (int k = 0; k < transit.length; k++) {
      int[] transitK = transit[k];
      int[] walkK = walk[k];
      for (int i = 0; i < written.size(); i++) {
        int stop = written.get(i);
        transitK[stop] = RangeRaptorWorker.UNREACHED;
        walkK[stop] = RangeRaptorWorker.UNREACHED;
      }
    }
  }

  int[] transit(int round) {
    return transit[round];
  }

  int[] walk(int round) {
    return walk[round];
  }

  /**
   * Lowers round {@code round} to round {@code round-1} at {@code stops}, which must hold every
   * stop changed in round {@code round-1} since the invariant last held (at the others the copy
   * changes nothing); returns the number of stops lowered.
   */
  int copyImproved(int round, StopSet stops) {
    int[] fromTransit = transit[round - 1];
    int[] fromWalk = walk[round - 1];
    int[] toTransit = transit[round];
    int[] toWalk = walk[round];
    int lowered = 0;
    for (int i = 0; i < stops.size(); i++) {
      int stop = stops.get(i);
      int byTransit = fromTransit[stop];
      int byWalk = fromWalk[stop];
      boolean lower = false;
      if (byTransit < toTransit[stop]) {
        toTransit[stop] = byTransit;
        lower = true;
      }
      if (byWalk < toWalk[stop]) {
        toWalk[stop] = byWalk;
        lower = true;
      }
      if (lower) {
        lowered++;
      }
    }
    return lowered;
  }
}
