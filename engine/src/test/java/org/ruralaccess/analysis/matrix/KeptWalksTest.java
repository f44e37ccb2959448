package org.ruralaccess.analysis.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.ingest.points.PointCsvReader;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.testing.RepoFiles;

/**
 * A watched transit run keeps each origin's walks all the way ({@link StopWatch#keptWalks}), and a
 * transit run that reads them ({@link TravelTimeMatrix#compute(Network, PointSet, PointSet,
 * MatrixRequest, KeptWalks, TravelTimeMatrix.Sink, java.util.function.IntConsumer)}) walks only as
 * far as its access legs and gives the same values as one that walks all the way itself.
 */
class KeptWalksTest {

  @TempDir Path dir;

  /**
   * The synthetic road (1,111.95 m segments, 4.8 km/h): node 1 is 834 s on foot, node 2 1,668 s,
   * node 9 beyond the 120-minute limit (7,505.7 s), so only the first two are kept. Read back they
   * give the values of a run that walks; a kept walk made faster by hand (800 s to node 1) shows
   * the run reads them and does not walk.
   */
  @Test
  void keptOnTheRoadByHandAndRead() throws Exception {
    Network network = WalkFromTransitTest.road(dir);
    PointSet origins = WalkFromTransitTest.points("o", 0);
    PointSet destinations = WalkFromTransitTest.points("d", 1, 2, 9);
    MatrixRequest transit = request(RoutingSettings.DEFAULTS);
    StopWatch watch = StopWatch.forOrigins(origins.size());
    int[][][] watched = transit(network, origins, destinations, transit, watch);
    assertArrayEquals(new int[] {0, 834, 1, 1668}, watch.keptWalks().walks(0));

    int[][][] reading = new int[1][][];
    TravelTimeMatrix.compute(
        network,
        origins,
        destinations,
        transit,
        watch.keptWalks(),
        (o, values) -> reading[o] = values,
        done -> {});
    assertArrayEquals(watched[0], reading[0]);
    int u = Percentiles.UNREACHED;
    assertArrayEquals(new int[] {834, 834, 834}, reading[0][0]);

    KeptWalks faster = KeptWalks.forOrigins(1);
    faster.keep(0, new int[] {800, 1668, u});
    int[][][] fromFaster = new int[1][][];
    TravelTimeMatrix.compute(
        network,
        origins,
        destinations,
        transit,
        faster,
        (o, values) -> fromFaster[o] = values,
        done -> {});
    assertArrayEquals(new int[] {800, 800, 800}, fromFaster[0][0]);
  }

  /** A run whose walk limit is beyond its trip limit walks farther than it offers: nothing kept. */
  @Test
  void notKeptWhenTheWalkLimitIsBeyondTheTripLimit() throws Exception {
    RoutingSettings longWalks = WalkFromTransitTest.longWalks();
    Network network = WalkFromTransitTest.road(dir);
    StopWatch watch = StopWatch.forOrigins(1);
    transit(
        network,
        WalkFromTransitTest.points("o", 0),
        WalkFromTransitTest.points("d", 1, 2),
        request(longWalks),
        watch);
    assertFalse(watch.keptWalks().has(0));
    assertNull(watch.keptWalks().walks(0));
  }

  /**
   * Newport (BODS, real streets), every grid point: the kept walks are the walk mode's matrix, and
   * every third origin routed alone with its kept walks ({@link KeptWalks#of}) has the values of
   * the run that walked.
   */
  @Test
  void newportReadWalksGiveTheWalkedValues() {
    Network network =
        new NetworkBuilder(line -> {})
            .build(RegionConfigReader.read(RepoFiles.resolve("regions/newport")))
            .network();
    PointSet grid = PointCsvReader.read(RepoFiles.resolve("regions/newport/grid_1km.csv"));
    MatrixRequest transit =
        new MatrixRequest(
            LocalDate.of(2023, 6, 13),
            ClockTime.parseSeconds("07:00"),
            ClockTime.parseSeconds("08:00"),
            60,
            TravelMode.TRANSIT,
            new int[] {10, 50, 90},
            -1,
            network.info().routing());
    int n = grid.size();
    StopWatch watch = StopWatch.forOrigins(n);
    int[][][] walked = transit(network, grid, grid, transit, watch);

    int[][][] walkMode = new int[n][][];
    TravelTimeMatrix.compute(
        network,
        grid,
        grid,
        new MatrixRequest(
            transit.date(),
            transit.fromSeconds(),
            transit.toSeconds(),
            60,
            TravelMode.WALK,
            new int[] {50},
            -1,
            network.info().routing()),
        (o, values) -> walkMode[o] = values,
        done -> {});
    int kept = 0;
    for (int o = 0; o < n; o++) {
      int[] expected = new int[n];
      for (int d = 0; d < n; d++) {
        // the walk mode puts an origin's own place at 0; the transit search does that later
        expected[d] = d == o ? Percentiles.UNREACHED : walkMode[o][d][0];
      }
      int[] keptRow = new int[n];
      java.util.Arrays.fill(keptRow, Percentiles.UNREACHED);
      int[] pairs = watch.keptWalks().walks(o);
      for (int i = 0; i < pairs.length; i += 2) {
        keptRow[pairs[i]] = pairs[i + 1];
        kept++;
      }
      keptRow[o] = Percentiles.UNREACHED;
      assertArrayEquals(expected, keptRow, "origin " + o);
    }
    assertTrue(kept > n && kept < n * n, "walks kept: " + kept);

    List<String> ids = new ArrayList<>();
    List<Integer> every3rd = new ArrayList<>();
    for (int o = 0; o < n; o += 3) {
      every3rd.add(o);
      ids.add(grid.ids().get(o));
    }
    int[] indexes = every3rd.stream().mapToInt(Integer::intValue).toArray();
    double[] lat = new double[indexes.length];
    double[] lon = new double[indexes.length];
    for (int i = 0; i < indexes.length; i++) {
      lat[i] = grid.lat(indexes[i]);
      lon[i] = grid.lon(indexes[i]);
    }
    PointSet subset = new PointSet("every3rd", ids, lat, lon, Map.of());
    int[][][] read = new int[indexes.length][][];
    TravelTimeMatrix.compute(
        network,
        subset,
        grid,
        transit,
        watch.keptWalks().of(indexes),
        (o, values) -> read[o] = values,
        done -> {});
    for (int i = 0; i < indexes.length; i++) {
      assertArrayEquals(walked[indexes[i]], read[i], "origin " + indexes[i]);
    }
    assertEquals(30, indexes.length);
  }

  private static int[][][] transit(
      Network network,
      PointSet origins,
      PointSet destinations,
      MatrixRequest request,
      StopWatch watch) {
    int[][][] rows = new int[origins.size()][][];
    TravelTimeMatrix.compute(
        network,
        origins,
        destinations,
        request,
        List.of(watch),
        (o, values) -> rows[o] = values,
        done -> {});
    return rows;
  }

  private static MatrixRequest request(RoutingSettings routing) {
    return new MatrixRequest(
        LocalDate.of(2024, 1, 9),
        ClockTime.parseSeconds("07:00"),
        ClockTime.parseSeconds("09:00"),
        60,
        TravelMode.TRANSIT,
        new int[] {5, 50, 95},
        -1,
        routing);
  }
}
