package org.ruralaccess.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.testing.RepoFiles;

/**
 * Rural broadband against a local server: stalls, server errors, resumed transfers and published
 * checksums. The file is the real Newport extract (2,516,828 bytes); timeouts and back-offs are
 * shortened so the tests take seconds.
 */
class DownloaderTest {

  @TempDir Path dir;

  private final List<String> messages = new CopyOnWriteArrayList<>();
  private final FetchListener listener =
      new FetchListener() {
        @Override
        public void message(String line) {
          messages.add(line);
        }

        @Override
        public void transfer(String label, long bytesDone, long bytesTotal) {}
      };

  private Downloader downloader(int attempts) {
    return new Downloader(
        listener, Duration.ofSeconds(5), Duration.ofMillis(700), attempts, Duration.ofMillis(50));
  }

  private static byte[] extract() throws IOException {
    return Files.readAllBytes(RepoFiles.resolve("osm-extracts/newport-2023-06-13.osm.pbf"));
  }

  /**
   * First request: the first 1,000,000 bytes, then silence (the read timeout breaks it off);
   * second: honours {@code Range: bytes=1000000-} with {@code If-Range} and sends the rest.
   */
  @Test
  void aStalledTransferIsResumedFromTheLastByte() throws Exception {
    byte[] file = extract();
    List<String> ranges = new CopyOnWriteArrayList<>();
    AtomicInteger requests = new AtomicInteger();
    try (FixtureServer server = new FixtureServer()) {
      server.handle(
          "/newport.osm.pbf",
          exchange -> {
            if (noChecksum(exchange)) {
              return;
            }
            String range = exchange.getRequestHeaders().getFirst("Range");
            ranges.add(range + " if " + exchange.getRequestHeaders().getFirst("If-Range"));
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            if (requests.incrementAndGet() == 1) {
              exchange.sendResponseHeaders(200, file.length);
              OutputStream out = exchange.getResponseBody();
              out.write(file, 0, 1_000_000);
              out.flush();
              sleep(3000); // longer than the 700 ms read timeout
              exchange.close();
              return;
            }
            sendRange(exchange, file, 1_000_000);
          });
      Path target = dir.resolve("osm/newport.osm.pbf");
      Path part = downloader(3).downloadNextTo(server.url("/newport.osm.pbf"), target);
      assertArrayEquals(file, Files.readAllBytes(part));
      assertEquals(List.of("null if null", "bytes=1000000- if \"v1\""), ranges);
      assertTrue(
          messages.getFirst().contains("no data for 0 s after byte 1000000")
              && messages
                  .getFirst()
                  .endsWith("; attempt 2 of 3 in 0 s, resuming from byte 1000000"),
          messages.toString());
    }
  }

  @Test
  void serverErrorsAreTriedAgainThenNamed() throws Exception {
    byte[] file = extract();
    AtomicInteger requests = new AtomicInteger();
    try (FixtureServer server = new FixtureServer()) {
      server.handle(
          "/newport.osm.pbf",
          exchange -> {
            if (noChecksum(exchange)) {
              return;
            }
            if (requests.incrementAndGet() <= 2) {
              exchange.sendResponseHeaders(503, -1);
              exchange.close();
              return;
            }
            exchange.sendResponseHeaders(200, file.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(file);
            }
          });
      Path part =
          downloader(3).downloadNextTo(server.url("/newport.osm.pbf"), dir.resolve("a.osm.pbf"));
      assertArrayEquals(file, Files.readAllBytes(part));
      assertEquals(3, requests.get());

      requests.set(-10); // every answer a 503 from now on
      BadInputException e =
          assertThrows(
              BadInputException.class,
              () ->
                  downloader(2)
                      .downloadNextTo(server.url("/newport.osm.pbf"), dir.resolve("b.osm.pbf")));
      assertEquals(
          server.url("/newport.osm.pbf")
              + ": the server answered HTTP 503 (the server failed; try again later) after 2"
              + " attempts; run rae fetch again later",
          e.getMessage());
    }
  }

  /** Every attempt stalls after 500,000 bytes: kept, and the next run asks for the rest only. */
  @Test
  void bytesOfAFailedRunAreResumedByTheNextRun() throws Exception {
    byte[] file = extract();
    AtomicInteger requests = new AtomicInteger();
    List<String> ranges = new CopyOnWriteArrayList<>();
    try (FixtureServer server = new FixtureServer()) {
      server.handle(
          "/newport.osm.pbf",
          exchange -> {
            if (noChecksum(exchange)) {
              return;
            }
            ranges.add(String.valueOf(exchange.getRequestHeaders().getFirst("Range")));
            exchange.getResponseHeaders().add("Last-Modified", "Tue, 13 Jun 2023 20:21:00 GMT");
            if (requests.incrementAndGet() == 1) {
              exchange.sendResponseHeaders(200, file.length);
              OutputStream out = exchange.getResponseBody();
              out.write(file, 0, 500_000);
              out.flush();
              sleep(2000);
              exchange.close();
              return;
            }
            sendRange(exchange, file, 500_000);
          });
      Path target = dir.resolve("newport.osm.pbf");
      BadInputException e =
          assertThrows(
              BadInputException.class,
              () -> downloader(1).downloadNextTo(server.url("/newport.osm.pbf"), target));
      assertTrue(
          e.getMessage().endsWith("500000 bytes are kept: run rae fetch again to resume"),
          e.getMessage());
      assertEquals(500_000, Files.size(Downloader.partialFile(target)));

      Path part = downloader(1).downloadNextTo(server.url("/newport.osm.pbf"), target);
      assertArrayEquals(file, Files.readAllBytes(part));
      assertEquals(List.of("null", "bytes=500000-"), ranges);
      assertFalse(
          Files.exists(PartialDownload.validatorFile(part)), "nothing left to resume when done");
    }
  }

  /** Geofabrik's URL.md5: a match passes; a mismatch names both sums and drops the bytes. */
  @Test
  void aPublishedMd5IsChecked() throws Exception {
    byte[] file = extract();
    String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(file));
    try (FixtureServer server = new FixtureServer()) {
      server
          .serve("/good.osm.pbf", 200, "application/octet-stream", file)
          .serve(
              "/good.osm.pbf.md5",
              200,
              "text/plain",
              (md5 + "  good.osm.pbf\n").getBytes(StandardCharsets.US_ASCII))
          .serve("/bad.osm.pbf", 200, "application/octet-stream", file)
          .serve(
              "/bad.osm.pbf.md5",
              200,
              "text/plain",
              ("0123456789abcdef0123456789abcdef  bad.osm.pbf\n")
                  .getBytes(StandardCharsets.US_ASCII));
      Path good =
          downloader(1).downloadNextTo(server.url("/good.osm.pbf"), dir.resolve("good.osm.pbf"));
      assertArrayEquals(file, Files.readAllBytes(good));
      Path bad = dir.resolve("bad.osm.pbf");
      BadInputException e =
          assertThrows(
              BadInputException.class,
              () -> downloader(1).downloadNextTo(server.url("/bad.osm.pbf"), bad));
      assertEquals(
          server.url("/bad.osm.pbf")
              + ": the file's MD5 is "
              + md5
              + " but "
              + server.url("/bad.osm.pbf.md5")
              + " says 0123456789abcdef0123456789abcdef; the download is damaged (or the file"
              + " changed while it came down): run rae fetch again",
          e.getMessage());
      assertFalse(Files.exists(Downloader.partialFile(bad)));
    }
  }

  /** The context also gets {@code /newport.osm.pbf.md5}: none published here (404). */
  private static boolean noChecksum(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestURI().getPath().endsWith(".md5")) {
      return false;
    }
    exchange.sendResponseHeaders(404, -1);
    exchange.close();
    return true;
  }

  private static void sendRange(HttpExchange exchange, byte[] file, int from) throws IOException {
    String range = exchange.getRequestHeaders().getFirst("Range");
    if (!("bytes=" + from + "-").equals(range)) {
      exchange.sendResponseHeaders(400, -1);
      exchange.close();
      return;
    }
    exchange
        .getResponseHeaders()
        .add("Content-Range", "bytes " + from + "-" + (file.length - 1) + "/" + file.length);
    exchange.sendResponseHeaders(206, file.length - from);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(file, from, file.length - from);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
