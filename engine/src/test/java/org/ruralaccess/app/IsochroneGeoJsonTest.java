package org.ruralaccess.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.settings.RoutingOverrides;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.network.store.NetworkStore;
import org.ruralaccess.support.ProgressListener;
import org.ruralaccess.testing.RepoFiles;

/**
 * The server's isochrones ({@link IsochroneGeoJson}, preparations kept between requests) against
 * {@code rae isochrone}'s ({@link IsochroneOperation#run}, prepared per run), on regions/cobb: the
 * same bytes for every request, nothing prepared again after the first, and a request cancelled
 * inside its search leaves the next one unchanged.
 */
class IsochroneGeoJsonTest {

  private static final double[] Z2A = {33.86701256815635, -84.61787939071655};
  @TempDir static Path folder;
  private static LoadedNetwork loaded;
  private static double[] firstStop;

  @BeforeAll
  static void build() {
    Network network =
        new NetworkBuilder(line -> {})
            .build(RegionConfigReader.read(RepoFiles.resolve("regions/cobb")))
            .network();
    NetworkStore.write(network, folder.resolve("cobb.rae"));
    loaded = LoadedNetwork.read(folder.resolve("cobb.rae"));
    int stop = 0;
    while (!network.stopLinks().isLinked(stop)) {
      stop++;
    }
    firstStop = new double[] {network.transit().stopLat(stop), network.transit().stopLon(stop)};
  }

  @Test
  void keptRequestsAnswerTheCommandLinesBytesAndPrepareOnce() {
    IsochroneGeoJson served = new IsochroneGeoJson(loaded);
    assertArrayEquals(
        commandLine(job(Z2A)), served.compute(job(Z2A), ProgressListener.SILENT, () -> {}));
    // projection, figures, links, day network, timetable, stop index, stop walks, flex, analysis
    assertEquals(9, served.preparedCount());
    for (double[] origin : new double[][] {firstStop, Z2A}) {
      assertArrayEquals(
          commandLine(job(origin)), served.compute(job(origin), ProgressListener.SILENT, () -> {}));
    }
    assertEquals(9, served.preparedCount());
  }

  @Test
  void aRequestCancelledInItsSearchLeavesTheNextUnchanged() {
    IsochroneGeoJson served = new IsochroneGeoJson(loaded);
    AtomicInteger departures = new AtomicInteger();
    assertThrows(
        CancellationException.class,
        () ->
            served.compute(
                job(Z2A),
                ProgressListener.SILENT,
                () -> {
                  if (departures.incrementAndGet() == 5) {
                    throw new CancellationException("time limit");
                  }
                }));
    assertEquals(5, departures.get()); // of the window's 60
    assertArrayEquals(
        commandLine(job(Z2A)), served.compute(job(Z2A), ProgressListener.SILENT, () -> {}));
  }

  private static byte[] commandLine(IsochroneJob job) {
    return IsochroneOperation.run(loaded, job, ProgressListener.SILENT)
        .geoJson()
        .getBytes(StandardCharsets.UTF_8);
  }

  private static IsochroneJob job(double[] origin) {
    return new IsochroneJob(
        new IsochroneJob.FromPoint(origin[0], origin[1]),
        new MatrixJob.Departing(DepartureWindow.of("2021-12-02", "12:00", "13:00", 1)),
        TravelMode.TRANSIT,
        50,
        new int[] {30, 60},
        IsochroneJob.DEFAULT_CELL_METERS,
        RoutingOverrides.NONE,
        null,
        null);
  }
}
