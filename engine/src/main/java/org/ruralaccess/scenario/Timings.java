package org.ruralaccess.scenario;

import java.util.ArrayList;
import java.util.List;
import org.ruralaccess.network.transit.ScheduledTrip;

/**
 * A trip's times as running times between stops and dwell times at stops, and back. Rebuilding
 * keeps the departure from the first stop and the dwell there, so an edit moves only later times.
 */
final class Timings {

  private Timings() {}

  /** Seconds from departing stop i to arriving at stop i + 1, per hop. */
  static int[] runningSeconds(ScheduledTrip trip) {
    int[] running = new int[trip.stopCount() - 1];
    for (int i = 0; i < running.length; i++) {
      running[i] = trip.arrivalSeconds().get(i + 1) - trip.departureSeconds().get(i);
    }
    return running;
  }

  /** Seconds from arriving to departing, per stop. */
  static int[] dwellSeconds(ScheduledTrip trip) {
    int[] dwell = new int[trip.stopCount()];
    for (int i = 0; i < dwell.length; i++) {
      dwell[i] = trip.departureSeconds().get(i) - trip.arrivalSeconds().get(i);
    }
    return dwell;
  }

  static ScheduledTrip rebuild(ScheduledTrip trip, int[] runningSeconds, int[] dwellSeconds) {
    return trip.withTimes(
        arrivals(trip.firstDepartureSeconds() - dwellSeconds[0], runningSeconds, dwellSeconds),
        departures(trip.firstDepartureSeconds() - dwellSeconds[0], runningSeconds, dwellSeconds));
  }

  /** Arrival times for a trip arriving at its first stop at {@code firstArrivalSeconds}. */
  static List<Integer> arrivals(int firstArrivalSeconds, int[] running, int[] dwell) {
    List<Integer> arrivals = new ArrayList<>(dwell.length);
    int time = firstArrivalSeconds;
    for (int i = 0; i < dwell.length; i++) {
      arrivals.add(time);
      time += dwell[i] + (i < running.length ? running[i] : 0);
    }
    return arrivals;
  }

  static List<Integer> departures(int firstArrivalSeconds, int[] running, int[] dwell) {
    List<Integer> departures = new ArrayList<>(dwell.length);
    int time = firstArrivalSeconds;
    for (int i = 0; i < dwell.length; i++) {
      departures.add(time + dwell[i]);
      time += dwell[i] + (i < running.length ? running[i] : 0);
    }
    return departures;
  }
}
