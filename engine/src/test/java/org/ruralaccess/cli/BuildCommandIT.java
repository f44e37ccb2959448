package org.ruralaccess.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.testing.RaeProcess;
import org.ruralaccess.testing.RaeProcess.Run;
import org.ruralaccess.testing.RepoFiles;

/** {@code rae build} as a user runs it: the packaged jar, real regions, real bad input. */
class BuildCommandIT {

  @TempDir Path dir;

  @Test
  void buildsPortoAlegreTwiceToIdenticalBytes() throws Exception {
    Path first = dir.resolve("first/poa.rae");
    Path second = dir.resolve("second/poa.rae");
    Run run = RaeProcess.run("build", "--region", "regions/poa", "--out", first.toString());
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains("importing streets"), "progress is shown: " + run.stderr());
    // reading OSM goes through protobuf, which calls sun.misc.Unsafe: the JVM's four-line
    // deprecation warning must not reach the user (the launchers allow the access)
    assertFalse(run.stderr().contains("WARNING:"), run.stderr());
    assertFalse(run.stderr().contains("\r"), "a log gets lines, not a redrawn bar");
    assertEquals(
        0,
        RaeProcess.run("build", "--region", "regions/poa", "--out", second.toString()).exitCode());
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("first/poa.report.json")),
        Files.readAllBytes(dir.resolve("second/poa.report.json")));

    JsonNode counts =
        new ObjectMapper().readTree(dir.resolve("first/poa.report.json").toFile()).get("counts");
    // stops.txt rows of the two feeds: EPTC 3,986 + Trensurb 24 (SOURCES.md, and by line count
    // in GtfsFeedReaderTest)
    assertEquals(3986 + 24, counts.get("stops").asInt());
    assertTrue(
        counts.get("stopsNotLinked").asInt() > 0, "the extract is cropped; some stops lie outside");
    assertTrue(counts.get("streetEdges").asInt() > 10_000);

    Run info = RaeProcess.run("info", "--network", first.toString());
    assertEquals(0, info.exitCode(), info.stderr());
    assertTrue(
        info.stdout().contains("\"regionName\" : \"Porto Alegre (r5r sample)\""), info.stdout());

    // the same file cut in half: one clear line, no stack trace
    byte[] whole = Files.readAllBytes(first);
    Path cut = dir.resolve("cut.rae");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
    Run damaged = RaeProcess.run("info", "--network", cut.toString());
    assertEquals(2, damaged.exitCode());
    assertTrue(damaged.stderr().contains("damaged or truncated"), damaged.stderr());
    assertFalse(damaged.hasStackTrace(), damaged.stderr());
  }

  @Test
  void cobbBuildsWithItsFlexTripsTwiceToIdenticalBytes() throws Exception {
    Path first = dir.resolve("first/cobb.rae");
    Path second = dir.resolve("second/cobb.rae");
    Run run = RaeProcess.run("build", "--region", "regions/cobb", "--out", first.toString());
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains("reading community transport"), run.stderr());
    // the console names each skipped or reported code with its first file:line, not only a total
    assertTrue(
        run.stderr()
            .matches(
                "(?s).*WARNING FLEX_NONSTANDARD_COLUMN x1, first at [^\\n]*/stop_times.txt:1: .*"),
        run.stderr());
    assertEquals(
        0,
        RaeProcess.run("build", "--region", "regions/cobb", "--out", second.toString()).exitCode());
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));

    Path flex = RepoFiles.resolve("gtfs-feeds/flex/otp_cobblinc-scheduled-deviated-flex");
    int flexTrips = rawFlexTripCount(flex);
    assertEquals(72, flexTrips, "gtfs-feeds/flex/README.md: 72 trips, every one deviated");
    Run info = RaeProcess.run("info", "--network", first.toString());
    assertEquals(0, info.exitCode(), info.stderr());
    JsonNode counts = new ObjectMapper().readTree(info.stdout()).get("counts");
    assertEquals(flexTrips, counts.get("schemes").asInt());
    assertEquals(flexTrips, counts.get("schemes:FLEX_DEVIATED").asInt());

    JsonNode report = new ObjectMapper().readTree(dir.resolve("first/cobb.report.json").toFile());
    assertEquals(flexTrips, report.get("counts").get("schemes:FLEX_DEVIATED").asInt());
    JsonNode nonStandard = null;
    for (JsonNode issue : report.get("issues")) {
      if (issue.get("code").asText().equals("FLEX_NONSTANDARD_COLUMN")) {
        nonStandard = issue;
      }
    }
    assertTrue(nonStandard != null, "the flex feed's issue is in the build report");
    assertEquals(1, nonStandard.get("line").asInt(), "the column is in the header");
  }

  /**
   * Trips of a flex feed with at least one stop_time at a zone of locations.geojson (here zones are
   * named in stop_id, the older form), counted from the raw files with plain Java.
   */
  private static int rawFlexTripCount(Path feed) throws IOException {
    Set<String> zones = new HashSet<>();
    for (JsonNode feature :
        new ObjectMapper().readTree(feed.resolve("locations.geojson").toFile()).get("features")) {
      zones.add(feature.get("id").asText());
    }
    List<String> lines = Files.readAllLines(feed.resolve("stop_times.txt"));
    List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(",", -1));
    int trip = header.indexOf("trip_id");
    int stop = header.indexOf("stop_id");
    Set<String> flexTrips = new HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      if (cells.length > stop && zones.contains(cells[stop])) {
        flexTrips.add(cells[trip]);
      }
    }
    return flexTrips.size();
  }

  @Test
  void missingRegionIsOneClearLine() throws Exception {
    Run run =
        RaeProcess.run(
            "build", "--region", "regions/nowhere", "--out", dir.resolve("x.rae").toString());
    assertEquals(2, run.exitCode());
    assertEquals("rae: regions/nowhere: region folder not found\n", run.stderr());
  }

  @Test
  void typoInRegionYamlNamesTheLine() throws Exception {
    Path region = copyRegion("regions/cobb");
    String yaml = Files.readString(region.resolve("region.yaml")).replace("osm:", "osmm:");
    Files.writeString(region.resolve("region.yaml"), yaml);
    Run run = build(region);
    assertEquals(2, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains("unknown setting 'osmm'; did you mean 'osm'?"), run.stderr());
    assertTrue(run.stderr().matches("(?s).*line \\d+ \\(osmm\\).*"), run.stderr());
    assertNothingWritten(run);
  }

  @Test
  void corruptZipIsNamed() throws Exception {
    Path region = copyRegion("regions/cobb");
    Path feed = region.resolve("feed.zip");
    Files.write(feed, "this is not a zip file".getBytes(StandardCharsets.UTF_8));
    pointFeedAt(region, feed);
    Run run = build(region);
    assertEquals(2, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains("feed.zip"), run.stderr());
    assertNothingWritten(run);
  }

  @Test
  void wrongGtfsHeaderNamesFileAndField() throws Exception {
    Path region = copyRegion("regions/cobb");
    Path feed = region.resolve("feed");
    Files.createDirectories(feed);
    copyFeedFolder(RepoFiles.resolve("gtfs-feeds/wexford-bus"), feed);
    Path stops = feed.resolve("stops.txt");
    Files.writeString(stops, Files.readString(stops).replaceFirst("stop_id", "stop_idd"));
    pointFeedAt(region, feed);
    Run run = build(region);
    assertEquals(2, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains("stops.txt"), run.stderr());
    assertTrue(run.stderr().contains("stop_id"), run.stderr());
    assertNothingWritten(run);
  }

  @Test
  void osmFileThatIsNotPbfIsNamed() throws Exception {
    Path region = copyRegion("regions/cobb");
    Path osm = region.resolve("streets.osm.pbf");
    Files.writeString(osm, "<html>not a map</html>");
    String yaml =
        Files.readString(region.resolve("region.yaml"))
            .replaceAll("(?m)^osm: .*$", "osm: streets.osm.pbf");
    Files.writeString(region.resolve("region.yaml"), yaml);
    Run run = build(region);
    assertEquals(2, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains("streets.osm.pbf"), run.stderr());
    assertNothingWritten(run);
  }

  @Test
  void networkOfAnotherFormatVersionIsRefusedWithTheVersionNeeded() throws Exception {
    Path old = dir.resolve("old.rae");
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(old))) {
      out.write("RAE-NETWORK\n".getBytes(StandardCharsets.US_ASCII));
      out.writeInt(99);
      out.writeUTF("9.9.9");
    }
    Run run = RaeProcess.run("info", "--network", old.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.stderr().contains("format version 99"), run.stderr());
    assertTrue(
        run.stderr()
            .contains(
                "needs format version "
                    + org.ruralaccess.network.store.NetworkStore.FORMAT_VERSION),
        run.stderr());
    assertFalse(run.hasStackTrace(), run.stderr());

    Files.writeString(old, "not a network");
    Run notNetwork = RaeProcess.run("info", "--network", old.toString());
    assertEquals(2, notNetwork.exitCode());
    assertTrue(notNetwork.stderr().contains("not a rae network file"), notNetwork.stderr());
  }

  private Run build(Path region) throws IOException, InterruptedException {
    return RaeProcess.run(
        "build", "--region", region.toString(), "--out", dir.resolve("out/net.rae").toString());
  }

  private void assertNothingWritten(Run run) throws IOException {
    assertFalse(run.hasStackTrace(), run.stderr());
    assertFalse(Files.exists(dir.resolve("out/net.rae")), "no network file after a failed build");
    if (Files.isDirectory(dir.resolve("out"))) {
      try (Stream<Path> files = Files.list(dir.resolve("out"))) {
        assertTrue(
            files.noneMatch(f -> f.getFileName().toString().endsWith(".partial")),
            "no partial files");
      }
    }
  }

  /** A copy of a bundled region whose relative paths still point at the repository's data. */
  private Path copyRegion(String name) throws IOException {
    Path region = dir.resolve("region");
    Files.createDirectories(region);
    Path source = RepoFiles.resolve(name);
    String yaml = Files.readString(source.resolve("region.yaml"));
    yaml = yaml.replace("../../", RepoFiles.root().toString() + "/");
    Files.writeString(region.resolve("region.yaml"), yaml);
    return region;
  }

  private static void pointFeedAt(Path region, Path feed) throws IOException {
    String yaml = Files.readString(region.resolve("region.yaml"));
    yaml = yaml.replaceAll("(?m)^    path: .*$", "    path: " + feed.getFileName());
    Files.writeString(region.resolve("region.yaml"), yaml);
  }

  private static void copyFeedFolder(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }
}
