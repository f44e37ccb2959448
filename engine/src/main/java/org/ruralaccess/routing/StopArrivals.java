package org.ruralaccess.routing;

/**
 * Read-only view of the earliest arrival at each stop for one departure of a range search. Backed
 * by the worker's arrays and reused between callbacks: valid only during {@link
 * RaptorListener#departure}.
 */
public final class StopArrivals {

  private final int[] arrivalSeconds;
  private int latestValidArrivalSeconds;

  StopArrivals(int[] arrivalSeconds) {
    this.arrivalSeconds = arrivalSeconds;
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
}
