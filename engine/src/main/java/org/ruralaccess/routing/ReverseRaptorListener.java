package org.ruralaccess.routing;

/** Receives the result of each deadline of a reverse range search, earliest deadline first. */
@FunctionalInterface
public interface ReverseRaptorListener {

  /**
   * @param deadlineSeconds the arrival deadline at the target this result is for
   * @param latestDepartures the latest time one can be at each stop (ready to board, board slack
   *     counted) and still reach the target by the deadline; a read-only view reused for every
   *     callback, so read it now and do not keep it
   * @param changedStops the stops whose latest departure changed since the previous (earlier)
   *     deadline's callback, in {@code changedStops[0 .. changedCount)}: a later departure, a first
   *     one, or (with a max trip duration) one no longer within it; on the first callback, every
   *     reached stop. Reused; do not keep
   * @param changedCount number of valid entries in {@code changedStops}
   */
  void deadline(
      int deadlineSeconds, StopDepartures latestDepartures, int[] changedStops, int changedCount);
}
