package org.ruralaccess.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ruralaccess.app.LoadedNetwork;
import org.ruralaccess.testing.RaeProcess;

/**
 * Porto Alegre for the server's tests, made once per test JVM with the real CLI: the network, a
 * short accessibility run (transit and walking, 14:00-14:20 every 5 minutes) and a comparison
 * withdrawing route T9 over the same window, in a results folder a server is started on.
 */
final class PoaServerFixture {

  static final String ACCESSIBILITY_RUN = "access";
  static final String COMPARISON_RUN = "compare-t9";
  static final List<String> WINDOW =
      List.of("--date", "2019-05-13", "--from", "14:00", "--to", "14:20", "--step-minutes", "5");

  private static PoaServerFixture made;

  final Path folder;
  final Path network;
  final Path results;
  final LoadedNetwork loaded;

  private PoaServerFixture(Path folder) throws Exception {
    this.folder = folder;
    this.network = folder.resolve("poa.rae");
    this.results = folder.resolve("results");
    run("build", "--region", "regions/poa", "--out", network.toString());
    run(
        concat(
            List.of("accessibility", "--network", network.toString(), "--modes", "transit,walk"),
            WINDOW,
            List.of("--out", results.resolve(ACCESSIBILITY_RUN).toString())));
    run(
        concat(
            List.of(
                "compare",
                "--network",
                network.toString(),
                "--modes",
                "transit",
                "--scenario",
                "regions/poa/scenarios/remove-route.yaml"),
            WINDOW,
            List.of("--out", results.resolve(COMPARISON_RUN).toString())));
    this.loaded = LoadedNetwork.read(network);
  }

  static synchronized PoaServerFixture get() throws Exception {
    if (made == null) {
      made = new PoaServerFixture(Files.createTempDirectory("rae-serve-it"));
    }
    return made;
  }

  /** A server on a free loopback port over the fixture's network and the given results folder. */
  RaeServer start(Path resultsFolder, ServerLimits limits) {
    return start(resultsFolder, limits, IsochroneSource.NONE);
  }

  /** The same, its isochrones from {@code isochrones}. */
  RaeServer start(Path resultsFolder, ServerLimits limits, IsochroneSource isochrones) {
    return RaeServer.start(
        new ServerSettings("127.0.0.1", 0, List.of(resultsFolder), limits), loaded, isochrones);
  }

  /** A copy of the fixture's results, for a server whose runs write into it. */
  Path copyOfResults() throws IOException {
    Path copy = Files.createTempDirectory(folder, "results-copy");
    try (var files = Files.walk(results)) {
      for (Path source : files.toList()) {
        Path target = copy.resolve(results.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    return copy;
  }

  private static void run(List<String> args) throws Exception {
    run(args.toArray(String[]::new));
  }

  private static void run(String... args) throws Exception {
    RaeProcess.Run run = RaeProcess.run(args);
    assertEquals(0, run.exitCode(), String.join(" ", args) + "\n" + run.stderr());
  }

  private static List<String> concat(List<String> a, List<String> b, List<String> c) {
    return java.util.stream.Stream.of(a, b, c).flatMap(List::stream).toList();
  }

  /** A plain HTTP exchange with a server, for tests. */
  record Answer(int status, String contentType, String body) {}

  static Answer get(RaeServer server, String path) throws Exception {
    return send(server, HttpRequest.newBuilder(uri(server, path)).GET().build());
  }

  static Answer post(RaeServer server, String path, String json) throws Exception {
    return send(
        server,
        HttpRequest.newBuilder(uri(server, path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  static URI uri(RaeServer server, String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private static Answer send(RaeServer server, HttpRequest request) throws Exception {
    HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body());
  }
}
