package org.ruralaccess.analysis.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.routing.RaptorTimetable;

/**
 * Marks the baseline stops where two day timetables differ as a search sees them: the stops of
 * every pattern one has and the other lacks (the same stops by id, boarding and alighting rules,
 * and every trip's times, in order), and the stops whose footpaths or minimum transfer time differ.
 * Patterns are matched as a multiset, so pattern numbering does not matter.
 */
final class TimetableDifference {

  private TimetableDifference() {}

  static void markChangedStops(
      RaptorTimetable before,
      RaptorTimetable after,
      ScenarioFootprint.StopMatch stops,
      boolean[] watched) {
    int[] identity = new int[before.stopCount()];
    for (int s = 0; s < identity.length; s++) {
      identity[s] = s;
    }
    int[] afterAsBaseline = new int[after.stopCount()];
    for (int s = 0; s < afterAsBaseline.length; s++) {
      // a stop the baseline lacks matches nothing (-1 - s is no baseline stop)
      afterAsBaseline[s] = stops.baselineStop(s) >= 0 ? stops.baselineStop(s) : -1 - s;
    }
    Map<Long, List<Integer>> unmatched = new HashMap<>();
    for (int p = 0; p < before.patternCount(); p++) {
      unmatched.computeIfAbsent(hash(before, p, identity), k -> new ArrayList<>()).add(p);
    }
    for (int p = 0; p < after.patternCount(); p++) {
      List<Integer> candidates = unmatched.get(hash(after, p, afterAsBaseline));
      boolean found = false;
      if (candidates != null) {
        for (int i = 0; i < candidates.size(); i++) {
          if (same(before, candidates.get(i), after, p, afterAsBaseline)) {
            candidates.remove(i);
            found = true;
            break;
          }
        }
      }
      if (!found) {
        markPattern(after, p, afterAsBaseline, watched);
      }
    }
    for (List<Integer> left : unmatched.values()) {
      for (int p : left) {
        markPattern(before, p, identity, watched);
      }
    }
    for (int s = 0; s < after.stopCount(); s++) {
      int b = stops.baselineStop(s);
      if (b >= 0 && !sameTransfers(before, b, after, s, afterAsBaseline)) {
        watched[b] = true;
      }
    }
  }

  private static void markPattern(
      RaptorTimetable timetable, int pattern, int[] asBaseline, boolean[] watched) {
    for (int i = 0; i < timetable.stopCountInPattern(pattern); i++) {
      int b = asBaseline[timetable.stop(pattern, i)];
      if (b >= 0) {
        watched[b] = true;
      }
    }
  }

  private static long hash(RaptorTimetable t, int p, int[] asBaseline) {
    long h = t.stopCountInPattern(p);
    for (int i = 0; i < t.stopCountInPattern(p); i++) {
      h = h * 31 + asBaseline[t.stop(p, i)];
      h = h * 31 + (t.canBoard(p, i) ? 1 : 0) + (t.canAlight(p, i) ? 2 : 0);
    }
    h = h * 31 + t.tripCount(p);
    for (int trip = 0; trip < t.tripCount(p); trip++) {
      for (int i = 0; i < t.stopCountInPattern(p); i++) {
        h = h * 31 + t.arrivalSeconds(p, trip, i);
        h = h * 31 + t.departureSeconds(p, trip, i);
      }
    }
    return h;
  }

  /**
   * The exact check behind {@link #hash}: the hash already covers stops, rules and every trip's
   * times, so two patterns that differ only in a time almost always land in different buckets and
   * never reach this check; it is what keeps a hash collision from hiding a change.
   */
  private static boolean same(
      RaptorTimetable before, int pb, RaptorTimetable after, int pa, int[] afterAsBaseline) {
    int stopCount = before.stopCountInPattern(pb);
    if (stopCount != after.stopCountInPattern(pa) || before.tripCount(pb) != after.tripCount(pa)) {
      return false;
    }
    for (int i = 0; i < stopCount; i++) {
      if (before.stop(pb, i) != afterAsBaseline[after.stop(pa, i)]
          || before.canBoard(pb, i) != after.canBoard(pa, i)
          || before.canAlight(pb, i) != after.canAlight(pa, i)) {
        return false;
      }
    }
    for (int trip = 0; trip < before.tripCount(pb); trip++) {
      for (int i = 0; i < stopCount; i++) {
        if (before.arrivalSeconds(pb, trip, i) != after.arrivalSeconds(pa, trip, i)
            || before.departureSeconds(pb, trip, i) != after.departureSeconds(pa, trip, i)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The same footpaths (target and duration, as a set) and minimum transfer time. */
  private static boolean sameTransfers(
      RaptorTimetable before, int b, RaptorTimetable after, int a, int[] afterAsBaseline) {
    int count = before.transferCount(b);
    if (count != after.transferCount(a)
        || before.minTransferSeconds(b) != after.minTransferSeconds(a)) {
      return false;
    }
    List<Long> old = new ArrayList<>(count);
    List<Long> now = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      old.add(((long) before.transferTarget(b, i) << 32) | before.transferDurationSeconds(b, i));
      now.add(
          ((long) afterAsBaseline[after.transferTarget(a, i)] << 32)
              | after.transferDurationSeconds(a, i));
    }
    old.sort(null);
    now.sort(null);
    return old.equals(now);
  }
}
