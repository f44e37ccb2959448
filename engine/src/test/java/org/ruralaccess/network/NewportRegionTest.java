package org.ruralaccess.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.routing.RaptorTimetable;
import org.ruralaccess.testing.RepoFiles;

/**
 * The Newport BODS sample, whose quirks a Dorset BODS feed shares: times past 24:00, block_id
 * stay-seated runs. Expected counts are computed here from the raw GTFS with plain Java.
 */
class NewportRegionTest {

  private static Network network;
  private static Map<String, List<String[]>> stopTimesByTrip; // trip -> rows (time, stop)
  private static Map<String, String[]> trips; // trip -> {service, block}
  private static Map<String, boolean[]> weekdaysByService; // monday..sunday

  @BeforeAll
  static void build() throws IOException {
    network =
        new NetworkBuilder(line -> {})
            .build(RegionConfigReader.read(RepoFiles.resolve("regions/newport")))
            .network();
    readRawFeed();
  }

  @Test
  void previousDaysTripsRunOnAfterMidnight() {
    // Tuesday 2023-06-13: every trip of the feed runs (1,343). Monday 2023-06-12's trips still
    // running after midnight appear again, shifted back 24 h, from their first stop at or after
    // 24:00:00 when at least two stops remain.
    int mondayAfterMidnight = 0;
    for (Map.Entry<String, List<String[]>> trip : stopTimesByTrip.entrySet()) {
      if (!weekdaysByService.get(trips.get(trip.getKey())[0])[0]) {
        continue;
      }
      long stopsAfterMidnight =
          trip.getValue().stream().filter(row -> seconds(row[0]) >= 24 * 3600).count();
      mondayAfterMidnight += stopsAfterMidnight >= 2 ? 1 : 0;
    }
    assertTrue(mondayAfterMidnight > 0, "the feed has trips past midnight");
    LocalDate tuesday = LocalDate.of(2023, 6, 13);
    RaptorTimetable plain = DayTimetables.forDate(network, tuesday, 4.8 / 3.6, 600, 0, false);
    assertEquals(1343 + mondayAfterMidnight, plain.totalTripCount());
    // with stay-seated runs: one more one-trip pattern per chain of continuing trips today (and
    // per chain of yesterday's still running after midnight)
    RaptorTimetable withRuns = DayTimetables.forDate(network, tuesday, 4.8 / 3.6, 600, 0);
    long todaysChains =
        StaySeatedRuns.chains(network.transit(), tuesday).stream()
            .filter(c -> c.size() >= 2)
            .count();
    assertTrue(withRuns.totalTripCount() - plain.totalTripCount() >= todaysChains);
    assertTrue(todaysChains > 0);
  }

  @Test
  void blocksBecomeStaySeatedRuns() {
    // Pairs of trips in one block where the next leaves from the stop where the previous ended,
    // no earlier than it arrived: counted from the raw files.
    int expectedPairs = 0;
    Map<String, List<String>> tripsByBlock = new HashMap<>();
    trips.forEach(
        (trip, row) -> {
          if (!row[1].isEmpty()) {
            tripsByBlock.computeIfAbsent(row[1], b -> new ArrayList<>()).add(trip);
          }
        });
    for (List<String> block : tripsByBlock.values()) {
      block.sort((a, b) -> Integer.compare(seconds(first(a)[0]), seconds(first(b)[0])));
      for (int i = 1; i < block.size(); i++) {
        String[] end = last(block.get(i - 1));
        String[] start = first(block.get(i));
        if (end[1].equals(start[1]) && seconds(end[0]) <= seconds(start[0])) {
          expectedPairs++;
        }
      }
    }
    List<List<Integer>> chains =
        StaySeatedRuns.chains(network.transit(), LocalDate.of(2023, 6, 13));
    int pairs = chains.stream().mapToInt(c -> c.size() - 1).sum();
    assertEquals(expectedPairs, pairs);
    assertTrue(pairs > 0);
  }

  private static String[] first(String trip) {
    return stopTimesByTrip.get(trip).get(0);
  }

  private static String[] last(String trip) {
    List<String[]> rows = stopTimesByTrip.get(trip);
    return rows.get(rows.size() - 1);
  }

  private static int seconds(String time) {
    String[] parts = time.trim().split(":");
    return Integer.parseInt(parts[0]) * 3600
        + Integer.parseInt(parts[1]) * 60
        + Integer.parseInt(parts[2]);
  }

  private static void readRawFeed() throws IOException {
    try (ZipFile zip =
        new ZipFile(RepoFiles.resolve("gtfs-feeds/newport-20230613_gtfs.zip").toFile())) {
      trips = new HashMap<>();
      List<String[]> tripRows = rows(zip, "trips.txt");
      String[] header = tripRows.get(0);
      for (String[] row : tripRows.subList(1, tripRows.size())) {
        trips.put(
            get(header, row, "trip_id"),
            new String[] {get(header, row, "service_id"), get(header, row, "block_id")});
      }
      weekdaysByService = new HashMap<>();
      List<String[]> calendar = rows(zip, "calendar.txt");
      header = calendar.get(0);
      for (String[] row : calendar.subList(1, calendar.size())) {
        boolean[] days = new boolean[7];
        String[] names = {
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
        };
        for (int d = 0; d < 7; d++) {
          days[d] = get(header, row, names[d]).equals("1");
        }
        weekdaysByService.put(get(header, row, "service_id"), days);
      }
      stopTimesByTrip = new HashMap<>();
      List<String[]> stopTimes = rows(zip, "stop_times.txt");
      header = stopTimes.get(0);
      Map<String, List<String[]>> withSequence = new HashMap<>();
      for (String[] row : stopTimes.subList(1, stopTimes.size())) {
        withSequence
            .computeIfAbsent(get(header, row, "trip_id"), t -> new ArrayList<>())
            .add(
                new String[] {
                  get(header, row, "arrival_time"),
                  get(header, row, "stop_id"),
                  get(header, row, "stop_sequence")
                });
      }
      withSequence.forEach(
          (trip, rows) -> {
            rows.sort(
                (a, b) ->
                    Integer.compare(Integer.parseInt(a[2].trim()), Integer.parseInt(b[2].trim())));
            stopTimesByTrip.put(trip, rows);
          });
    }
  }

  private static String get(String[] header, String[] row, String column) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].trim().equals(column)) {
        return i < row.length ? row[i].trim() : "";
      }
    }
    return "";
  }

  private static List<String[]> rows(ZipFile zip, String name) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                zip.getInputStream(zip.getEntry(name)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        rows.add(line.replace("\"", "").replace("\uFEFF", "").split(",", -1));
      }
    }
    return rows;
  }
}
