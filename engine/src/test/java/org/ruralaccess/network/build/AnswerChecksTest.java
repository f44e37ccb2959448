package org.ruralaccess.network.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.testing.RepoFiles;

/**
 * A build that cannot answer anything stops with a reason: the hand-made street map of {@code
 * tiny-streets.osm} lies at about 50.700 N, 2.440 W (Dorchester).
 */
class AnswerChecksTest {

  private static final String CALENDAR =
      "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
          + "WK,1,1,1,1,1,0,0,20260101,20261231\n";

  @TempDir Path dir;

  @Test
  void stopsOnTheStreetsBuild() throws IOException {
    NetworkBuilder.Result result =
        build("A1,Stop A1,50.7000,-2.4400\nB1,Stop B1,50.7010,-2.4400\n", twoStopTrip());
    assertNotNull(result.network());
    assertTrue(errors(result).isEmpty(), errors(result).toString());
  }

  @Test
  void anEmptyStopTimesIsNoUsableTrip() throws IOException {
    NetworkBuilder.Result result = build("A1,Stop A1,50.7000,-2.4400\n", "");
    assertNull(result.network());
    ImportIssue error = errors(result).getFirst();
    assertEquals("NO_USABLE_TRIP", error.code());
    assertTrue(error.message().startsWith("no trip of the feeds can be used"), error.message());
  }

  /** The two stops written lon, lat: (-2.44, 50.70) is no latitude-longitude of this map. */
  @Test
  void swappedCoordinatesAreNamed() throws IOException {
    NetworkBuilder.Result result =
        build("A1,Stop A1,-2.4400,50.7000\nB1,Stop B1,-2.4400,50.7010\n", twoStopTrip());
    assertNull(result.network());
    ImportIssue error = errors(result).getFirst();
    assertEquals("NO_STOP_LINKED", error.code());
    assertTrue(
        error
            .message()
            .startsWith(
                "none of the 2 stops served by a trip lies on the OSM extract (stops: lat -2.440"
                    + " to -2.440, lon 50.700 to 50.701; streets: lat 50.700"),
        error.message());
    assertTrue(
        error
            .message()
            .endsWith(
                "stop_lat and stop_lon look swapped: swapped, the stops would lie on the"
                    + " extract"),
        error.message());
  }

  /** Stops in Bournemouth (50.72 N, 1.88 W), 40 km east of the map: another area. */
  @Test
  void stopsElsewhereAskWhetherItIsTheSameArea() throws IOException {
    NetworkBuilder.Result result =
        build("A1,Stop A1,50.7200,-1.8800\nB1,Stop B1,50.7210,-1.8800\n", twoStopTrip());
    ImportIssue error = errors(result).getFirst();
    assertEquals("NO_STOP_LINKED", error.code());
    assertTrue(
        error.message().endsWith("is it the same area? are stop_lat and stop_lon swapped?"),
        error.message());
  }

  private static String twoStopTrip() {
    return "T1,08:00:00,08:00:00,A1,1\nT1,08:05:00,08:05:00,B1,2\n";
  }

  private static List<ImportIssue> errors(NetworkBuilder.Result result) {
    return result.report().issues().stream().filter(i -> i.severity() == Severity.ERROR).toList();
  }

  private NetworkBuilder.Result build(String stops, String stopTimes) throws IOException {
    Path feed = dir.resolve("feed");
    Files.createDirectories(feed);
    Files.writeString(
        feed.resolve("agency.txt"),
        "agency_id,agency_name,agency_url,agency_timezone\nag,A,https://example.org,Europe/London\n");
    Files.writeString(feed.resolve("stops.txt"), "stop_id,stop_name,stop_lat,stop_lon\n" + stops);
    Files.writeString(
        feed.resolve("routes.txt"), "route_id,agency_id,route_short_name,route_type\nR,ag,1,3\n");
    Files.writeString(feed.resolve("trips.txt"), "route_id,service_id,trip_id\nR,WK,T1\n");
    Files.writeString(
        feed.resolve("stop_times.txt"),
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n" + stopTimes);
    Files.writeString(feed.resolve("calendar.txt"), CALENDAR);
    Files.writeString(
        dir.resolve("region.yaml"),
        """
        name: synthetic
        feeds:
          - id: f
            path: feed
        osm: %s
        """
            .formatted(RepoFiles.resolve("engine/src/test/resources/street/tiny-streets.osm")));
    return new NetworkBuilder(line -> {}).build(RegionConfigReader.read(dir));
  }
}
