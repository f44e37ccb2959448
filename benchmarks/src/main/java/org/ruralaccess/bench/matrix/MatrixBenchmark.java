package org.ruralaccess.bench.matrix;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.ruralaccess.analysis.matrix.MatrixRequest;
import org.ruralaccess.analysis.matrix.TravelTimeMatrix;
import org.ruralaccess.ingest.points.PointCsvReader;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.network.store.NetworkStore;

/**
 * The full Porto Alegre matrix, end to end as r5r's paper measured it: all 1,227 hexagon points to
 * all 1,227, departures every minute 14:00-16:00 on Monday 2019-05-13, transit, r5r's settings
 * (walk 3.6 km/h, 120-minute max trip). Wall time from the loaded network to all percentiles, one
 * warm-up and three measured runs. Run with {@code benchmarks/matrix-benchmark}.
 */
public final class MatrixBenchmark {

  private MatrixBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path networkFile = Path.of(args.length > 0 ? args[0] : "out/poa.rae");
    Path points = Path.of(args.length > 1 ? args[1] : "regions/poa/poa_hexgrid.csv");
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    if (!Files.exists(networkFile)) {
      System.out.println("building " + networkFile + " from regions/poa");
      NetworkBuilder.Result built =
          new NetworkBuilder(line -> {}).build(RegionConfigReader.read(Path.of("regions/poa")));
      NetworkStore.write(built.network(), networkFile);
    }
    Network network = NetworkStore.read(networkFile);
    PointSet hexagons = PointCsvReader.read(points);
    MatrixRequest request =
        new MatrixRequest(
            LocalDate.of(2019, 5, 13),
            ClockTime.parseSeconds("14:00"),
            ClockTime.parseSeconds("16:00"),
            60,
            TravelMode.TRANSIT,
            new int[] {5, 25, 50, 75, 95},
            -1,
            network.info().routing());
    System.out.printf(
        "%d x %d points, 120 departures, %d cores%n",
        hexagons.size(), hexagons.size(), Runtime.getRuntime().availableProcessors());
    for (int run = 0; run <= runs; run++) {
      long[] reached = new long[1];
      long start = System.nanoTime();
      TravelTimeMatrix.compute(
          network,
          hexagons,
          hexagons,
          request,
          (origin, values) -> {
            for (int[] v : values) {
              if (v[2] != Integer.MAX_VALUE) {
                reached[0]++;
              }
            }
          },
          done -> {});
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "%s: %.2f s wall, %d pairs with a median%n",
          run == 0 ? "warm-up" : "run " + run, seconds, reached[0]);
    }
  }
}
