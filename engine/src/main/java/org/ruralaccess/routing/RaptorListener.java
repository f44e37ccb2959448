package org.ruralaccess.routing;

/**
 * Receives the result of each departure of a range search, latest departure first.
 *
 * <p>Arrive-by: the caller answers "latest departure arriving by a deadline" from this stream: the
 * first callback (latest departure first) whose arrival at the target is at or before the deadline
 * is the answer, so it can stop looking then.
 */
@FunctionalInterface
public interface RaptorListener {

  /**
   * @param departureSeconds the departure time at the origin this result is for
   * @param bestArrivals earliest arrival at each stop over all rounds (by transit or by footpath)
   *     for a departure at {@code departureSeconds}; a read-only view reused for every callback, so
   *     read it now and do not keep it
   * @param changedStops the stops whose arrival (or arrival without a transfer walk, {@link
   *     StopArrivals#nonTransferArrivalSeconds}) changed since the previous (later) departure's
   *     callback, in {@code changedStops[0 .. changedCount)}: an earlier arrival, a first arrival,
   *     or (with a max trip duration) no longer reachable in time; on the first callback, every
   *     reached stop. Each stop once, in no particular order. Reused; do not keep
   * @param changedCount number of valid entries in {@code changedStops}
   */
  void departure(
      int departureSeconds, StopArrivals bestArrivals, int[] changedStops, int changedCount);
}
