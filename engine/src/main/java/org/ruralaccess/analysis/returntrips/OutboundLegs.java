package org.ruralaccess.analysis.returntrips;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.ruralaccess.analysis.matrix.MinuteMatrix;
import org.ruralaccess.analysis.matrix.MinuteTimes;
import org.ruralaccess.analysis.matrix.Percentiles;

/**
 * The second pass: from every zone origin to every destination place over the outward window, one
 * departure a minute. Leaving at or after leave-after, the earliest arrival at a place is that of
 * the first reachable departure (arrivals never get earlier when leaving later). The trip works
 * when that arrival is by arrive-by and the visit then ends no later than the latest departure home
 * of the first pass. Per zone and category it counts the destinations that work and keeps the place
 * reached earliest, with its outward journeys for the third pass.
 */
final class OutboundLegs {

  /** One zone's answer per category. */
  record ZoneResult(int[] feasibleDestinations, OutboundOptions[] chosen) {}

  private OutboundLegs() {}

  static ZoneResult[] run(
      MinuteMatrix fromZones,
      List<CategoryPlaces> categories,
      int[][][] latestReturn,
      IntConsumer done) {
    int from = Integer.MAX_VALUE;
    int to = 0;
    for (CategoryPlaces c : categories) {
      from = Math.min(from, c.rule().leaveAfterSeconds());
      to = Math.max(to, c.rule().arriveBySeconds() + MinuteMatrix.STEP_SECONDS);
    }
    ZoneResult[] results = new ZoneResult[fromZones.originCount()];
    fromZones.run(
        from,
        to,
        null,
        (zone, times) -> reduce(zone, times, categories, latestReturn),
        (zone, result) -> results[zone] = result,
        done);
    return results;
  }

  private static ZoneResult reduce(
      int zone, MinuteTimes times, List<CategoryPlaces> categories, int[][][] latestReturn) {
    int[] feasible = new int[categories.size()];
    OutboundOptions[] chosen = new OutboundOptions[categories.size()];
    // earliest arrival per place, shared by categories with the same leave-after and arrive-by
    Map<Long, int[]> earliestByWindow = new HashMap<>();
    for (int k = 0; k < categories.size(); k++) {
      CategoryPlaces c = categories.get(k);
      ReturnTripRule rule = c.rule();
      int first = times.indexAtOrAfter(rule.leaveAfterSeconds());
      int[] earliest =
          earliestByWindow.computeIfAbsent(
              ((long) rule.leaveAfterSeconds() << 32) | rule.arriveBySeconds(),
              w -> new int[times.secondsByDeparture()[0].length]);
      int best = -1;
      int bestArrival = Integer.MAX_VALUE;
      for (int j = 0; j < c.size(); j++) {
        int place = c.places()[j];
        if (earliest[place] == 0) { // not known yet (an arrival at 00:00:00 is merely recomputed)
          earliest[place] = earliestArrival(times, first, place, rule.arriveBySeconds());
        }
        int arrival = earliest[place];
        int latest = latestReturn[k][j][zone];
        if (arrival > rule.arriveBySeconds()
            || latest == ReturnLegs.NONE
            || rule.visitEndSeconds(arrival) > latest) {
          continue;
        }
        feasible[k] += c.destinationCounts()[j];
        if (arrival < bestArrival
            || (arrival == bestArrival && c.firstDestinations()[j] < c.firstDestinations()[best])) {
          best = j;
          bestArrival = arrival;
        }
      }
      if (best >= 0) {
        chosen[k] = options(times, first, c, best, latestReturn[k][best][zone]);
      }
    }
    return new ZoneResult(feasible, chosen);
  }

  /** The arrival of the first reachable departure from {@code first} on, or MAX_VALUE. */
  private static int earliestArrival(MinuteTimes times, int first, int place, int arriveBy) {
    for (int i = first; i < times.departureCount(); i++) {
      if (times.departureSeconds(i) > arriveBy) {
        break;
      }
      if (times.reached(i, place)) {
        return times.arrivalSeconds(i, place);
      }
    }
    return Integer.MAX_VALUE;
  }

  /**
   * The outward journeys that could start a working day out: leaving from leave-after until the
   * last departure that arrives early enough for both arrive-by and the latest departure home.
   */
  private static OutboundOptions options(
      MinuteTimes times, int first, CategoryPlaces c, int local, int latestReturn) {
    ReturnTripRule rule = c.rule();
    int lastDeparture = Math.min(rule.arriveBySeconds(), latestReturn - rule.staySeconds());
    int last = Math.min(times.departureCount() - 1, times.indexAtOrAfter(lastDeparture + 1) - 1);
    int place = c.places()[local];
    int[] arrivals = new int[Math.max(0, last - first + 1)];
    for (int i = first; i <= last; i++) {
      arrivals[i - first] =
          times.reached(i, place) ? times.arrivalSeconds(i, place) : Percentiles.UNREACHED;
    }
    return new OutboundOptions(local, times.departureSeconds(first), arrivals);
  }
}
