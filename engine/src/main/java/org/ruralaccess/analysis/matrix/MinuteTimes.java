package org.ruralaccess.analysis.matrix;

/**
 * One origin's transit travel times at every departure minute of a window: departure {@code i}
 * leaves at {@code firstDepartureSeconds + 60 i}; the time includes any wait for the first vehicle
 * (the rider leaves the origin at the departure minute). {@link Percentiles#UNREACHED} when no
 * journey within the maximum trip duration leaves then.
 *
 * <p>Arrivals never get earlier when the departure gets later (a rider leaving earlier may wait for
 * any later journey), so the first reachable departure at or after a time gives the earliest
 * arrival; the maximum trip duration can hide an early departure's journey, never a later one's.
 */
public record MinuteTimes(int firstDepartureSeconds, int[][] secondsByDeparture) {

  public int departureCount() {
    return secondsByDeparture.length;
  }

  public int departureSeconds(int index) {
    return firstDepartureSeconds + index * MinuteMatrix.STEP_SECONDS;
  }

  /** The index of the first departure at or after {@code seconds} (may be past the window). */
  public int indexAtOrAfter(int seconds) {
    if (seconds <= firstDepartureSeconds) {
      return 0;
    }
    int steps = (seconds - firstDepartureSeconds + MinuteMatrix.STEP_SECONDS - 1);
    return steps / MinuteMatrix.STEP_SECONDS;
  }

  /** Travel seconds of departure {@code index} to {@code destination}, or UNREACHED. */
  public int seconds(int index, int destination) {
    return secondsByDeparture[index][destination];
  }

  public boolean reached(int index, int destination) {
    return secondsByDeparture[index][destination] != Percentiles.UNREACHED;
  }

  /** Arrival (seconds since midnight) of departure {@code index}; only when reached. */
  public int arrivalSeconds(int index, int destination) {
    return departureSeconds(index) + secondsByDeparture[index][destination];
  }
}
