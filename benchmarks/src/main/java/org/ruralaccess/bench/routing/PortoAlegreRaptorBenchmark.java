package org.ruralaccess.bench.routing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.ruralaccess.ingest.points.PointCsvReader;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.network.DayTimetables;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.build.NetworkBuilder;
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
import org.ruralaccess.routing.oracle.OtpRaptorOracle;

/**
 * One origin to all stops on the real Porto Alegre network (EPTC + Trensurb, Monday 2019-05-13,
 * 14:00-16:00 at 1-minute steps, r5r's settings: walk 3.6 km/h, 60 s board slack, 4 transfers,
 * walking transfers up to 10 min from the real streets, 120-minute max trip). Origins are 16 of
 * r5r's hexagon centres with their real walk access to stops (up to 30 min). The same 120 answers
 * from our range search ({@code ours}, {@link RangeMode#BOARDING_EVENTS}; {@code
 * oursEveryDeparture}, the reference mode that rescans at every departure) and from OTP's raptor,
 * one STANDARD search per minute ({@code otpPerMinute}); OTP's own range mode for reference ({@code
 * otpRange}, BEST_TIME, returns the earliest departure's arrivals only). Run with {@code
 * benchmarks/raptor-benchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PortoAlegreRaptorBenchmark {

  private static final int FROM = 14 * 3600;
  private static final int TO = 16 * 3600;
  private static final int MAX_TRANSFERS = 4;
  private static final int BOARD_SLACK = 60;
  private static final int MAX_TRIP = 7200;
  private static final double WALK_METERS_PER_SECOND = 3.6 / 3.6;

  private RaptorTimetable timetable;
  private RangeRaptorWorker worker;
  private RangeRaptorWorker everyDepartureWorker;
  private OtpRaptorOracle otp;
  private final List<int[][]> accessLegs = new ArrayList<>();
  private int next;

  @Setup
  public void setUp() {
    Network network = loadOrBuild(Path.of("out/poa.rae"));
    timetable =
        DayTimetables.forDate(network, LocalDate.of(2019, 5, 13), WALK_METERS_PER_SECOND, 600, 0);
    worker = new RangeRaptorWorker(timetable);
    everyDepartureWorker = new RangeRaptorWorker(timetable, RangeMode.EVERY_DEPARTURE);
    otp = new OtpRaptorOracle(timetable);
    PointSet hexagons = PointCsvReader.read(Path.of("regions/poa/poa_hexgrid.csv"));
    StreetRouter router = new StreetRouter(network.streets());
    for (int h = 0; h < hexagons.size() && accessLegs.size() < 16; h += 61) {
      StreetSnap snap =
          network
              .streets()
              .snap(hexagons.lat(h), hexagons.lon(h), StreetMode.WALK, 1600)
              .orElse(null);
      if (snap == null) {
        continue;
      }
      StreetTimes walk =
          router.search(
              snap, StreetMode.WALK, SearchDirection.FORWARD, WALK_METERS_PER_SECOND, 1800);
      List<int[]> legs = new ArrayList<>();
      for (int stop = 0; stop < network.transit().stopCount(); stop++) {
        var stopSnap = network.stopLinks().findSnap(stop);
        int seconds = stopSnap.isPresent() ? walk.secondsTo(stopSnap.get()) : -1;
        if (seconds >= 0) {
          legs.add(new int[] {stop, seconds});
        }
      }
      if (!legs.isEmpty()) {
        accessLegs.add(
            new int[][] {
              legs.stream().mapToInt(l -> l[0]).toArray(),
              legs.stream().mapToInt(l -> l[1]).toArray()
            });
      }
    }
    System.out.printf("%n%s; %d origins%n", timetable, accessLegs.size());
  }

  @Benchmark
  public void ours(Blackhole blackhole) {
    int[][] access = nextAccess();
    worker.route(
        new RaptorRequest(access[0], access[1], FROM, TO, 60, MAX_TRANSFERS, BOARD_SLACK, MAX_TRIP),
        (departure, arrivals, changed, count) -> blackhole.consume(count));
  }

  /** The same answers, rescanning round 1 at every departure (the reference mode). */
  @Benchmark
  public void oursEveryDeparture(Blackhole blackhole) {
    int[][] access = nextAccess();
    everyDepartureWorker.route(
        new RaptorRequest(access[0], access[1], FROM, TO, 60, MAX_TRANSFERS, BOARD_SLACK, MAX_TRIP),
        (departure, arrivals, changed, count) -> blackhole.consume(count));
  }

  @Benchmark
  public void otpPerMinute(Blackhole blackhole) {
    int[][] access = nextAccess();
    for (int departure = TO - 60; departure >= FROM; departure -= 60) {
      blackhole.consume(
          otp.earliestArrivals(
              access[0], access[1], departure, MAX_TRANSFERS, BOARD_SLACK, MAX_TRIP));
    }
  }

  @Benchmark
  public int[] otpRange() {
    int[][] access = nextAccess();
    return otp.rangeEarliestArrivals(
        access[0], access[1], FROM, TO - FROM, MAX_TRANSFERS, BOARD_SLACK);
  }

  private int[][] nextAccess() {
    int[][] access = accessLegs.get(next);
    next = (next + 1) % accessLegs.size();
    return access;
  }

  static Network loadOrBuild(Path file) {
    if (!Files.exists(file)) {
      NetworkStore.write(
          new NetworkBuilder(line -> {})
              .build(RegionConfigReader.read(Path.of("regions/poa")))
              .network(),
          file);
    }
    return NetworkStore.read(file);
  }
}
