package org.ruralaccess.routing;

/**
 * Checks the trip times of one pattern against the rules the worker's trip search depends on: a
 * binary search over departures at a stop position is only correct if trips never overtake.
 */
final class TripTimesValidator {

  private TripTimesValidator() {}

  static void validate(int pattern, int[][] arrivals, int[][] departures) {
    for (int trip = 0; trip < arrivals.length; trip++) {
      int[] arr = arrivals[trip];
      int[] dep = departures[trip];
      for (int pos = 0; pos < arr.length; pos++) {
        String where = "pattern " + pattern + " trip " + trip + " stop position " + pos;
        if (arr[pos] < 0 || dep[pos] < 0) {
          throw new IllegalArgumentException(where + ": times must be >= 0 seconds");
        }
        if (dep[pos] < arr[pos]) {
          throw new IllegalArgumentException(
              where + ": departure " + dep[pos] + " s is before arrival " + arr[pos] + " s");
        }
        if (pos > 0 && arr[pos] < dep[pos - 1]) {
          throw new IllegalArgumentException(
              where
                  + ": arrival "
                  + arr[pos]
                  + " s is before the departure "
                  + dep[pos - 1]
                  + " s from the previous stop");
        }
        if (trip > 0 && departures[trip - 1][pos] > dep[pos]) {
          throw new IllegalArgumentException(
              where
                  + ": trips must be sorted by departure and never overtake, but departure "
                  + dep[pos]
                  + " s is before trip "
                  + (trip - 1)
                  + "'s "
                  + departures[trip - 1][pos]
                  + " s");
        }
        if (trip > 0 && arrivals[trip - 1][pos] > arr[pos]) {
          throw new IllegalArgumentException(
              where
                  + ": trips must never overtake, but arrival "
                  + arr[pos]
                  + " s is before trip "
                  + (trip - 1)
                  + "'s "
                  + arrivals[trip - 1][pos]
                  + " s");
        }
      }
    }
  }
}
