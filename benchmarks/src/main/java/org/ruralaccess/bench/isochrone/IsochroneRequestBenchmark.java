package org.ruralaccess.bench.isochrone;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ruralaccess.app.DepartureWindow;
import org.ruralaccess.app.IsochroneGeoJson;
import org.ruralaccess.app.IsochroneJob;
import org.ruralaccess.app.LoadedNetwork;
import org.ruralaccess.app.MatrixJob;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.settings.RoutingOverrides;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.support.ProgressListener;

/**
 * Whole isochrone requests through the application layer, as {@code rae serve} answers them ({@code
 * app.IsochroneGeoJson}: checks, kept preparations, search, contours, figures, GeoJSON text), on
 * the real Porto Alegre network (2019-05-13, transit, median, cutoffs 15/30/45/60, 100 m cells),
 * one thread, origins 20 hexagon zones (every 61st) in turn:
 *
 * <ul>
 *   <li>the first request, which prepares the grid, stop walks and day timetable, and the heap the
 *       kept preparation holds (after a full GC, before and after);
 *   <li>warm rounds of the server's request (14:00-15:00, 60 departures) and of issue 13's one
 *       transit isochrone (14:00-16:00, 120 departures): thread CPU and wall milliseconds per
 *       request, and the parts prepared (must not grow: every warm request finds them kept).
 * </ul>
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar
 * org.ruralaccess.bench.isochrone.IsochroneRequestBenchmark [out/poa.rae] [ROUNDS]}
 */
public final class IsochroneRequestBenchmark {

  private IsochroneRequestBenchmark() {}

  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "out/poa.rae");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    LoadedNetwork loaded = LoadedNetwork.read(file);
    List<double[]> origins = new ArrayList<>();
    List<Zone> zones = loaded.network().zones().zones();
    for (int z = 0; z < zones.size(); z += 61) {
      origins.add(new double[] {zones.get(z).originLat(), zones.get(z).originLon()});
    }
    long heapBefore = heapAfterGc();
    IsochroneGeoJson answers = new IsochroneGeoJson(loaded);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long w0 = System.nanoTime();
    long c0 = threads.getCurrentThreadCpuTime();
    answers.compute(job(origins.get(0), "15:00"), ProgressListener.SILENT, () -> {});
    System.out.printf(
        Locale.ROOT,
        "first request (prepares): wall %.0f ms, this thread's cpu %.0f ms (the stop walks run on"
            + " all cores); %d parts prepared%n",
        (System.nanoTime() - w0) / 1e6,
        (threads.getCurrentThreadCpuTime() - c0) / 1e6,
        answers.preparedCount());
    answers.compute(job(origins.get(0), "16:00"), ProgressListener.SILENT, () -> {});
    long heapAfter = heapAfterGc();
    System.out.printf(
        Locale.ROOT,
        "heap after GC: %d MB before, %d MB with both windows' analyses kept (+%d MB)%n",
        heapBefore >> 20,
        heapAfter >> 20,
        (heapAfter - heapBefore) >> 20);
    long prepared = answers.preparedCount();
    for (int r = 0; r < rounds; r++) {
      for (String to : new String[] {"15:00", "16:00"}) {
        long wall = 0;
        long cpu = 0;
        long bytes = 0;
        for (double[] origin : origins) {
          long start = System.nanoTime();
          long cpuStart = threads.getCurrentThreadCpuTime();
          bytes += answers.compute(job(origin, to), ProgressListener.SILENT, () -> {}).length;
          cpu += threads.getCurrentThreadCpuTime() - cpuStart;
          wall += System.nanoTime() - start;
        }
        System.out.printf(
            Locale.ROOT,
            "round %d, 14:00-%s: cpu %.1f ms, wall %.1f ms per request (%d origins, %d bytes of"
                + " GeoJSON); parts prepared since warm-up %d%n",
            r,
            to,
            cpu / 1e6 / origins.size(),
            wall / 1e6 / origins.size(),
            origins.size(),
            bytes,
            answers.preparedCount() - prepared);
      }
    }
  }

  private static IsochroneJob job(double[] origin, String to) {
    return new IsochroneJob(
        new IsochroneJob.FromPoint(origin[0], origin[1]),
        new MatrixJob.Departing(DepartureWindow.of("2019-05-13", "14:00", to, 1)),
        TravelMode.TRANSIT,
        50,
        new int[] {15, 30, 45, 60},
        IsochroneJob.DEFAULT_CELL_METERS,
        RoutingOverrides.NONE,
        null,
        null);
  }

  private static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
