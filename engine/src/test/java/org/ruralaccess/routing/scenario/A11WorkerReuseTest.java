package org.ruralaccess.routing.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ruralaccess.routing.RangeMode;
import org.ruralaccess.routing.RangeRaptorWorker;
import org.ruralaccess.routing.RaptorRequest;
import org.ruralaccess.routing.RaptorTimetable;
import org.ruralaccess.routing.fixture.RandomTimetables;
import org.ruralaccess.routing.fixture.RangeRuns;

/**
 * A11: a worker clears only what its last window wrote (the reached stops and the moved boarding
 * cursors, issue 17), so a worker reused over many origins, with more or fewer rounds and tighter
 * or looser trip limits from one request to the next, answers every request exactly as a new worker
 * does, in both range modes.
 */
class A11WorkerReuseTest {

  private static final RandomTimetables.Spec SPEC =
      new RandomTimetables.Spec(300, 40, 4, 20, 5, 20, 120, 4, 0.05, 0.1, 6 * 3600, 7 * 3600, 900);

  @Test
  void aReusedWorkerAnswersAsANewOne() {
    long reached = 0;
    int requests = 0;
    for (int seed = 0; seed < 6; seed++) {
      RaptorTimetable timetable = RandomTimetables.generate(SPEC, seed);
      SplittableRandom random = new SplittableRandom(100 + seed);
      for (RangeMode mode : RangeMode.values()) {
        RangeRaptorWorker reused = new RangeRaptorWorker(timetable, mode);
        for (int r = 0; r < 15; r++) {
          int origin = random.nextInt(timetable.stopCount());
          int second = random.nextInt(timetable.stopCount());
          // 1 to 5 transfers: the rounds grow and shrink between requests on the same worker
          int maxTransfers = 1 + random.nextInt(5);
          int maxTrip = random.nextBoolean() ? 40 * 60 : 24 * 3600;
          RaptorRequest request =
              new RaptorRequest(
                  new int[] {Math.min(origin, second), Math.max(origin, second)},
                  new int[] {60, 240},
                  6 * 3600,
                  7 * 3600 + 30 * 60,
                  60,
                  maxTransfers,
                  60,
                  maxTrip);
          if (origin == second) {
            continue;
          }
          RangeRuns again = RangeRuns.record(reused, request);
          RangeRuns fresh = RangeRuns.record(timetable, mode, request);
          assertNull(again.firstDifference(fresh), "seed " + seed + " " + mode + " request " + r);
          assertEquals(fresh.work(), again.work(), "seed " + seed + " " + mode + " request " + r);
          reached += fresh.reachedCount();
          requests++;
        }
      }
    }
    // not vacuous: most requests reach stops at most departures
    assertTrue(requests > 150, "requests " + requests);
    assertTrue(reached > 100_000, "stop-departure pairs reached " + reached);
  }
}
