package org.ruralaccess.ingest.gtfs;

/**
 * Fills blank stop times, as GTFS allows for stops that are not timepoints: a stop between two
 * timed stops gets a time proportional to its distance along the trip (see {@link TripDistances}:
 * shape_dist_traveled, else distance along the shape, else straight lines between stops). Where the
 * distances give no spread (all zero) the stops are spaced evenly. Times are rounded to the nearest
 * second; arrival and departure of an interpolated stop are equal. A stop with only one of arrival
 * and departure gets the other one equal to it.
 */
final class StopTimeInterpolator {

  /** Marks a blank time in the input arrays. */
  static final int BLANK = Integer.MIN_VALUE;

  private StopTimeInterpolator() {}

  /**
   * Fills {@code arrivals} and {@code departures} in place.
   *
   * @param cumulativeMeters distance along the trip at each stop (any unit, non-decreasing)
   * @return false when the first or last stop has no time at all (cannot be interpolated)
   */
  static boolean fill(int[] arrivals, int[] departures, double[] cumulativeMeters) {
    int n = arrivals.length;
    for (int i = 0; i < n; i++) {
      if (arrivals[i] == BLANK) {
        arrivals[i] = departures[i];
      } else if (departures[i] == BLANK) {
        departures[i] = arrivals[i];
      }
    }
    if (arrivals[0] == BLANK || arrivals[n - 1] == BLANK) {
      return false;
    }
    int previousTimed = 0;
    for (int i = 1; i < n; i++) {
      if (arrivals[i] != BLANK) {
        interpolate(arrivals, departures, cumulativeMeters, previousTimed, i);
        previousTimed = i;
      }
    }
    return true;
  }

  private static void interpolate(
      int[] arrivals, int[] departures, double[] cumulativeMeters, int from, int to) {
    if (to - from < 2) {
      return;
    }
    int startSeconds = departures[from];
    int spanSeconds = arrivals[to] - startSeconds;
    double spanMeters = cumulativeMeters[to] - cumulativeMeters[from];
    for (int i = from + 1; i < to; i++) {
      double fraction =
          spanMeters > 0
              ? (cumulativeMeters[i] - cumulativeMeters[from]) / spanMeters
              : (double) (i - from) / (to - from);
      int seconds = startSeconds + (int) Math.round(fraction * spanSeconds);
      arrivals[i] = seconds;
      departures[i] = seconds;
    }
  }
}
