package org.ruralaccess.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.ingest.gtfs.GtfsTestFeeds;
import picocli.CommandLine;

/** {@code rae fetch} without internet: the plan to follow by hand, exit code 2. */
class FetchCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void nothingListeningPrintsWhatToDownloadAndWhereAndExits2() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort(); // released on close: nothing listens there afterwards
    }
    Path region = writeRegion("http://127.0.0.1:" + port);

    int exit = run("fetch", "--region", region.toString(), "--connect-timeout-seconds", "5");

    assertEquals(2, exit, err.toString());
    assertTrue(err.toString().contains("cannot reach 127.0.0.1"), err.toString());
    String plan = out.toString();
    assertTrue(plan.contains("from: http://127.0.0.1:" + port + "/south_west/"), plan);
    assertTrue(
        plan.contains("save as: " + dir.resolve("gtfs-feeds/bods-south-west-dorset.zip")), plan);
    assertTrue(plan.contains("from: http://127.0.0.1:" + port + "/dorset-latest.osm.pbf"), plan);
    assertTrue(
        plan.contains("save as: " + dir.resolve("osm-extracts/dorset-latest.osm.pbf")), plan);
    assertTrue(plan.contains("rae fetch --region " + region + " --clip-only"), plan);
    assertTrue(plan.endsWith("then run: rae build --region " + region + "\n"), plan);
    assertFalse(Files.exists(dir.resolve("gtfs-feeds")), "nothing written");
  }

  @Test
  void offlineFlagPrintsThePlanWithoutConnecting() throws IOException {
    Path region = writeRegion("https://data.bus-data.dft.gov.uk/timetable/download/gtfs-file");

    int exit = run("fetch", "--region", region.toString(), "--offline");

    assertEquals(2, exit);
    assertTrue(
        out.toString()
            .startsWith(
                "To get the network inputs of 'Dorset', download on a machine with internet"
                    + " access:\n  1. GTFS feed (zip)\n     from: https://data.bus-data.dft.gov.uk/"),
        out.toString());
    assertTrue(out.toString().contains("study area plus 15 km"), out.toString());
  }

  @Test
  void clipOnlyCutsAFeedDownloadedByHandInPlace() throws IOException {
    Path region = writeRegion("https://example.org");
    Files.writeString(
        region.resolve("region.yaml"),
        Files.readString(region.resolve("region.yaml"))
            .replace("bufferKm: 15", "bufferKm: 0")
            .replace("[-2.9616, 50.5131, -1.7907, 51.0810]", "[-2.96, 51.55, -2.92, 51.6]"));
    Path feed =
        Files.createDirectories(dir.resolve("gtfs-feeds")).resolve("bods-south-west-dorset.zip");
    Files.copy(GtfsTestFeeds.feed("newport-20230613_gtfs.zip"), feed);
    int tripsBefore = GtfsTestFeeds.rows(feed, "trips.txt").size();

    int exit = run("fetch", "--region", region.toString(), "--clip-only");

    assertEquals(0, exit, err.toString());
    int tripsAfter = GtfsTestFeeds.rows(feed, "trips.txt").size();
    // east Newport: 299 of the 1,343 trips call there (counted in GtfsClipperTest independently)
    assertTrue(tripsAfter > 100 && tripsAfter < tripsBefore / 2, tripsAfter + " of " + tripsBefore);
  }

  private Path writeRegion(String baseUrl) throws IOException {
    Path region = Files.createDirectories(dir.resolve("regions/dorset"));
    Files.writeString(
        region.resolve("region.yaml"),
        """
        name: Dorset
        fetch:
          bufferKm: 15
          bbox: [-2.9616, 50.5131, -1.7907, 51.0810]
          gtfs:
            - url: %1$s/south_west/
              saveAs: ../../gtfs-feeds/bods-south-west-dorset.zip
          osm:
            url: %1$s/dorset-latest.osm.pbf
            saveAs: ../../osm-extracts/dorset-latest.osm.pbf
        """
            .formatted(baseUrl));
    return region;
  }

  private int run(String... args) {
    CommandLine commandLine = new CommandLine(new RaeCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }
}
