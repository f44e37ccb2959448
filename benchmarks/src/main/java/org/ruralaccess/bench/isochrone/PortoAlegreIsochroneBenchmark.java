package org.ruralaccess.bench.isochrone;

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
import org.ruralaccess.analysis.isochrone.CatchmentGridSearch;
import org.ruralaccess.analysis.isochrone.CellGrid;
import org.ruralaccess.analysis.isochrone.CellLinks;
import org.ruralaccess.analysis.isochrone.GridProjection;
import org.ruralaccess.analysis.isochrone.IsochroneContours;
import org.ruralaccess.analysis.isochrone.StopCellWalks;
import org.ruralaccess.analysis.isochrone.TransitGridSearch;
import org.ruralaccess.analysis.isochrone.TransitGridSettings;
import org.ruralaccess.analysis.isochrone.TravelTimeGrid;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.network.DayTimetables;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.network.store.NetworkStore;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetSnap;

/**
 * One transit isochrone on the real Porto Alegre network (EPTC + Trensurb, Monday 2019-05-13):
 * departures every minute 14:00-16:00, median, cutoffs 15/30/45/60 minutes (max trip 60 minutes),
 * r5r's settings (walk 3.6 km/h, 17-minute walks, 4 transfers, 60 s board slack), 100 m cells in
 * UTM 22 S. Origins: 20 hexagon zones spread over the city (every 61st), in turn. {@code grid} is
 * the walk search, range-RAPTOR and propagation onto cells with the median per cell; {@code
 * contours} the four polygons from a ready grid; {@code isochrone} both; {@code catchment} the
 * arrive-by mirror (deadlines every minute 14:00-16:00) with its contours. The per-network work
 * (cell links, stop-to-cell walks, the day's timetable) is done once in the setup, as an {@code
 * --all-zones} run would. Run with {@code benchmarks/isochrone-benchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PortoAlegreIsochroneBenchmark {

  static final int[] CUTOFFS = {900, 1800, 2700, 3600};

  private TransitGridSearch search;
  private CatchmentGridSearch catchments;
  private final List<double[]> origins = new ArrayList<>();
  private final List<StreetSnap> snaps = new ArrayList<>();
  private final List<TravelTimeGrid> grids = new ArrayList<>();
  private int next;

  @Setup
  public void setUp() {
    Network network = loadOrBuild(Path.of("out/poa.rae"));
    double walk = network.info().routing().walkSpeedKmh() / 3.6;
    int maxWalk = network.info().routing().maxWalkMinutes() * 60;
    CellGrid grid =
        CellGrid.covering(network.streets(), GridProjection.forArea(-30.05, -51.2), 100, 300);
    CellLinks links = new CellLinks(grid, network.streets(), StreetMode.WALK, 300);
    StopCellWalks egress =
        StopCellWalks.build(
            links, network.streets(), network.stopLinks(), walk, maxWalk, SearchDirection.FORWARD);
    TransitGridSettings settings =
        new TransitGridSettings(14 * 3600, 120, 60, 3600, walk, maxWalk, 4, 60, new int[] {50});
    catchments =
        new CatchmentGridSearch(
            network.streets(),
            network.stopLinks(),
            StopIndex.of(network.transit(), network.stopLinks()),
            DayTimetables.forDate(
                network,
                LocalDate.of(2019, 5, 13),
                walk,
                network.info().routing().maxTransferWalkMinutes() * 60,
                0),
            links,
            StopCellWalks.build(
                links,
                network.streets(),
                network.stopLinks(),
                walk,
                maxWalk,
                SearchDirection.REVERSE),
            settings);
    search =
        new TransitGridSearch(
            network.streets(),
            network.stopLinks(),
            StopIndex.of(network.transit(), network.stopLinks()),
            DayTimetables.forDate(
                network,
                LocalDate.of(2019, 5, 13),
                walk,
                network.info().routing().maxTransferWalkMinutes() * 60,
                0),
            links,
            egress,
            new TransitGridSettings(
                14 * 3600, 120, 60, 3600, walk, maxWalk, 4, 60, new int[] {50}));
    List<Zone> zones = network.zones().zones();
    for (int z = 0; z < zones.size(); z += 61) {
      Zone zone = zones.get(z);
      StreetSnap snap =
          network
              .streets()
              .snap(zone.originLat(), zone.originLon(), StreetMode.WALK, 1600)
              .orElse(null);
      if (snap != null) {
        origins.add(new double[] {zone.originLat(), zone.originLon()});
        snaps.add(snap);
        grids.add(search.search(snap, zone.originLat(), zone.originLon())[0]);
      }
    }
    System.out.printf(
        "%n%s; %d origins, %d stop-cell walks%n", grid, origins.size(), egress.size());
  }

  @Benchmark
  public TravelTimeGrid grid() {
    int i = next();
    return search.search(snaps.get(i), origins.get(i)[0], origins.get(i)[1])[0];
  }

  @Benchmark
  public IsochroneContours.Result contours() {
    return IsochroneContours.contour(grids.get(next()), CUTOFFS);
  }

  /** The arrive-by mirror: deadlines every minute 14:00-16:00, median, four cutoffs. */
  @Benchmark
  public IsochroneContours.Result catchment() {
    int i = next();
    TravelTimeGrid times = catchments.search(snaps.get(i), origins.get(i)[0], origins.get(i)[1])[0];
    return IsochroneContours.contour(times, CUTOFFS);
  }

  @Benchmark
  public IsochroneContours.Result isochrone() {
    int i = next();
    TravelTimeGrid times = search.search(snaps.get(i), origins.get(i)[0], origins.get(i)[1])[0];
    return IsochroneContours.contour(times, CUTOFFS);
  }

  private int next() {
    int i = next;
    next = (next + 1) % origins.size();
    return i;
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

  /**
   * Runs every origin's isochrone {@code rounds} times (for a profiler), printing the wall and the
   * thread's CPU milliseconds per isochrone, split into the grid and the contours (CPU time is
   * steadier than wall time on a shared machine).
   */
  public static void main(String[] args) {
    PortoAlegreIsochroneBenchmark bench = new PortoAlegreIsochroneBenchmark();
    bench.setUp();
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int r = 0; r < rounds; r++) {
      long wall = 0;
      long gridCpu = 0;
      long contourCpu = 0;
      long catchmentCpu = 0;
      long egressReads = 0;
      int n = bench.origins.size();
      for (int i = 0; i < n; i++) {
        long w0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        TravelTimeGrid times =
            bench
                .search
                .search(bench.snaps.get(i), bench.origins.get(i)[0], bench.origins.get(i)[1])[0];
        long c1 = threads.getCurrentThreadCpuTime();
        egressReads += bench.search.egressUpdates();
        IsochroneContours.contour(times, CUTOFFS);
        long c2 = threads.getCurrentThreadCpuTime();
        wall += System.nanoTime() - w0;
        gridCpu += c1 - c0;
        contourCpu += c2 - c1;
        long c3 = threads.getCurrentThreadCpuTime();
        bench.catchments.search(
            bench.snaps.get(i), bench.origins.get(i)[0], bench.origins.get(i)[1]);
        catchmentCpu += threads.getCurrentThreadCpuTime() - c3;
      }
      System.out.printf(
          "round %d: wall %.1f ms, cpu %.1f ms (grid %.1f + contours %.1f) per isochrone;"
              + " catchment grid cpu %.1f ms; %d stop-cell walks read per isochrone%n",
          r,
          wall / 1e6 / n,
          (gridCpu + contourCpu) / 1e6 / n,
          gridCpu / 1e6 / n,
          contourCpu / 1e6 / n,
          catchmentCpu / 1e6 / n,
          egressReads / n);
    }
  }
}
