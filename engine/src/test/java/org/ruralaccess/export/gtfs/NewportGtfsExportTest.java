package org.ruralaccess.export.gtfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.ingest.gtfs.GtfsFeedReader;
import org.ruralaccess.ingest.gtfs.GtfsFeedSource;
import org.ruralaccess.ingest.gtfs.GtfsTestFeeds;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.testing.TransitFixtures;

/**
 * The Newport BODS sample exported for Tuesday 2023-06-13, checked against the raw zip read with
 * the tests' own plain CSV reader: the same trips, stops, times and route types, Monday's trips
 * still running after midnight, and the blocks' stay-seated pairs.
 */
class NewportGtfsExportTest {

  private static final Path RAW = GtfsTestFeeds.feed("newport-20230613_gtfs.zip");
  private static final String[] WEEKDAYS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
  };

  @TempDir static Path dir;
  private static Path zip;
  private static GtfsFeedWriter.Summary summary;
  private static Map<String, List<Map<String, String>>> rawStopTimes;
  private static Map<String, List<Map<String, String>>> exportedStopTimes;

  @BeforeAll
  static void export() {
    ImportIssues issues = new ImportIssues();
    var transit =
        TransitFixtures.fromFeeds(
            List.of(GtfsFeedReader.read(new GtfsFeedSource("bods", RAW), issues)), issues);
    zip = dir.resolve("newport-2023-06-13.zip");
    summary = GtfsFeedWriter.write(transit, LocalDate.of(2023, 6, 13), "test", zip);
    rawStopTimes = byTrip(GtfsTestFeeds.rows(RAW, "stop_times.txt"));
    exportedStopTimes = byTrip(GtfsTestFeeds.rows(zip, "stop_times.txt"));
  }

  @Test
  void everyTuesdayTripIsWrittenWithItsSourceId() {
    Set<String> tuesday = rawTripsRunningOn("tuesday", LocalDate.of(2023, 6, 13));
    assertEquals(1343, tuesday.size()); // the feed was cut to this Tuesday: every trip runs
    assertEquals(tuesday.size(), summary.sameDayTrips());
    assertEquals(tuesday, exportedTrips("20230613"));
  }

  @Test
  void mondaysTripsStillRunningAfterMidnightAreWrittenOnMonday() {
    // Monday's trips with at least two stops at or after 24:00:00 (the router's rule), counted
    // from the raw stop_times (Newport has no blank times)
    Set<String> expected = new TreeSet<>();
    for (String trip : rawTripsRunningOn("monday", LocalDate.of(2023, 6, 12))) {
      long afterMidnight =
          rawStopTimes.get(trip).stream()
              .filter(row -> seconds(row.get("arrival_time")) >= 24 * 3600)
              .count();
      if (afterMidnight >= 2) {
        expected.add(trip + "@20230612");
      }
    }
    assertTrue(expected.size() > 0);
    assertEquals(expected.size(), summary.previousDayTrips());
    assertEquals(expected, exportedTrips("20230612"));
  }

  @Test
  void stopTimesAreTheSourceTimesStopByStop() {
    int compared = 0;
    for (Map.Entry<String, List<Map<String, String>>> trip : exportedStopTimes.entrySet()) {
      String rawId = trip.getKey().replace("@20230612", "");
      List<String> expected = rawStopTimes.get(rawId).stream().map(this::stopAndTimes).toList();
      assertEquals(expected, trip.getValue().stream().map(this::stopAndTimes).toList(), rawId);
      compared += expected.size();
    }
    // 43,199 stop_times rows in the raw feed, plus those of Monday's late trips written again
    assertTrue(compared >= 43_199, "compared " + compared);
  }

  @Test
  void routeTypesAreKeptIncludingCoaches() {
    Map<String, String> rawTypes =
        GtfsTestFeeds.rows(RAW, "routes.txt").stream()
            .collect(Collectors.toMap(r -> r.get("route_id"), r -> r.get("route_type")));
    List<Map<String, String>> routes = GtfsTestFeeds.rows(zip, "routes.txt");
    assertEquals(summary.routes(), routes.size());
    for (Map<String, String> route : routes) {
      assertEquals(rawTypes.get(route.get("route_id")), route.get("route_type"));
    }
    assertTrue(routes.stream().anyMatch(r -> r.get("route_type").equals("200")));
  }

  @Test
  void stayingSeatedPairsMatchTheRawBlocks() {
    // consecutive trips of a block where the next leaves the stop where the previous ended, no
    // earlier than it arrived (as NewportRegionTest counts them from the raw files)
    int rawPairs =
        continuingPairs(tripsByBlock(GtfsTestFeeds.rows(RAW, "trips.txt")), rawStopTimes);
    int exportedPairs =
        continuingPairs(tripsByBlock(GtfsTestFeeds.rows(zip, "trips.txt")), exportedStopTimes);
    assertEquals(26, rawPairs);
    assertEquals(rawPairs, exportedPairs);
  }

  private String stopAndTimes(Map<String, String> row) {
    return row.get("stop_id") + " " + row.get("arrival_time") + " " + row.get("departure_time");
  }

  private static Set<String> rawTripsRunningOn(String weekday, LocalDate date) {
    String day = GtfsFeedWriter.GTFS_DATE.format(date);
    Set<String> services = new TreeSet<>();
    for (Map<String, String> row : GtfsTestFeeds.rows(RAW, "calendar.txt")) {
      if (row.get(weekday).equals("1")
          && row.get("start_date").compareTo(day) <= 0
          && row.get("end_date").compareTo(day) >= 0) {
        services.add(row.get("service_id"));
      }
    }
    assertTrue(GtfsTestFeeds.rows(RAW, "calendar_dates.txt").isEmpty());
    return GtfsTestFeeds.rows(RAW, "trips.txt").stream()
        .filter(row -> services.contains(row.get("service_id")))
        .map(row -> row.get("trip_id"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> exportedTrips(String serviceId) {
    return GtfsTestFeeds.rows(zip, "trips.txt").stream()
        .filter(row -> row.get("service_id").equals(serviceId))
        .map(row -> row.get("trip_id"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Map<String, List<String>> tripsByBlock(List<Map<String, String>> trips) {
    Map<String, List<String>> byBlock = new HashMap<>();
    for (Map<String, String> row : trips) {
      String block = row.getOrDefault("block_id", "");
      if (!block.isEmpty()) {
        byBlock.computeIfAbsent(block, b -> new ArrayList<>()).add(row.get("trip_id"));
      }
    }
    return byBlock;
  }

  private static int continuingPairs(
      Map<String, List<String>> byBlock, Map<String, List<Map<String, String>>> times) {
    int pairs = 0;
    for (List<String> block : byBlock.values()) {
      block.sort(
          Comparator.comparingInt(trip -> seconds(times.get(trip).get(0).get("departure_time"))));
      for (int i = 1; i < block.size(); i++) {
        List<Map<String, String>> previous = times.get(block.get(i - 1));
        Map<String, String> end = previous.get(previous.size() - 1);
        Map<String, String> start = times.get(block.get(i)).get(0);
        if (end.get("stop_id").equals(start.get("stop_id"))
            && seconds(end.get("arrival_time")) <= seconds(start.get("departure_time"))) {
          pairs++;
        }
      }
    }
    return pairs;
  }

  private static Map<String, List<Map<String, String>>> byTrip(List<Map<String, String>> rows) {
    Map<String, List<Map<String, String>>> byTrip = new HashMap<>();
    for (Map<String, String> row : rows) {
      byTrip.computeIfAbsent(row.get("trip_id"), t -> new ArrayList<>()).add(row);
    }
    byTrip
        .values()
        .forEach(
            trip ->
                trip.sort(Comparator.comparingInt(r -> Integer.parseInt(r.get("stop_sequence")))));
    return byTrip;
  }

  private static int seconds(String time) {
    String[] parts = time.trim().split(":");
    return Integer.parseInt(parts[0]) * 3600
        + Integer.parseInt(parts[1]) * 60
        + Integer.parseInt(parts[2]);
  }
}
