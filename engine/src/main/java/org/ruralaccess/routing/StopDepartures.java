package org.ruralaccess.routing;

/**
 * Read-only view of the latest departure from each stop for one deadline of a reverse range search.
 * Backed by the worker's arrays and reused between callbacks: valid only during {@link
 * ReverseRaptorListener#deadline}.
 */
public final class StopDepartures {

  private final int[] departureSeconds;
  private int earliestValidDepartureSeconds;

  StopDepartures(int[] departureSeconds) {
    this.departureSeconds = departureSeconds;
  }

  /** Departures before this time (deadline - max trip duration) count as unreached. */
  void earliestValidDepartureSeconds(int seconds) {
    this.earliestValidDepartureSeconds = seconds;
  }

  public int stopCount() {
    return departureSeconds.length;
  }

  public boolean isReached(int stop) {
    return departureSeconds[stop] >= earliestValidDepartureSeconds;
  }

  /**
   * Latest time one can be at {@code stop} and still reach the target by the deadline, seconds
   * since midnight: a forward search starting at the stop at this time (or earlier) arrives in
   * time, one starting a second later does not.
   *
   * @throws IllegalStateException if the stop is not reached; check {@link #isReached} first
   */
  public int departureSeconds(int stop) {
    int seconds = departureSeconds[stop];
    if (seconds < earliestValidDepartureSeconds) {
      throw new IllegalStateException("stop " + stop + " is not reached");
    }
    return seconds;
  }
}
