package org.ruralaccess.bench.scale;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import org.ruralaccess.analysis.matrix.MatrixRequest;
import org.ruralaccess.analysis.matrix.TravelTimeMatrix;
import org.ruralaccess.cli.RaeCommand;
import org.ruralaccess.ingest.points.PointCsvReader;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.DayTimetables;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.network.store.NetworkStore;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.network.street.StreetTimes;
import org.ruralaccess.routing.RangeRaptorWorker;
import org.ruralaccess.routing.RaptorRequest;
import org.ruralaccess.routing.RaptorTimetable;
import org.ruralaccess.routing.RaptorWork;

/**
 * One size of the scaling benchmark (issue 17): generates Porto Alegre tiled N x N ({@link
 * TiledRegion}), builds and writes it, measures it in memory, loads it, routes a fixed sample of
 * origins (every 10th hexagon of tile 0: the same origins at every N) and runs {@code rae
 * accessibility} (transit) from tile 0's 1,227 zones to the destinations of every tile. Appends one
 * tab-separated row to the results file; {@link ScaleReport} turns the rows into the table and the
 * plot. One JVM per size (peak heap is per JVM). Run with {@code benchmarks/scale-benchmark}.
 *
 * <p>Usage: {@code ScaleBenchmark N OUT_DIR RESULTS_TSV}
 */
public final class ScaleBenchmark {

  static final String COLUMNS =
      "label\tn\ttiles\tstops\ttrips\tstop_times\tstreet_edges\tstreet_nodes\ttransfers\tzones"
          + "\tbuild_s\tbuild_cpu_s\tpeak_heap_mb\tfile_mb\tretained_mb"
          + "\ttransit_b\tstreets_b\tlinks_transfers_b\tregion_data_b\ttimetable_b"
          + "\tload_s\ttimetable_s\troute_cpu_ms\tpattern_scans\tstop_visits\tfootpaths"
          + "\tmatrix_setup_s\tmatrix_origin_cpu_ms\taccess_s\taccess_cpu_s";

  private static final LocalDate DATE = LocalDate.of(2019, 5, 13);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    Path results = Path.of(args[2]);
    Path regionDir = out.resolve("poa-" + n + "x" + n);
    List<Object> row = new ArrayList<>();
    log("N=%d: generating %s", n, regionDir);
    TiledRegion.generate(Path.of("."), n, regionDir);
    Path networkFile = out.resolve("poa-" + n + "x" + n + ".rae");

    // -Dscale.reuse=true measures the routing of an existing network file again (after a change
    // to the routing); its build columns are then NaN and the report takes them from another row
    boolean reuse = Boolean.getBoolean("scale.reuse") && Files.exists(networkFile);
    double buildSeconds = Double.NaN;
    double buildCpuSeconds = Double.NaN;
    long peakHeap = -1;
    long wall;
    long cpu;
    if (!reuse) {
      System.gc();
      resetPeaks();
      wall = System.nanoTime();
      cpu = OS.getProcessCpuTime();
      Network built =
          new NetworkBuilder(line -> log("  %s", line))
              .build(RegionConfigReader.read(regionDir))
              .network();
      NetworkStore.write(built, networkFile);
      buildSeconds = seconds(wall);
      buildCpuSeconds = (OS.getProcessCpuTime() - cpu) / 1e9;
      peakHeap = peakHeapBytes();
      log("N=%d: built in %.1f s, peak heap %d MB", n, buildSeconds, peakHeap >> 20);
    }

    long baseline = usedAfterGc();
    wall = System.nanoTime();
    Network network = NetworkStore.read(networkFile);
    double loadSeconds = seconds(wall);
    long retained = usedAfterGc() - baseline;

    var transit = network.transit();
    long stopTimes = 0;
    for (int p = 0; p < transit.patternCount(); p++) {
      stopTimes += (long) transit.patternStopCount(p) * transit.patternTripCount(p);
    }
    DeepSize sizes = new DeepSize();
    long transitBytes = sizes.of(transit);
    long streetBytes = sizes.of(network.streets());
    long linkBytes = sizes.of(network.stopLinks()) + sizes.of(network.transfers());
    long regionBytes = sizes.of(network.zones()) + sizes.of(network.destinations());
    RoutingSettings routing = network.info().routing();
    double walkSpeed = routing.walkSpeedKmh() / 3.6;
    wall = System.nanoTime();
    RaptorTimetable timetable =
        DayTimetables.forDate(
            network,
            DATE,
            walkSpeed,
            routing.maxTransferWalkMinutes() * 60,
            routing.transferSlackSeconds());
    double timetableSeconds = seconds(wall);
    long timetableBytes = sizes.of(timetable);
    row.add(System.getProperty("scale.label", "current"));
    row.addAll(
        List.of(
            n,
            n * n,
            transit.stopCount(),
            transit.tripCount(),
            stopTimes,
            network.streets().edgeCount(),
            network.streets().nodeCount(),
            network.transfers().transferCount(),
            network.zones().size()));
    row.addAll(
        List.of(
            buildSeconds,
            buildCpuSeconds,
            peakHeap < 0 ? -1 : peakHeap >> 20,
            Files.size(networkFile) / 1e6,
            retained >> 20,
            transitBytes,
            streetBytes,
            linkBytes,
            regionBytes,
            timetableBytes,
            loadSeconds,
            timetableSeconds));

    PointSet sample = PointCsvReader.read(sampleFile(regionDir));
    PointSet allPoints = PointCsvReader.read(regionDir.resolve("poa_hexgrid.csv"));
    List<int[][]> access = accessLegs(network, sample, walkSpeed, routing.maxWalkMinutes() * 60);
    long[] work = new long[3];
    double routeMs = 0;
    for (int repeat = 0; repeat < 3; repeat++) { // the last of three: warm
      RangeRaptorWorker worker = new RangeRaptorWorker(timetable);
      work = new long[3];
      long start = THREADS.getCurrentThreadCpuTime();
      for (int[][] legs : access) {
        worker.route(
            new RaptorRequest(
                legs[0],
                legs[1],
                ClockTime.parseSeconds("14:00"),
                ClockTime.parseSeconds("16:00"),
                RaptorRequest.DEFAULT_STEP_SECONDS,
                routing.maxTransfers(),
                routing.boardSlackSeconds(),
                routing.maxTripMinutes() * 60),
            (departure, arrivals, changed, count) -> {});
        RaptorWork w = worker.lastWork();
        work[0] += w.patternScans();
        work[1] += w.stopVisits();
        work[2] += w.transferRelaxations();
      }
      routeMs = (THREADS.getCurrentThreadCpuTime() - start) / 1e6 / access.size();
    }
    log("N=%d: range-RAPTOR %.2f ms CPU per origin (%d origins)", n, routeMs, access.size());
    row.addAll(
        List.of(
            routeMs, work[0] / access.size(), work[1] / access.size(), work[2] / access.size()));

    double[] matrix = matrixPerOrigin(network, sample, allPoints, routing);
    row.add(matrix[0]);
    row.add(matrix[1]);

    Path accessOut = out.resolve("access-" + n + "x" + n);
    wall = System.nanoTime();
    cpu = OS.getProcessCpuTime();
    int exit =
        RaeCommand.execute(
            "accessibility",
            "--network",
            networkFile.toString(),
            "--date",
            DATE.toString(),
            "--from",
            "14:00",
            "--to",
            "16:00",
            "--modes",
            "transit",
            "--zones",
            regionDir.resolve("zones_tile0.csv").toString(),
            "--riders",
            "none",
            "--out",
            accessOut.toString());
    if (exit != 0) {
      throw new IllegalStateException("rae accessibility exited with " + exit);
    }
    row.add(seconds(wall));
    row.add((OS.getProcessCpuTime() - cpu) / 1e9);
    log("N=%d: accessibility %.1f s", n, (double) row.get(row.size() - 2));

    StringBuilder line = new StringBuilder();
    for (Object value : row) {
      if (!line.isEmpty()) {
        line.append('\t');
      }
      line.append(
          value instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : value.toString());
    }
    if (!Files.exists(results)) {
      Files.writeString(results, COLUMNS + "\n");
    }
    Files.writeString(results, line + "\n", StandardOpenOption.APPEND);
  }

  /** Every 10th hexagon of tile 0 (123 origins), written beside the region. */
  private static Path sampleFile(Path regionDir) throws Exception {
    List<String> lines = Files.readAllLines(regionDir.resolve("zones_tile0.csv"));
    List<String> sample = new ArrayList<>();
    sample.add(lines.get(0));
    for (int i = 1; i < lines.size(); i += 10) {
      sample.add(lines.get(i));
    }
    Path file = regionDir.resolve("origins_sample.csv");
    Files.write(file, sample);
    return file;
  }

  /**
   * {setup seconds, CPU ms per origin} of the transit matrix from the sample to every hexagon of
   * every tile, on one thread: the matrix of one origin (setup: timetable, egress table, linking)
   * against the matrix of all sample origins.
   */
  private static double[] matrixPerOrigin(
      Network network, PointSet sample, PointSet destinations, RoutingSettings routing)
      throws Exception {
    MatrixRequest request =
        new MatrixRequest(
            DATE,
            ClockTime.parseSeconds("14:00"),
            ClockTime.parseSeconds("16:00"),
            60,
            TravelMode.TRANSIT,
            new int[] {5, 25, 50, 75, 95},
            -1,
            routing);
    PointSet one =
        new PointSet(
            sample.source(),
            List.of(sample.id(0)),
            new double[] {sample.lat(0)},
            new double[] {sample.lon(0)},
            java.util.Map.of());
    ForkJoinPool single = new ForkJoinPool(1);
    try {
      double[] setup = new double[2];
      double[] all = new double[2];
      for (int repeat = 0; repeat < 2; repeat++) {
        setup = timeMatrix(single, network, one, destinations, request);
        all = timeMatrix(single, network, sample, destinations, request);
      }
      double perOrigin = (all[1] - setup[1]) / (sample.size() - 1) * 1000;
      log("matrix: setup %.2f s, %.2f ms CPU per origin", setup[0], perOrigin);
      return new double[] {setup[0], perOrigin};
    } finally {
      single.shutdown();
    }
  }

  /** {wall seconds, process CPU seconds}. */
  private static double[] timeMatrix(
      ForkJoinPool pool,
      Network network,
      PointSet origins,
      PointSet destinations,
      MatrixRequest request)
      throws Exception {
    long wall = System.nanoTime();
    long cpu = OS.getProcessCpuTime();
    pool.submit(
            () ->
                TravelTimeMatrix.compute(
                    network, origins, destinations, request, (o, values) -> {}, done -> {}))
        .get();
    return new double[] {seconds(wall), (OS.getProcessCpuTime() - cpu) / 1e9};
  }

  /** {stops, seconds} per origin with a stop in reach, as the matrix finds them. */
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

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, format + "%n", args);
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
  }
}
