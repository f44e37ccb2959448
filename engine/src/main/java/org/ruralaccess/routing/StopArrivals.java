package org.ruralaccess.routing;

/**
 * Read-only view of the earliest arrival at each stop for one departure of a range search. Backed
 * by the worker's arrays and reused between callbacks: valid only during {@link
 * RaptorListener#departure}.
 */
public final class StopArrivals {

  private final int[] arrivalSeconds;
  private final int[] nonTransferArrivalSeconds;
  private int latestValidArrivalSeconds;

  StopArrivals(int[] arrivalSeconds, int[] nonTransferArrivalSeconds) {
    this.arrivalSeconds = arrivalSeconds;
    this.nonTransferArrivalSeconds = nonTransferArrivalSeconds;
  }

  /** Arrivals after this time (departure + max trip duration) count as unreached. */
  void latestValidArrivalSeconds(int seconds) {
    this.latestValidArrivalSeconds = seconds;
  }

  public int stopCount() {
    return arrivalSeconds.length;
  }

  public boolean isReached(int stop) {
    return arrivalSeconds[stop] <= latestValidArrivalSeconds;
  }

  /**
   * Earliest arrival at {@code stop}, seconds since midnight.
   *
   * @throws IllegalStateException if the stop is not reached; check {@link #isReached} first
   */
  public int arrivalSeconds(int stop) {
    int seconds = arrivalSeconds[stop];
    if (seconds > latestValidArrivalSeconds) {
      throw new IllegalStateException("stop " + stop + " is not reached");
    }
    return seconds;
  }

  /**
   * Whether {@code stop} is reached other than by a walk between stops: on board (alighting) or by
   * the access leg. Only such arrivals may be followed by the walk to the destination: a transfer
   * walk and then the egress walk would be two walks in a row whose sum can pass the egress limit
   * (OpenTripPlanner's router and R5's {@code bestNonTransferTimes} do not allow it either).
   */
  public boolean isReachedWithoutTransfer(int stop) {
    return nonTransferArrivalSeconds[stop] <= latestValidArrivalSeconds;
  }

  /**
   * Earliest arrival at {@code stop} on board or by the access leg, seconds since midnight; never
   * earlier than {@link #arrivalSeconds}.
   *
   * @throws IllegalStateException if the stop is not so reached; check {@link
   *     #isReachedWithoutTransfer} first
   */
  public int nonTransferArrivalSeconds(int stop) {
    int seconds = nonTransferArrivalSeconds[stop];
    if (seconds > latestValidArrivalSeconds) {
      throw new IllegalStateException("stop " + stop + " is not reached without a transfer walk");
    }
    return seconds;
  }
}
