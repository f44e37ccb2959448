package org.ruralaccess.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.routing.RangeRaptorWorker;
import org.ruralaccess.routing.RaptorRequest;
import org.ruralaccess.routing.RaptorTimetable;
import org.ruralaccess.routing.oracle.OtpRaptorOracle;
import org.ruralaccess.testing.RepoFiles;

/**
 * Our range-RAPTOR against OpenTripPlanner's raptor on the real Porto Alegre network (EPTC +
 * Trensurb, Monday 2019-05-13, walking transfers from the real streets at r5r's 3.6 km/h): for
 * random origins (1-4 linked access stops, 0-15 min walks) and random departures between 14:00 and
 * 16:00, the earliest arrival at every one of the 4,010 stops must be equal. Each origin is
 * searched as a 10-minute range, so every minute of the range is compared, not just the last.
 */
class PortoAlegreOtpDifferentialTest {

  private static RaptorTimetable timetable;
  private static int[] linkedStops;

  @BeforeAll
  static void buildNetwork() {
    NetworkBuilder.Result built =
        new NetworkBuilder(line -> {})
            .build(RegionConfigReader.read(RepoFiles.resolve("regions/poa")));
    Network network = built.network();
    timetable = DayTimetables.forDate(network, LocalDate.of(2019, 5, 13), 3.6 / 3.6, 600, 0);
    List<Integer> linked = new ArrayList<>();
    for (int stop = 0; stop < network.transit().stopCount(); stop++) {
      if (network.stopLinks().isLinked(stop)) {
        linked.add(stop);
      }
    }
    linkedStops = linked.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void earliestArrivalsEqualOtpAtEveryStopAndMinute() {
    Random random = new Random(20190513);
    OtpRaptorOracle otp = new OtpRaptorOracle(timetable);
    RangeRaptorWorker ours = new RangeRaptorWorker(timetable);
    long compared = 0;
    long reached = 0;
    for (int origin = 0; origin < 25; origin++) {
      int accessCount = 1 + random.nextInt(4);
      int[] accessStops = new int[accessCount];
      int[] accessSeconds = new int[accessCount];
      for (int i = 0; i < accessCount; i++) {
        accessStops[i] = linkedStops[random.nextInt(linkedStops.length)];
        accessSeconds[i] = random.nextInt(900);
      }
      int first = 14 * 3600 + 60 * random.nextInt(110);
      int maxTransfers = random.nextInt(5);
      int slack = random.nextBoolean() ? 60 : 0;
      RaptorRequest request =
          new RaptorRequest(
              accessStops, accessSeconds, first, first + 600, 60, maxTransfers, slack, 2 * 3600);
      List<int[]> oursByMinute = new ArrayList<>();
      List<Integer> minutes = new ArrayList<>();
      ours.route(
          request,
          (departure, arrivals, changed, count) -> {
            int[] copy = new int[arrivals.stopCount()];
            for (int stop = 0; stop < copy.length; stop++) {
              copy[stop] =
                  arrivals.isReached(stop)
                      ? arrivals.arrivalSeconds(stop)
                      : OtpRaptorOracle.UNREACHED;
            }
            oursByMinute.add(copy);
            minutes.add(departure);
          });
      for (int m = 0; m < minutes.size(); m++) {
        int[] expected =
            otp.earliestArrivals(
                accessStops, accessSeconds, minutes.get(m), maxTransfers, slack, 2 * 3600);
        int[] actual = oursByMinute.get(m);
        for (int stop = 0; stop < expected.length; stop++) {
          if (expected[stop] != actual[stop]) {
            assertEquals(
                expected[stop],
                actual[stop],
                "origin " + origin + ", departure " + minutes.get(m) + ", stop " + stop);
          }
          compared++;
          reached += expected[stop] == OtpRaptorOracle.UNREACHED ? 0 : 1;
        }
      }
    }
    // 25 origins x 10 minutes x 4,010 stops; a fair share must be reached for the test to mean much
    assertEquals(25L * 10 * 4010, compared);
    assertTrue(reached > compared / 10, "reached " + reached + " of " + compared);
  }
}
