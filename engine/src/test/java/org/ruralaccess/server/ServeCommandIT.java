package org.ruralaccess.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ruralaccess.testing.RaeProcess;
import org.ruralaccess.testing.RepoFiles;

/**
 * {@code rae serve} as a user starts it: on loopback by default, answering, refusing a port already
 * taken in one line with exit 2, and stopping on SIGTERM with its goodbye and nothing left behind.
 */
class ServeCommandIT {

  private static final Pattern URL = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");

  @Test
  void servesOnLoopbackRefusesATakenPortAndStopsOnSigterm() throws Exception {
    PoaServerFixture poa = PoaServerFixture.get();
    Path results = poa.copyOfResults();
    List<String> before = listing(results);
    Path stderr = Files.createTempFile(poa.folder, "serve", ".err");
    Process serve =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-jar",
                System.getProperty("rae.jar"),
                "serve",
                "--network",
                poa.network.toString(),
                "--results",
                results.toString(),
                "--port",
                "0")
            .directory(RepoFiles.root().toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(stderr.toFile())
            .start();
    try {
      int port = awaitPort(serve, stderr);
      HttpResponse<String> network =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/network"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, network.statusCode());
      assertTrue(network.body().contains("Porto Alegre"), network.body());
      assertFalse(Files.readString(stderr).contains("warning"), Files.readString(stderr));

      RaeProcess.Run taken =
          RaeProcess.run(
              "serve", "--network", poa.network.toString(), "--port", Integer.toString(port));
      assertEquals(2, taken.exitCode(), taken.stderr());
      assertFalse(taken.hasStackTrace(), taken.stderr());
      assertTrue(taken.stderr().contains("--port " + port), taken.stderr());

      RaeProcess.Run outOfRange =
          RaeProcess.run("serve", "--network", poa.network.toString(), "--port", "99999");
      assertEquals(2, outOfRange.exitCode(), outOfRange.stderr());
      assertFalse(outOfRange.hasStackTrace(), outOfRange.stderr());
      assertTrue(
          outOfRange.stderr().startsWith("rae: --port: 99999 is not a port"), outOfRange.stderr());
    } finally {
      serve.destroy(); // SIGTERM
    }
    assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "stopped within a minute of SIGTERM");
    String said = Files.readString(stderr);
    assertTrue(said.contains("stopped"), said);
    assertFalse(said.contains("\tat "), said);
    assertEquals(before, listing(results));
  }

  private static int awaitPort(Process serve, Path stderr) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      Matcher url = URL.matcher(Files.readString(stderr));
      if (url.find()) {
        return Integer.parseInt(url.group(1));
      }
      assertTrue(serve.isAlive(), "rae serve ended: " + Files.readString(stderr));
      Thread.sleep(200);
    }
    throw new AssertionError("rae serve did not say where it listens: " + Files.readString(stderr));
  }

  private static List<String> listing(Path folder) throws Exception {
    try (var walk = Files.walk(folder)) {
      return walk.map(p -> folder.relativize(p).toString()).sorted().toList();
    }
  }
}
