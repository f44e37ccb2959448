package org.ruralaccess.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.ingest.gtfs.GtfsTestFeeds;
import org.ruralaccess.model.BadInputException;

/** {@code rae fetch} against a local server standing in for BODS and Geofabrik. */
class RegionFetcherTest {

  @TempDir Path dir;

  private final RegionFetcher fetcher =
      new RegionFetcher(FetchListener.SILENT, Duration.ofSeconds(5));

  @Test
  void downloadsChecksAndClipsTheFeedAndKeepsTheExtractAsServed() throws IOException {
    Path gtfs = GtfsTestFeeds.feed("newport-20230613_gtfs.zip");
    Path osm = GtfsTestFeeds.repoRoot().resolve("osm-extracts/newport-2023-06-13.osm.pbf");
    try (FixtureServer server = new FixtureServer()) {
      server
          .serve("/storage/south_west.zip", 200, "application/zip", Files.readAllBytes(gtfs))
          .redirect("/timetable/download/gtfs-file/south_west/", "/storage/south_west.zip")
          .serve("/newport.osm.pbf", 200, "application/octet-stream", Files.readAllBytes(osm));
      FetchPlan plan =
          plan(
              server.url("/timetable/download/gtfs-file/south_west/"),
              server.url("/newport.osm.pbf"),
              GtfsClipperTest.CORE_BBOX,
              0);

      List<RegionFetcher.Fetched> fetched = fetcher.fetch(plan, true);

      Path clipped = dir.resolve("gtfs-feeds/newport.zip");
      assertEquals(Files.size(gtfs), fetched.get(0).bytes(), "the whole feed came down");
      // independent count: trips with a stop_times row at a stop inside CORE_BBOX
      Set<String> inside =
          GtfsTestFeeds.rows(gtfs, "stops.txt").stream()
              .filter(
                  s ->
                      GtfsClipperTest.CORE_BBOX.contains(
                          Double.parseDouble(s.get("stop_lat")),
                          Double.parseDouble(s.get("stop_lon"))))
              .map(s -> s.get("stop_id"))
              .collect(Collectors.toSet());
      Set<String> expectedTrips =
          GtfsTestFeeds.rows(gtfs, "stop_times.txt").stream()
              .filter(row -> inside.contains(row.get("stop_id")))
              .map(row -> row.get("trip_id"))
              .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(
          expectedTrips,
          GtfsTestFeeds.rows(clipped, "trips.txt").stream()
              .map(row -> row.get("trip_id"))
              .collect(Collectors.toCollection(TreeSet::new)));
      assertTrue(fetched.get(0).clip().isPresent());
      assertArrayEquals(
          Files.readAllBytes(osm), Files.readAllBytes(dir.resolve("osm-extracts/newport.osm.pbf")));
      assertTrue(
          server.userAgents.stream().allMatch(agent -> agent.startsWith("rae/")),
          server.userAgents.toString());
      assertEquals(List.of(), temporaryFiles(), "no .part file left");
    }
  }

  @Test
  void anHtmlPageInPlaceOfTheZipIsNamedAndLeavesNoFile() throws IOException {
    byte[] page = getClass().getResourceAsStream("/fetch/error-page.html").readAllBytes();
    try (FixtureServer server = new FixtureServer()) {
      server.serve("/feed.zip", 200, "text/html; charset=utf-8", page);
      FetchPlan plan = plan(server.url("/feed.zip"), null, GtfsClipperTest.CORE_BBOX, 0);

      BadInputException error =
          assertThrows(BadInputException.class, () -> fetcher.fetch(plan, true));

      assertTrue(
          error
              .getMessage()
              .contains(
                  "the server sent a web page titled 'Sign in - Bus Open Data Service' instead of a GTFS feed (zip)"),
          error.getMessage());
      assertFalse(Files.exists(dir.resolve("gtfs-feeds/newport.zip")));
      assertEquals(List.of(), temporaryFiles());
    }
  }

  @Test
  void aBrokenZipOrAWrongPbfIsRefusedAndTheOldFileStays() throws IOException {
    Path target = Files.createDirectories(dir.resolve("osm-extracts")).resolve("newport.osm.pbf");
    Files.writeString(target, "previous extract");
    try (FixtureServer server = new FixtureServer()) {
      // a GTFS zip is not an OSM extract: first bytes PK.., not a BlobHeader
      server.serve(
          "/x.osm.pbf",
          200,
          "application/octet-stream",
          Files.readAllBytes(GtfsTestFeeds.feed("newport-20230613_gtfs.zip")));
      FetchPlan plan = plan(null, server.url("/x.osm.pbf"), GtfsClipperTest.CORE_BBOX, 0);

      BadInputException error =
          assertThrows(BadInputException.class, () -> fetcher.fetch(plan, true));

      assertTrue(
          error.getMessage().contains("not an OpenStreetMap .osm.pbf file"), error.getMessage());
      assertEquals("previous extract", Files.readString(target));
      assertEquals(List.of(), temporaryFiles());
    }
  }

  @Test
  void aMissingFileIsA404InPlainWords() throws IOException {
    try (FixtureServer server = new FixtureServer()) {
      server.serve("/other", 200, "text/plain", new byte[] {1});
      FetchPlan plan = plan(server.url("/gone.zip"), null, GtfsClipperTest.CORE_BBOX, 0);

      BadInputException error =
          assertThrows(BadInputException.class, () -> fetcher.fetch(plan, true));

      assertTrue(
          error.getMessage().contains("the server answered HTTP 404 (no such file"),
          error.getMessage());
      assertEquals(List.of(), temporaryFiles());
    }
  }

  @Test
  void nothingListeningIsUnreachableNotAnError() {
    URI closed = URI.create("http://127.0.0.1:" + FixtureServer.freePort() + "/feed.zip");
    FetchPlan plan = plan(closed, null, GtfsClipperTest.CORE_BBOX, 0);

    SourceUnreachableException error =
        assertThrows(SourceUnreachableException.class, () -> fetcher.fetch(plan, true));

    assertEquals(closed, error.url());
    assertTrue(error.getMessage().startsWith("cannot reach 127.0.0.1"), error.getMessage());
  }

  @Test
  void noClipKeepsTheFeedAsServed() throws IOException {
    Path gtfs = GtfsTestFeeds.feed("newport-20230613_gtfs.zip");
    try (FixtureServer server = new FixtureServer()) {
      server.serve("/feed.zip", 200, "application/zip", Files.readAllBytes(gtfs));
      fetcher.fetch(plan(server.url("/feed.zip"), null, GtfsClipperTest.CORE_BBOX, 0), false);
      assertArrayEquals(
          Files.readAllBytes(gtfs), Files.readAllBytes(dir.resolve("gtfs-feeds/newport.zip")));
    }
  }

  private FetchPlan plan(URI gtfs, URI osm, BoundingBox box, double bufferMeters) {
    return new FetchPlan(
        dir,
        "Newport",
        box,
        bufferMeters,
        gtfs == null
            ? List.of()
            : List.of(
                new FetchPlan.Download(
                    FetchPlan.Kind.GTFS, gtfs, dir.resolve("gtfs-feeds/newport.zip"))),
        osm == null
            ? List.of()
            : List.of(
                new FetchPlan.Download(
                    FetchPlan.Kind.OSM, osm, dir.resolve("osm-extracts/newport.osm.pbf"))));
  }

  private List<Path> temporaryFiles() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
    }
  }
}
