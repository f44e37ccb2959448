package org.ruralaccess.bench.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.ruralaccess.routing.RangeRaptorWorker;
import org.ruralaccess.routing.RaptorRequest;
import org.ruralaccess.routing.RaptorTimetable;
import org.ruralaccess.routing.fixture.RandomTimetables;
import org.ruralaccess.routing.oracle.OtpRaptorOracle;

/**
 * One origin to all stops over a 120-minute window at 1-minute steps, on a seeded synthetic network
 * of town size (4,000 stops, 300 patterns, ~2,500 trips, ~2 min between stops, footpaths to the 6
 * nearest stops). Three ways to do the same work:
 *
 * <ul>
 *   <li>{@code ours}: our {@link RangeRaptorWorker}, all 120 departures in one range search, every
 *       departure's arrivals delivered to a listener.
 *   <li>{@code otpPerMinute}: OTP raptor 2.7, STANDARD profile, one single-iteration search per
 *       minute (120 searches): the same 120 answers.
 *   <li>{@code otpRange}: OTP's own range mode (BEST_TIME profile, 7,200 s search window, its
 *       default 60 s iteration step): the same 120 iterations, but OTP returns only the arrivals of
 *       the earliest departure, so it does slightly less output work than the other two.
 * </ul>
 *
 * Same board slack (60 s), transfer limit (4), footpaths, no trip duration limit. Each invocation
 * uses the next of 16 fixed origins. Timings are never asserted.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RangeRaptorBenchmark {

  private static final RandomTimetables.Spec TOWN =
      new RandomTimetables.Spec(
          4000, 300, 4, 13, 20, 40, 120, 6, 0.02, 0.05, 6 * 3600, 8 * 3600, 1800);
  private static final int FROM_SECONDS = 7 * 3600;
  private static final int WINDOW_SECONDS = 120 * 60;
  private static final int MAX_TRANSFERS = 4;
  private static final int BOARD_SLACK_SECONDS = 60;
  private static final int NO_LIMIT_SECONDS = 24 * 3600;
  private static final int ACCESS_SECONDS = 120;

  private RaptorTimetable timetable;
  private RangeRaptorWorker worker;
  private OtpRaptorOracle otp;
  private int[] origins;
  private int next;

  @Setup
  public void setUp() {
    timetable = RandomTimetables.generate(TOWN, 42);
    worker = new RangeRaptorWorker(timetable);
    otp = new OtpRaptorOracle(timetable);
    SplittableRandom random = new SplittableRandom(7);
    List<Integer> served = new ArrayList<>();
    while (served.size() < 16) {
      int stop = random.nextInt(timetable.stopCount());
      if (timetable.visitCount(stop) > 0) {
        served.add(stop);
      }
    }
    origins = served.stream().mapToInt(Integer::intValue).toArray();
    reportWork();
  }

  @Benchmark
  public void ours(Blackhole blackhole) {
    worker.route(
        request(nextOrigin(), FROM_SECONDS, FROM_SECONDS + WINDOW_SECONDS),
        (departure, arrivals, changed, count) -> blackhole.consume(count));
  }

  @Benchmark
  public void otpPerMinute(Blackhole blackhole) {
    int[] access = {nextOrigin()};
    int[] seconds = {ACCESS_SECONDS};
    for (int departure = FROM_SECONDS + WINDOW_SECONDS - 60;
        departure >= FROM_SECONDS;
        departure -= 60) {
      blackhole.consume(
          otp.earliestArrivals(access, seconds, departure, MAX_TRANSFERS, BOARD_SLACK_SECONDS, 0));
    }
  }

  @Benchmark
  public int[] otpRange() {
    return otp.rangeEarliestArrivals(
        new int[] {nextOrigin()},
        new int[] {ACCESS_SECONDS},
        FROM_SECONDS,
        WINDOW_SECONDS,
        MAX_TRANSFERS,
        BOARD_SLACK_SECONDS);
  }

  private int nextOrigin() {
    int origin = origins[next];
    next = (next + 1) % origins.length;
    return origin;
  }

  private static RaptorRequest request(int origin, int from, int to) {
    return new RaptorRequest(
        new int[] {origin},
        new int[] {ACCESS_SECONDS},
        from,
        to,
        60,
        MAX_TRANSFERS,
        BOARD_SLACK_SECONDS,
        NO_LIMIT_SECONDS);
  }

  /** Prints range versus fresh-per-minute work on this network (pattern scans), once. */
  private void reportWork() {
    long range = 0;
    long fresh = 0;
    for (int origin : origins) {
      worker.route(
          request(origin, FROM_SECONDS, FROM_SECONDS + WINDOW_SECONDS), (d, a, c, n) -> {});
      range += worker.lastWork().patternScans();
      for (int departure = FROM_SECONDS;
          departure < FROM_SECONDS + WINDOW_SECONDS;
          departure += 60) {
        worker.route(request(origin, departure, departure + 60), (d, a, c, n) -> {});
        fresh += worker.lastWork().patternScans();
      }
    }
    System.out.printf(
        "%n%s; pattern scans over 16 origins: range %d, fresh per minute %d, ratio %.2f%n",
        timetable, range, fresh, (double) fresh / range);
  }
}
