package org.ruralaccess.ingest.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.testing.RepoFiles;

/**
 * GTFS-Flex input that used to be accepted silently (or failed inside the engine), on changed
 * copies of R5's {@code r5_valid} feed (trips T1-T4, two rows each; T1's rows are lines 2-3 of
 * stop_times.txt) and the real Aspen feed (one booking rule, type 0, used by both trips).
 */
class FlexBadInputTest {

  @TempDir Path temp;

  @Test
  void aWindowEndingBeforeItStartsSkipsTheTripWithItsLine() throws IOException {
    Path feed = copy("r5_valid");
    replace(feed, "stop_times.txt", "T1,1,Z1,,08:00:00,12:00:00", "T1,1,Z1,,12:00:00,08:00:00");
    ImportIssues issues = new ImportIssues();
    List<Scheme> schemes = FlexFeedReader.read(feed, "r5", issues);
    assertEquals(List.of("r5:T2", "r5:T3", "r5:T4"), schemes.stream().map(Scheme::id).toList());
    ImportIssue issue = only(issues, "FLEX_WINDOW_BACKWARDS");
    assertEquals(2, issue.line());
    assertEquals("T1", issue.entityId());
    assertEquals(
        "flex stop_time 1: end_pickup_drop_off_window 08:00:00 is not after"
            + " start_pickup_drop_off_window 12:00:00; trip skipped",
        issue.message());
  }

  @Test
  void aRowWithBothStopIdAndLocationIdSkipsTheTrip() throws IOException {
    Path feed = copy("r5_valid");
    // line 3: T1's second row names zone Z2 and the fixed stop X
    replace(
        feed, "stop_times.txt", "T1,2,Z2,,08:00:00,12:00:00,,,", "T1,2,Z2,,08:00:00,12:00:00,,,X");
    ImportIssues issues = new ImportIssues();
    List<Scheme> schemes = FlexFeedReader.read(feed, "r5", issues);
    assertEquals(List.of("r5:T2", "r5:T3", "r5:T4"), schemes.stream().map(Scheme::id).toList());
    ImportIssue issue = only(issues, "FLEX_TWO_PLACES");
    assertEquals(3, issue.line());
    assertEquals(
        "stop_time 2 names more than one of stop_id, location_id and location_group_id; trip"
            + " skipped",
        issue.message());
  }

  @Test
  void anUnknownBookingTypeIsNotReadAsNoBooking() throws IOException {
    Path feed = copy("otp_aspen-flex-on-demand");
    replace(feed, "booking_rules.txt", "booking_route_17102,0,", "booking_route_17102,7,");
    ImportIssues issues = new ImportIssues();
    List<Scheme> schemes = FlexFeedReader.read(feed, "aspen", issues);
    assertEquals(List.of(), schemes);
    List<ImportIssue> unknown =
        issues.sorted().stream().filter(i -> i.code().equals("FLEX_UNKNOWN_BOOKING_TYPE")).toList();
    assertEquals(2, unknown.size(), "both trips use the rule");
    assertEquals(
        "booking rule 'booking_route_17102' has booking_type 7; expected 0 (real time), 1 (same"
            + " day) or 2 (prior days); trip skipped",
        unknown.getFirst().message());
  }

  /** Z1 drawn as a bow tie: its two diagonals cross at (-83.020, 40.000). */
  @Test
  void aSelfIntersectingZoneIsRefusedWithWhereItCrosses() throws IOException {
    Path feed = copy("r5_valid");
    replace(
        feed,
        "locations.geojson",
        "[[[-83.025, 39.995], [-83.015, 39.995], [-83.015, 40.005], [-83.025, 40.005], [-83.025,"
            + " 39.995]]]",
        "[[[-83.025, 39.995], [-83.015, 40.005], [-83.015, 39.995], [-83.025, 40.005], [-83.025,"
            + " 39.995]]]");
    BadInputException e =
        assertThrows(
            BadInputException.class, () -> FlexFeedReader.read(feed, "r5", new ImportIssues()));
    assertEquals(
        feed
            + "/locations.geojson, field 'geometry.coordinates': feature 0 ('Z1'): self-intersection"
            + " at lon -83.020000, lat 40.000000; repair the polygon (QGIS: Vector > Geometry"
            + " Tools > Fix Geometries) and save it again",
        e.getMessage());
  }

  @Test
  void invalidJsonNamesItsLineWithoutParserInternals() throws IOException {
    Path feed = copy("r5_valid");
    // line 9 of locations.geojson: the geometry's opening brace goes missing
    replace(feed, "locations.geojson", "\"geometry\": {", "\"geometry\": ");
    BadInputException e =
        assertThrows(
            BadInputException.class, () -> FlexFeedReader.read(feed, "r5", new ImportIssues()));
    assertEquals(
        feed
            + "/locations.geojson, line 9: not valid JSON: Unexpected character (':' (code 58)):"
            + " was expecting comma to separate Object entries",
        e.getMessage());
  }

  private static ImportIssue only(ImportIssues issues, String code) {
    List<ImportIssue> found = issues.sorted().stream().filter(i -> i.code().equals(code)).toList();
    assertEquals(1, found.size(), found.toString());
    return found.getFirst();
  }

  private Path copy(String name) throws IOException {
    Path target = Files.createDirectories(temp.resolve(name));
    try (var files = Files.list(RepoFiles.resolve("gtfs-feeds/flex/" + name))) {
      for (Path f : files.toList()) {
        Files.copy(f, target.resolve(f.getFileName().toString()));
      }
    }
    return target;
  }

  private static void replace(Path feed, String file, String from, String to) throws IOException {
    String text = Files.readString(feed.resolve(file));
    if (!text.contains(from)) {
      throw new IllegalStateException(file + " has no '" + from + "'");
    }
    Files.writeString(feed.resolve(file), text.replace(from, to));
  }
}
