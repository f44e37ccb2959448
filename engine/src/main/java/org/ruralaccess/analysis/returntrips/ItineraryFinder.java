package org.ruralaccess.analysis.returntrips;

import org.ruralaccess.analysis.matrix.MinuteTimes;
import org.ruralaccess.analysis.matrix.Percentiles;

/**
 * The third pass's combination, exact to the minute: every outward option (the latest departure for
 * each distinct arrival) against the journeys home from the chosen place, keeping the day with the
 * least time away from home (then the earliest home). For an outward arrival the visit ends at
 * {@code max(arrival, opens) + stay}; the first reachable departure home at or after that gives the
 * earliest return, and the latest departure with the same arrival home is when the resident leaves.
 */
final class ItineraryFinder {

  private ItineraryFinder() {}

  /**
   * @param back from the chosen place, every departure minute of the return window, to the zones
   * @return the day out, or null when none works (the first two passes said one does)
   */
  static Itinerary best(
      OutboundOptions out, MinuteTimes back, int zone, ReturnTripRule rule, int destination) {
    int[] arrivals = out.arrivals();
    Itinerary best = null;
    for (int i = arrivals.length - 1; i >= 0; i--) {
      if (arrivals[i] == Percentiles.UNREACHED
          || (i + 1 < arrivals.length && arrivals[i + 1] == arrivals[i])) {
        continue; // not reachable, or a later departure arrives as early: less waiting
      }
      if (arrivals[i] > rule.arriveBySeconds()) {
        continue;
      }
      int home = firstReachable(back, back.indexAtOrAfter(rule.visitEndSeconds(arrivals[i])), zone);
      if (home < 0 || back.arrivalSeconds(home, zone) > rule.homeBySeconds()) {
        continue;
      }
      int leaveHome = out.firstDepartureSeconds() + i * 60;
      Itinerary day =
          new Itinerary(
              destination,
              leaveHome,
              arrivals[i],
              back.departureSeconds(lastWithSameArrival(back, home, zone)),
              back.arrivalSeconds(home, zone));
      if (best == null
          || day.awaySeconds() < best.awaySeconds()
          || (day.awaySeconds() == best.awaySeconds() && day.homeSeconds() < best.homeSeconds())) {
        best = day;
      }
    }
    return best;
  }

  private static int firstReachable(MinuteTimes times, int from, int zone) {
    for (int j = from; j < times.departureCount(); j++) {
      if (times.reached(j, zone)) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Departures with the same arrival are contiguous: between two of them a departure arrives no
   * earlier and no later, and in less time, so it is reachable too.
   */
  private static int lastWithSameArrival(MinuteTimes times, int j, int zone) {
    int arrival = times.arrivalSeconds(j, zone);
    while (j + 1 < times.departureCount()
        && times.reached(j + 1, zone)
        && times.arrivalSeconds(j + 1, zone) == arrival) {
      j++;
    }
    return j;
  }
}
