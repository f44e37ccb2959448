package org.ruralaccess.analysis.returntrips;

import java.util.List;
import java.util.function.IntConsumer;
import org.ruralaccess.analysis.matrix.MinuteMatrix;
import org.ruralaccess.analysis.matrix.MinuteTimes;

/**
 * The first pass: from every destination place back to every zone origin over the return window,
 * one departure a minute, reduced to the latest departure from the place that still gets the
 * resident home by the category's home-by time. A visit that ends by then can be followed by a
 * journey home in time, one that ends later cannot: feasibility needs nothing more from this pass.
 */
final class ReturnLegs {

  /** No departure gets the resident home in time. */
  static final int NONE = -1;

  private ReturnLegs() {}

  /** The window of the return searches: from the earliest possible return to the latest home-by. */
  static int[] window(List<CategoryPlaces> categories) {
    int from = Integer.MAX_VALUE;
    int to = 0;
    for (CategoryPlaces c : categories) {
      from = Math.min(from, c.rule().earliestReturnSeconds());
      to = Math.max(to, c.rule().homeBySeconds() + MinuteMatrix.STEP_SECONDS);
    }
    return new int[] {from, to};
  }

  /**
   * @param fromPlaces origins = destination places, destinations = zone origins
   * @return [category][local place][zone]: the latest departure (seconds) home by home-by, or
   *     {@link #NONE}
   */
  static int[][][] latestDepartures(
      MinuteMatrix fromPlaces,
      List<CategoryPlaces> categories,
      int[] placesUsed,
      IntConsumer done) {
    int zones = fromPlaces.destinationCount();
    int[][][] latest = new int[categories.size()][][];
    for (int k = 0; k < categories.size(); k++) {
      latest[k] = new int[categories.get(k).size()][];
    }
    int[] window = window(categories);
    fromPlaces.run(
        window[0],
        window[1],
        placesUsed,
        (place, times) -> reduce(place, times, categories, zones),
        (place, byCategory) -> {
          for (int k = 0; k < categories.size(); k++) {
            if (byCategory[k] != null) {
              latest[k][categories.get(k).localIndex(place)] = byCategory[k];
            }
          }
        },
        done);
    return latest;
  }

  private static int[][] reduce(
      int place, MinuteTimes times, List<CategoryPlaces> categories, int zones) {
    int[][] byCategory = new int[categories.size()][];
    for (int k = 0; k < categories.size(); k++) {
      CategoryPlaces c = categories.get(k);
      if (c.localIndex(place) < 0) {
        continue;
      }
      // categories with the same home-by and earliest return share the answer
      for (int earlier = 0; earlier < k && byCategory[k] == null; earlier++) {
        ReturnTripRule other = categories.get(earlier).rule();
        if (byCategory[earlier] != null
            && other.homeBySeconds() == c.rule().homeBySeconds()
            && other.earliestReturnSeconds() == c.rule().earliestReturnSeconds()) {
          byCategory[k] = byCategory[earlier];
        }
      }
      if (byCategory[k] != null) {
        continue;
      }
      int[] latest = new int[zones];
      for (int z = 0; z < zones; z++) {
        latest[z] = latestHomeBy(times, z, c.rule());
      }
      byCategory[k] = latest;
    }
    return byCategory;
  }

  /**
   * The latest departure at or before home-by arriving by home-by. Scanned downwards: an early
   * departure's journey may be hidden by the maximum trip duration where a later one's is not, so
   * the first reachable departure is not enough; nothing before the earliest return is useful.
   */
  static int latestHomeBy(MinuteTimes times, int zone, ReturnTripRule rule) {
    int homeBy = rule.homeBySeconds();
    int last = Math.min(times.departureCount() - 1, times.indexAtOrAfter(homeBy + 1) - 1);
    for (int i = last; i >= 0; i--) {
      int departure = times.departureSeconds(i);
      if (departure < rule.earliestReturnSeconds()) {
        break;
      }
      if (times.reached(i, zone) && times.arrivalSeconds(i, zone) <= homeBy) {
        return departure;
      }
    }
    return NONE;
  }
}
