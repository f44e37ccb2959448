package org.ruralaccess.bench.server;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ruralaccess.app.LoadedNetwork;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.server.RaeServer;
import org.ruralaccess.server.ServerLimits;
import org.ruralaccess.server.ServerSettings;

/**
 * Load on {@code rae serve}: the server started in this JVM on 127.0.0.1 (never another host),
 * CLIENTS threads each sending one request after another for SECONDS, at random points near the
 * network's zone origins (seeded), then stopping by itself. Reports requests, answers by status,
 * p50/p95/max latency and the heap in use (after a full GC) before and after. "Before" is after a
 * warm-up: one request, then one per client at once (what a server keeps: prepared isochrones and
 * the search state of each concurrent request).
 *
 * <p>{@code isochrone}: {@code GET /api/isochrone} by transit, 14:00-15:00, cutoffs 15-60 (needs
 * the isochrone engine; this build answers 501 until issue 13 is connected, and the benchmark says
 * so). {@code matrix}: {@code POST /api/matrix}, one random point to 10 others by transit over the
 * same window, to measure the server's own overhead under load meanwhile.
 *
 * <p>Usage: {@code ServerLoadBenchmark NETWORK [isochrone|matrix] [CLIENTS] [SECONDS]}
 */
public final class ServerLoadBenchmark {

  private static final double JITTER_DEGREES = 0.002; // about 200 m

  private ServerLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path network = Path.of(args.length > 0 ? args[0] : "out/poa.rae");
    String endpoint = args.length > 1 ? args[1] : "isochrone";
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
    LoadedNetwork loaded = LoadedNetwork.read(network);
    List<Zone> zones = loaded.network().zones().zones();
    RaeServer server =
        RaeServer.start(
            new ServerSettings("127.0.0.1", 0, List.of(), ServerLimits.defaults()), loaded);
    String base = "http://127.0.0.1:" + server.port();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    // one request first: what it prepares (the isochrones' grid, stop walks and day timetable) is
    // kept for the next ones; then one request per client at once, so that the search state
    // pooled per concurrent request (at most ServerLimits.concurrentMatrices) exists too: both
    // belong in "before", and "after" then shows what the load itself left behind
    Random warmUp = new Random(7);
    http.send(request(base, endpoint, zones, warmUp), HttpResponse.BodyHandlers.discarding());
    long heapFirst = heapAfterGc();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<Integer>> warmRound = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      HttpRequest request = request(base, endpoint, zones, warmUp);
      warmRound.add(
          pool.submit(
              () -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()));
    }
    for (Future<Integer> status : warmRound) {
      status.get();
    }
    long heapBefore = heapAfterGc();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<Future<List<long[]>>> results = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Random random = new Random(42 + c);
      results.add(
          pool.submit(
              () -> {
                List<long[]> timings = new ArrayList<>();
                while (System.nanoTime() < end) {
                  HttpRequest request = request(base, endpoint, zones, random);
                  long start = System.nanoTime();
                  int status =
                      http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                  timings.add(new long[] {System.nanoTime() - start, status});
                }
                return timings;
              }));
    }
    List<Long> latencies = new ArrayList<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (Future<List<long[]>> result : results) {
      for (long[] timing : result.get()) {
        latencies.add(timing[0]);
        statuses.merge((int) timing[1], 1, Integer::sum);
      }
    }
    pool.shutdown();
    long heapAfter = heapAfterGc();
    server.stop();
    Collections.sort(latencies);
    System.out.printf(
        Locale.ROOT,
        "%s: %d clients x %d s on %s (%d cores): %d requests, statuses %s%n"
            + "latency p50 %.1f ms, p95 %.1f ms, max %.1f ms; heap after GC %d MB before, %d MB"
            + " after (%+.1f %%); %d MB after the first request%n",
        endpoint,
        clients,
        seconds,
        network,
        Runtime.getRuntime().availableProcessors(),
        latencies.size(),
        statuses,
        millis(latencies, 0.50),
        millis(latencies, 0.95),
        latencies.get(latencies.size() - 1) / 1e6,
        heapBefore >> 20,
        heapAfter >> 20,
        100.0 * (heapAfter - heapBefore) / heapBefore,
        heapFirst >> 20);
    if (statuses.keySet().stream().anyMatch(s -> s != 200)) {
      System.out.println(
          statuses.containsKey(501)
              ? "isochrones are not in this build (501): run with 'matrix' until issue 13 lands"
              : "errors: some answers were not 200");
      System.exit(1);
    }
  }

  private static HttpRequest request(
      String base, String endpoint, List<Zone> zones, Random random) {
    if (endpoint.equals("isochrone")) {
      double[] p = point(zones, random);
      return HttpRequest.newBuilder(
              URI.create(
                  String.format(
                      Locale.ROOT,
                      "%s/api/isochrone?lat=%.6f&lon=%.6f&mode=transit&date=2019-05-13"
                          + "&from=14:00&to=15:00&cutoffs=15,30,45,60",
                      base,
                      p[0],
                      p[1])))
          .build();
    }
    StringBuilder body = new StringBuilder("{\"origins\":[").append(json("o", zones, random));
    body.append("],\"destinations\":[");
    for (int d = 0; d < 10; d++) {
      body.append(d == 0 ? "" : ",").append(json("d" + d, zones, random));
    }
    body.append("],\"date\":\"2019-05-13\",\"from\":\"14:00\",\"to\":\"15:00\"}");
    return HttpRequest.newBuilder(URI.create(base + "/api/matrix"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
  }

  private static String json(String id, List<Zone> zones, Random random) {
    double[] p = point(zones, random);
    return String.format(Locale.ROOT, "{\"id\":\"%s\",\"lat\":%.6f,\"lon\":%.6f}", id, p[0], p[1]);
  }

  /** A zone's origin moved by up to 200 m: random points where people live. */
  private static double[] point(List<Zone> zones, Random random) {
    Zone zone = zones.get(random.nextInt(zones.size()));
    return new double[] {
      zone.originLat() + (random.nextDouble() * 2 - 1) * JITTER_DEGREES,
      zone.originLon() + (random.nextDouble() * 2 - 1) * JITTER_DEGREES
    };
  }

  private static double millis(List<Long> sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  private static long heapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }
}
