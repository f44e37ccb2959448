package org.ruralaccess.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ruralaccess.routing.fixture.RandomTimetables;
import org.ruralaccess.routing.oracle.OtpRaptorOracle;

/**
 * Our range-RAPTOR against OpenTripPlanner's raptor on seeded random networks: for every departure
 * minute of a window, the earliest arrival at every stop must be the same, with the same board
 * slack, transfer limit, footpaths and (sometimes) max trip duration.
 */
class OtpRaptorDifferentialTest {

  private static final int NETWORKS = 60;
  private static final int ORIGINS_PER_NETWORK = 4;
  private static final int WINDOW_MINUTES = 15;

  @Test
  void earliestArrivalAtEveryStopEqualsOtpForEveryMinute() {
    long comparedStops = 0;
    long reachedStops = 0;
    List<String> mismatches = new ArrayList<>();
    for (int network = 0; network < NETWORKS; network++) {
      SplittableRandom random = new SplittableRandom(1000 + network);
      RandomTimetables.Spec spec =
          new RandomTimetables.Spec(
              random.nextInt(40, 201),
              random.nextInt(10, 41),
              1,
              random.nextInt(4, 21),
              3,
              random.nextInt(6, 21),
              random.nextInt(60, 241),
              random.nextInt(2, 7),
              0.1,
              0.1,
              7 * 3600,
              8 * 3600,
              random.nextInt(120, 901));
      RaptorTimetable timetable = RandomTimetables.generate(spec, network);
      OtpRaptorOracle oracle = new OtpRaptorOracle(timetable);
      RangeRaptorWorker worker = new RangeRaptorWorker(timetable);
      for (int o = 0; o < ORIGINS_PER_NETWORK; o++) {
        int accessCount = random.nextInt(1, 4);
        int[] accessStops = new int[accessCount];
        int[] accessSeconds = new int[accessCount];
        for (int i = 0; i < accessCount; i++) {
          accessStops[i] = servedStop(timetable, random);
          accessSeconds[i] = random.nextInt(0, 601);
        }
        int earliest = random.nextInt(7 * 3600, 7 * 3600 + 1800);
        int maxTransfers = random.nextInt(0, 5);
        int slack = new int[] {0, 30, 60, 120}[random.nextInt(4)];
        boolean limitDuration = random.nextBoolean();
        int maxTrip = limitDuration ? random.nextInt(30, 121) * 60 : 24 * 3600;
        RaptorRequest request =
            new RaptorRequest(
                accessStops,
                accessSeconds,
                earliest,
                earliest + WINDOW_MINUTES * 60,
                60,
                maxTransfers,
                slack,
                maxTrip);
        String context = "network " + network + " " + request;
        int[] counts = new int[2];
        worker.route(
            request,
            (departure, arrivals, changed, changedCount) -> {
              int[] expected =
                  oracle.earliestArrivals(
                      accessStops,
                      accessSeconds,
                      departure,
                      maxTransfers,
                      slack,
                      limitDuration ? maxTrip : 0);
              for (int stop = 0; stop < expected.length; stop++) {
                int ours = arrivals.isReached(stop) ? arrivals.arrivalSeconds(stop) : -1;
                counts[0]++;
                if (ours >= 0) {
                  counts[1]++;
                }
                if (ours != expected[stop] && mismatches.size() < 20) {
                  mismatches.add(
                      context
                          + " departure "
                          + departure
                          + " stop "
                          + stop
                          + ": ours "
                          + ours
                          + ", OTP "
                          + expected[stop]);
                }
              }
            });
        comparedStops += counts[0];
        reachedStops += counts[1];
      }
    }
    assertEquals(List.of(), mismatches);
    // Guard against a vacuous pass: most comparisons must be of reached stops.
    assertTrue(
        reachedStops > comparedStops / 5 && reachedStops > 50_000,
        "only " + reachedStops + " of " + comparedStops + " stop arrivals were reached");
    System.out.printf(
        "OTP differential: %d stop-minute arrivals compared, %d reached%n",
        comparedStops, reachedStops);
  }

  /** A stop with at least one pattern, so that most origins reach something. */
  private static int servedStop(RaptorTimetable timetable, SplittableRandom random) {
    while (true) {
      int stop = random.nextInt(timetable.stopCount());
      if (timetable.visitCount(stop) > 0) {
        return stop;
      }
    }
  }
}
