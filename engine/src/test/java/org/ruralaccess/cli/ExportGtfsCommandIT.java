package org.ruralaccess.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.ingest.gtfs.GtfsTestFeeds;
import org.ruralaccess.testing.RaeProcess;
import org.ruralaccess.testing.RaeProcess.Run;

/**
 * {@code rae export-gtfs} as a user runs it, on the Cobb County sample (a small street extract):
 * the day's trips counted from the raw feed's calendar and calendar_dates, a scenario applied, and
 * bad input refused in one line with nothing written.
 */
class ExportGtfsCommandIT {

  private static final Path RAW = GtfsTestFeeds.feed("otp_cobblinc-bus-30-only.gtfs.zip");
  private static final LocalDate THURSDAY = LocalDate.of(2021, 12, 2);

  @TempDir static Path dir;
  private static Path network;

  @BeforeAll
  static void buildNetwork() throws Exception {
    network = dir.resolve("cobb.rae");
    Run build = RaeProcess.run("build", "--region", "regions/cobb", "--out", network.toString());
    assertEquals(0, build.exitCode(), build.stderr());
  }

  @Test
  void writesTheDaysTripsDeterministically() throws Exception {
    Path first = dir.resolve("day.zip");
    Run run = export(first, "--date", "2021-12-02");
    assertEquals(0, run.exitCode(), run.stderr());
    // routes 30 and 10 on weekday service 1 (not removed on 2021-12-02 by calendar_dates)
    Set<String> expected = rawTripsOn(THURSDAY, Set.of("10", "30"));
    assertEquals(115, expected.size());
    assertEquals(expected, exportedTrips(first, "20211202"));
    assertTrue(run.stderr().contains("of 2021-12-02"), run.stderr());
    Path second = dir.resolve("day-again.zip");
    assertEquals(0, export(second, "--date", "2021-12-02").exitCode());
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
  }

  @Test
  void appliesAScenarioFirst() throws Exception {
    Path scenario = dir.resolve("no-route-10.yaml");
    Files.writeString(
        scenario,
        """
        name: Route 10 withdrawn
        modifications:
          - type: remove-routes
            routes: [cobblinc:10]
        """);
    Path out = dir.resolve("scenario.zip");
    Run run = export(out, "--date", "2021-12-02", "--scenario", scenario.toString());
    assertEquals(0, run.exitCode(), run.stderr());
    assertEquals(rawTripsOn(THURSDAY, Set.of("30")), exportedTrips(out, "20211202"));
    assertEquals(
        List.of("30"),
        GtfsTestFeeds.rows(out, "routes.txt").stream().map(r -> r.get("route_id")).toList());
    assertTrue(
        GtfsTestFeeds.rows(out, "feed_info.txt").get(0).get("feed_version").contains("Route 10"));
  }

  @Test
  void aDateOutsideTheTimetablesIsOneLineAndNoFile() throws Exception {
    Path out = dir.resolve("never.zip");
    Run run = export(out, "--date", "2030-01-01");
    assertEquals(2, run.exitCode());
    assertEquals(
        "rae: --date 2030-01-01 is outside the timetables of this network"
            + " (2021-07-06 to 2022-01-31)",
        run.stderr().strip());
    assertFalse(run.hasStackTrace());
    assertFalse(Files.exists(out));
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("never.zip")));
    }
  }

  @Test
  void aMalformedDateIsRefused() throws Exception {
    Path out = dir.resolve("bad.zip");
    Run run = export(out, "--date", "02/12/2021");
    assertEquals(2, run.exitCode());
    assertEquals(
        "rae: --date: '02/12/2021' is not a date; expected YYYY-MM-DD", run.stderr().strip());
    assertFalse(Files.exists(out));
  }

  private static Run export(Path out, String... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of("export-gtfs", "--network", network.toString(), "--out", out.toString()));
    command.addAll(List.of(args));
    return RaeProcess.run(command.toArray(String[]::new));
  }

  /** Trips of the given routes running on the date, from the raw calendar and calendar_dates. */
  private static Set<String> rawTripsOn(LocalDate date, Set<String> routes) {
    String day = date.format(DateTimeFormatter.BASIC_ISO_DATE);
    String weekday = date.getDayOfWeek().name().toLowerCase(java.util.Locale.ROOT);
    Set<String> services = new TreeSet<>();
    for (Map<String, String> row : GtfsTestFeeds.rows(RAW, "calendar.txt")) {
      if (row.get(weekday).equals("1")
          && row.get("start_date").compareTo(day) <= 0
          && row.get("end_date").compareTo(day) >= 0) {
        services.add(row.get("service_id"));
      }
    }
    for (Map<String, String> row : GtfsTestFeeds.rows(RAW, "calendar_dates.txt")) {
      if (row.get("date").equals(day)) {
        if (row.get("exception_type").equals("1")) {
          services.add(row.get("service_id"));
        } else {
          services.remove(row.get("service_id"));
        }
      }
    }
    Set<String> trips = new TreeSet<>();
    for (Map<String, String> row : GtfsTestFeeds.rows(RAW, "trips.txt")) {
      if (services.contains(row.get("service_id")) && routes.contains(row.get("route_id"))) {
        trips.add(row.get("trip_id"));
      }
    }
    return trips;
  }

  private static Set<String> exportedTrips(Path zip, String serviceId) {
    Set<String> trips = new TreeSet<>();
    for (Map<String, String> row : GtfsTestFeeds.rows(zip, "trips.txt")) {
      if (row.get("service_id").equals(serviceId)) {
        trips.add(row.get("trip_id"));
      }
    }
    return trips;
  }
}
