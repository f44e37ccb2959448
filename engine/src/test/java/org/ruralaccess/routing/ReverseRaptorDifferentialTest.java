package org.ruralaccess.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ruralaccess.routing.fixture.RandomTimetables;

/**
 * The reverse (arrive-by) range search against our forward search on seeded random networks (with
 * boarding and alighting restrictions, loops, footpaths, random minimum transfer times at a third
 * of the stops, board slack 0-120 s, 0-4 transfers, max trips of 30-180 minutes): for every stop
 * {@code s} and every deadline {@code T} of a 10-deadline window, with the reverse search's answer
 * {@code L}:
 *
 * <ul>
 *   <li>if {@code L} is reached: {@code L >= T - maxTrip}, a forward search from {@code s} leaving
 *       at {@code L} arrives at the target (any egress stop plus its egress walk) by {@code T}, and
 *       one leaving at {@code L + 1} does not, so (forward arrivals never get earlier by leaving
 *       later) exactly the departures up to {@code L} make it;
 *   <li>if not: a forward search leaving at {@code T - maxTrip} does not arrive by {@code T}.
 * </ul>
 *
 * Also: the range search's answer for each deadline equals a fresh search for that deadline alone,
 * and the changed stops reported are exactly those whose answer changed.
 */
class ReverseRaptorDifferentialTest {

  private static final int NETWORKS = 60;
  private static final int TARGETS_PER_NETWORK = 2;
  private static final int DEADLINES = 10;

  @Test
  void latestDepartureIsExactlyTheLastForwardDepartureArrivingInTime() {
    long compared = 0;
    long reached = 0;
    List<String> mismatches = new ArrayList<>();
    for (int network = 0; network < NETWORKS; network++) {
      SplittableRandom random = new SplittableRandom(5000 + network);
      RaptorTimetable timetable =
          withMinTransferTimes(RandomTimetables.generate(spec(random), network), random);
      RangeRaptorWorker forward = new RangeRaptorWorker(timetable);
      ReverseRangeRaptorWorker reverse = new ReverseRangeRaptorWorker(timetable);
      ReverseRangeRaptorWorker fresh = new ReverseRangeRaptorWorker(timetable);
      for (int target = 0; target < TARGETS_PER_NETWORK; target++) {
        ReverseRaptorRequest request = request(timetable, random);
        String context = "network " + network + " " + request;
        Map<Integer, int[]> answers = rangeAnswers(reverse, request, context, mismatches);
        for (int deadline : answers.keySet()) {
          int[] latest = answers.get(deadline);
          int[] alone = freshAnswer(fresh, request, deadline);
          for (int stop = 0; stop < latest.length; stop++) {
            compared++;
            if (latest[stop] != alone[stop] && mismatches.size() < 20) {
              mismatches.add(
                  context
                      + " T "
                      + deadline
                      + " stop "
                      + stop
                      + ": range "
                      + latest[stop]
                      + ", fresh "
                      + alone[stop]);
            }
            String problem = checkAgainstForward(forward, request, deadline, stop, latest[stop]);
            if (problem != null && mismatches.size() < 20) {
              mismatches.add(context + " T " + deadline + " stop " + stop + ": " + problem);
            }
            reached += latest[stop] == ReverseRangeRaptorWorker.UNREACHED ? 0 : 1;
          }
        }
      }
    }
    assertEquals(List.of(), mismatches);
    // not vacuous: a fair share of the (stop, deadline) pairs can make it
    assertTrue(reached > compared / 10 && reached > 5000, reached + " of " + compared + " reached");
    System.out.printf(
        "reverse differential: %d stop-deadlines compared with the forward search, %d reached%n",
        compared, reached);
  }

  private static RandomTimetables.Spec spec(SplittableRandom random) {
    return new RandomTimetables.Spec(
        random.nextInt(30, 121),
        random.nextInt(8, 31),
        1,
        random.nextInt(4, 16),
        3,
        random.nextInt(5, 15),
        random.nextInt(60, 241),
        random.nextInt(2, 6),
        0.1,
        0.1,
        7 * 3600,
        8 * 3600,
        random.nextInt(120, 901));
  }

  private static ReverseRaptorRequest request(RaptorTimetable timetable, SplittableRandom random) {
    int egressCount = random.nextInt(1, 4);
    int[] stops = new int[egressCount];
    int[] seconds = new int[egressCount];
    for (int i = 0; i < egressCount; i++) {
      stops[i] = servedStop(timetable, random);
      seconds[i] = random.nextInt(0, 601);
    }
    int earliest = random.nextInt(8 * 3600, 9 * 3600);
    int step = new int[] {1, 30, 60, 90}[random.nextInt(4)];
    return new ReverseRaptorRequest(
        stops,
        seconds,
        earliest,
        earliest + DEADLINES * step,
        step,
        random.nextInt(0, 5),
        new int[] {0, 30, 60, 120}[random.nextInt(4)],
        random.nextInt(30, 181) * 60);
  }

  /** Every deadline's answers; checks the changed stops against the previous deadline's. */
  private static Map<Integer, int[]> rangeAnswers(
      ReverseRangeRaptorWorker reverse,
      ReverseRaptorRequest request,
      String context,
      List<String> mismatches) {
    Map<Integer, int[]> answers = new HashMap<>();
    int[][] previous = {null};
    reverse.route(
        request,
        (deadline, departures, changed, count) -> {
          int[] latest = read(departures);
          answers.put(deadline, latest);
          TreeSet<Integer> reported = new TreeSet<>();
          for (int i = 0; i < count; i++) {
            reported.add(changed[i]);
          }
          TreeSet<Integer> actual = new TreeSet<>();
          for (int stop = 0; stop < latest.length; stop++) {
            int before =
                previous[0] == null ? ReverseRangeRaptorWorker.UNREACHED : previous[0][stop];
            if (latest[stop] != before) {
              actual.add(stop);
            }
          }
          if (!reported.equals(actual) && mismatches.size() < 20) {
            mismatches.add(context + " T " + deadline + ": changed " + reported + " vs " + actual);
          }
          previous[0] = latest;
        });
    return answers;
  }

  private static int[] freshAnswer(
      ReverseRangeRaptorWorker fresh, ReverseRaptorRequest window, int deadline) {
    int[][] answer = new int[1][];
    fresh.route(
        new ReverseRaptorRequest(
            window.egressStops(),
            window.egressDurationSeconds(),
            deadline,
            deadline + 1,
            1,
            window.maxTransfers(),
            window.boardSlackSeconds(),
            window.maxTripDurationSeconds()),
        (t, departures, changed, count) -> answer[0] = read(departures));
    return answer[0];
  }

  private static int[] read(StopDepartures departures) {
    int[] latest = new int[departures.stopCount()];
    for (int stop = 0; stop < latest.length; stop++) {
      latest[stop] =
          departures.isReached(stop)
              ? departures.departureSeconds(stop)
              : ReverseRangeRaptorWorker.UNREACHED;
    }
    return latest;
  }

  /** Null when the forward search agrees, else what went wrong. */
  private static String checkAgainstForward(
      RangeRaptorWorker forward, ReverseRaptorRequest request, int deadline, int stop, int latest) {
    int earliestAllowed = deadline - request.maxTripDurationSeconds();
    if (latest == ReverseRangeRaptorWorker.UNREACHED) {
      int[] arrival = forwardArrivals(forward, request, stop, earliestAllowed);
      return arrival[0] <= deadline
          ? "unreached, but leaving at " + earliestAllowed + " arrives at " + arrival[0]
          : null;
    }
    if (latest < earliestAllowed) {
      return "latest departure " + latest + " is before deadline - max trip " + earliestAllowed;
    }
    int[] arrivals = forwardArrivals(forward, request, stop, latest);
    if (arrivals[0] > deadline) {
      return "leaving at " + latest + " arrives at " + arrivals[0] + ", after the deadline";
    }
    if (arrivals[1] <= deadline) {
      return "leaving at " + (latest + 1) + " still arrives at " + arrivals[1];
    }
    return null;
  }

  /**
   * Forward from {@code stop} leaving at {@code departure} and one second later: the arrival at the
   * target (best over egress stops of stop arrival plus egress), MAX_VALUE when none.
   */
  private static int[] forwardArrivals(
      RangeRaptorWorker forward, ReverseRaptorRequest request, int stop, int departure) {
    int[] result = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    int[] egressStops = request.egressStops();
    int[] egressSeconds = request.egressDurationSeconds();
    forward.route(
        new RaptorRequest(
            new int[] {stop},
            new int[] {0},
            departure,
            departure + 2,
            1,
            request.maxTransfers(),
            request.boardSlackSeconds(),
            24 * 3600),
        (d, arrivals, changed, count) -> {
          int best = Integer.MAX_VALUE;
          for (int i = 0; i < egressStops.length; i++) {
            if (arrivals.isReached(egressStops[i])) {
              best = Math.min(best, arrivals.arrivalSeconds(egressStops[i]) + egressSeconds[i]);
            }
          }
          result[d - departure] = best;
        });
    return result;
  }

  /** The same timetable with a minimum transfer time of 30-300 s at about a third of the stops. */
  static RaptorTimetable withMinTransferTimes(RaptorTimetable tt, SplittableRandom random) {
    RaptorTimetableBuilder builder = RaptorTimetable.builder(tt.stopCount());
    for (int p = 0; p < tt.patternCount(); p++) {
      int n = tt.stopCountInPattern(p);
      int[] stops = new int[n];
      boolean[] board = new boolean[n];
      boolean[] alight = new boolean[n];
      for (int pos = 0; pos < n; pos++) {
        stops[pos] = tt.stop(p, pos);
        board[pos] = tt.canBoard(p, pos);
        alight[pos] = tt.canAlight(p, pos);
      }
      int[][] arrivals = new int[tt.tripCount(p)][n];
      int[][] departures = new int[tt.tripCount(p)][n];
      for (int trip = 0; trip < tt.tripCount(p); trip++) {
        for (int pos = 0; pos < n; pos++) {
          arrivals[trip][pos] = tt.arrivalSeconds(p, trip, pos);
          departures[trip][pos] = tt.departureSeconds(p, trip, pos);
        }
      }
      builder.addPattern(stops, board, alight, arrivals, departures);
    }
    for (int from = 0; from < tt.stopCount(); from++) {
      for (int t = 0; t < tt.transferCount(from); t++) {
        builder.addTransfer(from, tt.transferTarget(from, t), tt.transferDurationSeconds(from, t));
      }
      if (random.nextInt(3) == 0) {
        builder.minTransferSeconds(from, random.nextInt(30, 301));
      }
    }
    return builder.build();
  }

  private static int servedStop(RaptorTimetable timetable, SplittableRandom random) {
    while (true) {
      int stop = random.nextInt(timetable.stopCount());
      if (timetable.visitCount(stop) > 0) {
        return stop;
      }
    }
  }
}
