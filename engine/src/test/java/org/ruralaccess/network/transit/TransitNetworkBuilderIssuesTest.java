package org.ruralaccess.network.transit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.ingest.gtfs.GtfsFeed;
import org.ruralaccess.ingest.gtfs.GtfsFeedReader;
import org.ruralaccess.ingest.gtfs.GtfsFeedSource;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.testing.TransitFixtures;

/** Decisions that need a changed copy of the synthetic feed. */
class TransitNetworkBuilderIssuesTest {

  @TempDir Path tmp;

  @Test
  void usedStopWithoutCoordinatesStopsTheBuild() throws IOException {
    Path feed = copyOfSynthetic("synthetic");
    replace(feed, "stops.txt", "S2,Stop Two,50.010,-2.0", "S2,Stop Two,,");
    ImportIssues issues = new ImportIssues();
    GtfsFeed read = GtfsFeedReader.read(new GtfsFeedSource("syn", feed), issues);
    BadInputException e =
        assertThrows(
            BadInputException.class, () -> TransitFixtures.fromFeeds(List.of(read), issues));
    // S2 is on line 3 of stops.txt; T_BLANK (sorted first by trip id among users) uses it
    assertTrue(
        e.getMessage().startsWith("synthetic/stops.txt, line 3, field 'stop_lat': stop S2 is used"),
        e.getMessage());
    List<ImportIssue> errors =
        issues.sorted().stream().filter(i -> i.severity() == Severity.ERROR).toList();
    assertEquals(1, errors.size());
    assertEquals("STOP_WITHOUT_COORDINATES", errors.get(0).code());
  }

  /** Two rows with stop_sequence 2: the order of S2 and S3 would be a guess. */
  @Test
  void duplicateStopSequenceSkipsTheTripWithItsLine() throws IOException {
    Path feed = copyOfSynthetic("synthetic");
    // T_BLANK's rows are lines 2-4 of stop_times.txt; line 4 (S3) gets sequence 2 as well
    replace(
        feed, "stop_times.txt", "T_BLANK,08:30:00,08:30:00,S3,3", "T_BLANK,08:30:00,08:30:00,S3,2");
    ImportIssues issues = new ImportIssues();
    TransitNetwork network =
        TransitFixtures.fromFeeds(
            List.of(GtfsFeedReader.read(new GtfsFeedSource("syn", feed), issues)), issues);
    List<ImportIssue> duplicates =
        issues.sorted().stream().filter(i -> i.code().equals("DUPLICATE_STOP_SEQUENCE")).toList();
    assertEquals(1, duplicates.size());
    assertEquals("synthetic/stop_times.txt", duplicates.getFirst().file());
    assertEquals(4, duplicates.getFirst().line());
    assertEquals("T_BLANK", duplicates.getFirst().entityId());
    assertEquals(
        "stop_sequence 2 appears twice in the trip; trip skipped", duplicates.getFirst().message());
    for (int trip = 0; trip < network.tripCount(); trip++) {
      assertTrue(!network.tripId(trip).equals("syn:T_BLANK"), "T_BLANK is skipped");
    }
  }

  @Test
  void secondFeedWithAnotherTimeZoneWarnsAndTheFirstWins() throws IOException {
    Path london = copyOfSynthetic("london");
    Path saoPaulo = copyOfSynthetic("saopaulo");
    replace(saoPaulo, "agency.txt", "Europe/London", "America/Sao_Paulo");
    ImportIssues issues = new ImportIssues();
    TransitNetwork network =
        TransitFixtures.fromFeeds(
            List.of(
                GtfsFeedReader.read(new GtfsFeedSource("uk", london), issues),
                GtfsFeedReader.read(new GtfsFeedSource("br", saoPaulo), issues)),
            issues);
    assertEquals(ZoneId.of("Europe/London"), network.timeZone());
    List<ImportIssue> mismatches =
        issues.sorted().stream().filter(i -> i.code().equals("TIME_ZONE_MISMATCH")).toList();
    assertEquals(1, mismatches.size());
    assertEquals("saopaulo/agency.txt", mismatches.get(0).file());
    // Same feed twice under two ids: no clash, twice the stops (4 each) and trips.
    assertEquals(8, network.stopCount());
    assertTrue(network.findStop("uk:S1").isPresent() && network.findStop("br:S1").isPresent());
  }

  @Test
  void sameFeedIdTwiceIsRefused() {
    ImportIssues issues = new ImportIssues();
    GtfsFeed feed = GtfsFeedReader.read(new GtfsFeedSource("syn", SyntheticFeed.path()), issues);
    BadInputException e =
        assertThrows(
            BadInputException.class, () -> TransitFixtures.fromFeeds(List.of(feed, feed), issues));
    assertTrue(e.getMessage().contains("'syn'"), e.getMessage());
  }

  private Path copyOfSynthetic(String name) throws IOException {
    Path target = Files.createDirectories(tmp.resolve(name));
    try (Stream<Path> files = Files.list(SyntheticFeed.path())) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
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
