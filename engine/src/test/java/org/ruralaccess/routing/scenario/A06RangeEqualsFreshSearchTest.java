package org.ruralaccess.routing.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ruralaccess.routing.RangeRaptorWorker;
import org.ruralaccess.routing.RaptorRequest;
import org.ruralaccess.routing.RaptorTimetable;
import org.ruralaccess.routing.StopArrivals;
import org.ruralaccess.routing.fixture.RandomTimetables;

/**
 * A06: range mode (state reused from the later departure) gives exactly the answers of a fresh
 * search per departure, the changed-stops lists rebuild those answers, and range mode does less
 * work. Checked on seeded random networks with and without a binding max trip duration.
 */
class A06RangeEqualsFreshSearchTest {

  private static final RandomTimetables.Spec SPEC =
      new RandomTimetables.Spec(300, 40, 4, 20, 5, 20, 120, 4, 0.05, 0.1, 6 * 3600, 7 * 3600, 900);

  @Test
  void everyDepartureEqualsAFreshSearchAndRangeDoesLessWork() {
    long rangeScans = 0;
    long freshScans = 0;
    for (int seed = 0; seed < 12; seed++) {
      RaptorTimetable timetable = RandomTimetables.generate(SPEC, seed);
      SplittableRandom random = new SplittableRandom(seed);
      int origin = random.nextInt(timetable.stopCount());
      int maxTrip = seed % 2 == 0 ? 45 * 60 : 24 * 3600;
      RaptorRequest window =
          new RaptorRequest(
              new int[] {origin}, new int[] {120}, 6 * 3600, 8 * 3600, 60, 3, 60, maxTrip);
      RangeRaptorWorker worker = new RangeRaptorWorker(timetable);
      List<int[]> rangeAnswers = new ArrayList<>();
      List<int[]> rebuiltFromChanges = new ArrayList<>();
      int[] rebuilt = new int[timetable.stopCount()];
      Arrays.fill(rebuilt, -1);
      worker.route(
          window,
          (departure, arrivals, changed, count) -> {
            rangeAnswers.add(snapshot(arrivals));
            for (int i = 0; i < count; i++) {
              int stop = changed[i];
              rebuilt[stop] = arrivals.isReached(stop) ? arrivals.arrivalSeconds(stop) : -1;
            }
            rebuiltFromChanges.add(rebuilt.clone());
          });
      rangeScans += worker.lastWork().patternScans();
      assertEquals(120, worker.lastWork().departures());

      RangeRaptorWorker fresh = new RangeRaptorWorker(timetable);
      for (int i = 0; i < rangeAnswers.size(); i++) {
        int departure = 8 * 3600 - 60 - i * 60;
        RaptorRequest one =
            new RaptorRequest(
                new int[] {origin}, new int[] {120}, departure, departure + 60, 60, 3, 60, maxTrip);
        int[][] answer = new int[1][];
        fresh.route(one, (d, arrivals, changed, count) -> answer[0] = snapshot(arrivals));
        freshScans += fresh.lastWork().patternScans();
        String where = "seed " + seed + " departure " + departure;
        assertArrayEquals(answer[0], rangeAnswers.get(i), where);
        assertArrayEquals(answer[0], rebuiltFromChanges.get(i), where + " (from changed stops)");
      }
    }
    double ratio = (double) freshScans / rangeScans;
    System.out.printf(
        "A06: pattern scans fresh per minute %d, range %d, ratio %.2f%n",
        freshScans, rangeScans, ratio);
    assertTrue(ratio > 1.5, "range mode should scan far fewer patterns, ratio " + ratio);
  }

  private static int[] snapshot(StopArrivals arrivals) {
    int[] result = new int[arrivals.stopCount()];
    for (int stop = 0; stop < result.length; stop++) {
      result[stop] = arrivals.isReached(stop) ? arrivals.arrivalSeconds(stop) : -1;
    }
    return result;
  }
}
