package org.ruralaccess.bench.routing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ruralaccess.ingest.points.PointCsvReader;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.DayTimetables;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.network.store.NetworkStore;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.network.street.StreetTimes;
import org.ruralaccess.routing.RangeMode;
import org.ruralaccess.routing.RangeRaptorWorker;
import org.ruralaccess.routing.RaptorRequest;
import org.ruralaccess.routing.RaptorTimetable;
import org.ruralaccess.routing.RaptorWork;
import org.ruralaccess.routing.fixture.ThinnedTimetables;

/**
 * Deterministic work counters of the range search in each {@link RangeMode}, summed over every
 * origin of a point file with its real walk access (the network's routing settings, as {@code rae
 * matrix} uses them): departures, departures at which round 1 scanned anything, pattern scans, stop
 * visits, footpath relaxations, plus the best of three one-thread CPU times per mode (indicative
 * only on a shared machine). Optionally thins the timetable to one trip per pattern per {@code
 * HEADWAY} seconds ({@link ThinnedTimetables}, a synthetic sparse network, never shipped as data).
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar
 * org.ruralaccess.bench.routing.RangeWorkCounts NETWORK POINTS DATE FROM TO [HEADWAY]}
 */
public final class RangeWorkCounts {

  private RangeWorkCounts() {}

  public static void main(String[] args) {
    Network network = NetworkStore.read(Path.of(args[0]));
    PointSet points = PointCsvReader.read(Path.of(args[1]));
    LocalDate date = LocalDate.parse(args[2]);
    int from = ClockTime.parseSeconds(args[3]);
    int to = ClockTime.parseSeconds(args[4]);
    int headway = args.length > 5 ? Integer.parseInt(args[5]) : 0;
    RoutingSettings routing = network.info().routing();
    double walkSpeed = routing.walkSpeedKmh() / 3.6;
    RaptorTimetable timetable =
        DayTimetables.forDate(
            network,
            date,
            walkSpeed,
            routing.maxTransferWalkMinutes() * 60,
            routing.transferSlackSeconds());
    if (headway > 0) {
      timetable = ThinnedTimetables.keepHeadway(timetable, headway);
    }
    List<int[][]> access = accessLegs(network, points, walkSpeed, routing.maxWalkMinutes() * 60);
    System.out.printf(
        "%s; %d origins with access to a stop; %s %s-%s%s%n",
        timetable,
        access.size(),
        date,
        args[3],
        args[4],
        headway > 0 ? ", thinned to one trip per " + headway + " s per pattern" : "");
    System.out.println(
        "mode | departures | with new boardings | pattern scans | stop visits | footpaths |"
            + " CPU ms (best of 3)");
    RangeMode[] modes =
        System.getProperty("modes") == null
            ? RangeMode.values()
            : java.util.Arrays.stream(System.getProperty("modes").split(","))
                .map(RangeMode::valueOf)
                .toArray(RangeMode[]::new);
    long[][] sums = new long[modes.length][];
    long[] bestCpuNanos = new long[modes.length];
    java.util.Arrays.fill(bestCpuNanos, Long.MAX_VALUE);
    for (int repeat = 0; repeat < Integer.getInteger("repeats", 3); repeat++) {
      for (int m = 0; m < modes.length; m++) {
        long start = THREADS.getCurrentThreadCpuTime();
        sums[m] = run(new RangeRaptorWorker(timetable, modes[m]), access, from, to, routing);
        bestCpuNanos[m] = Math.min(bestCpuNanos[m], THREADS.getCurrentThreadCpuTime() - start);
      }
    }
    for (int m = 0; m < modes.length; m++) {
      long[] sum = sums[m];
      System.out.printf(
          "%s | %,d | %,d | %,d | %,d | %,d | %,d%n",
          modes[m], sum[0], sum[1], sum[2], sum[3], sum[4], bestCpuNanos[m] / 1_000_000);
    }
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /** Routes every origin's window; returns the summed counters of {@link RaptorWork}. */
  private static long[] run(
      RangeRaptorWorker worker, List<int[][]> access, int from, int to, RoutingSettings routing) {
    long[] sum = new long[5];
    for (int[][] legs : access) {
      worker.route(
          new RaptorRequest(
              legs[0],
              legs[1],
              from,
              to,
              RaptorRequest.DEFAULT_STEP_SECONDS,
              routing.maxTransfers(),
              routing.boardSlackSeconds(),
              routing.maxTripMinutes() * 60),
          (departure, arrivals, changed, count) -> {});
      RaptorWork work = worker.lastWork();
      sum[0] += work.departures();
      sum[1] += work.departuresWithNewBoardings();
      sum[2] += work.patternScans();
      sum[3] += work.stopVisits();
      sum[4] += work.transferRelaxations();
    }
    return sum;
  }

  /** {stops, seconds} per origin, as the matrix finds them: linked stops within the walk limit. */
  private static List<int[][]> accessLegs(
      Network network, PointSet points, double walkSpeed, int maxWalkSeconds) {
    StopIndex stopIndex = StopIndex.of(network.transit(), network.stopLinks());
    StreetRouter router = new StreetRouter(network.streets());
    List<int[][]> result = new ArrayList<>();
    for (int p = 0; p < points.size(); p++) {
      StreetSnap snap =
          network.streets().snap(points.lat(p), points.lon(p), StreetMode.WALK, 1600).orElse(null);
      if (snap == null) {
        continue;
      }
      StreetTimes walk =
          router.search(snap, StreetMode.WALK, SearchDirection.FORWARD, walkSpeed, maxWalkSeconds);
      List<int[]> legs = new ArrayList<>();
      stopIndex.forEachLinkedStopWithin(
          points.lat(p),
          points.lon(p),
          maxWalkSeconds * walkSpeed + snap.offStreetMeters(),
          stop -> {
            int seconds = walk.secondsTo(network.stopLinks().findSnap(stop).orElseThrow());
            if (seconds >= 0 && seconds <= maxWalkSeconds) {
              legs.add(new int[] {stop, seconds});
            }
          });
      if (!legs.isEmpty()) {
        legs.sort((x, y) -> Integer.compare(x[0], y[0]));
        result.add(
            new int[][] {
              legs.stream().mapToInt(l -> l[0]).toArray(),
              legs.stream().mapToInt(l -> l[1]).toArray()
            });
      }
    }
    return result;
  }
}
