package org.ruralaccess.network.transit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralaccess.ingest.gtfs.GtfsFeedReader;
import org.ruralaccess.ingest.gtfs.GtfsFeedSource;
import org.ruralaccess.ingest.gtfs.GtfsTestFeeds;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.testing.TransitFixtures;

/**
 * The bundled real feeds (Porto Alegre EPTC + Trensurb, Newport): every expected count is computed
 * here from the raw CSV with plain Java, never copied from the program's output.
 */
class RealFeedsTest {

  private static final DateTimeFormatter GTFS_DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final Path EPTC = GtfsTestFeeds.feed("poa_eptc.zip");
  private static final Path TRENSURB = GtfsTestFeeds.feed("poa_trensurb.zip");
  private static final Path NEWPORT = GtfsTestFeeds.feed("newport-20230613_gtfs.zip");

  private static TransitNetwork poa;
  private static TransitNetwork newport;

  @BeforeAll
  static void build() {
    long start = System.nanoTime();
    ImportIssues poaIssues = new ImportIssues();
    poa =
        TransitFixtures.fromFeeds(
            List.of(
                GtfsFeedReader.read(new GtfsFeedSource("eptc", EPTC), poaIssues),
                GtfsFeedReader.read(new GtfsFeedSource("trensurb", TRENSURB), poaIssues)),
            poaIssues);
    System.out.printf(
        "Porto Alegre read + build: %d ms, %d trips, %d patterns, issues %s%n",
        (System.nanoTime() - start) / 1_000_000,
        poa.tripCount(),
        poa.patternCount(),
        poaIssues.countsByCode());
    ImportIssues newportIssues = new ImportIssues();
    newport =
        TransitFixtures.fromFeeds(
            List.of(GtfsFeedReader.read(new GtfsFeedSource("newport", NEWPORT), newportIssues)),
            newportIssues);
    System.out.println("Newport issues " + newportIssues.sorted());
  }

  @Test
  void portoAlegreTripsActiveOnMonday13May2019MatchTheRawCalendars() {
    LocalDate monday = LocalDate.of(2019, 5, 13);
    int expected = activeTripsInRawFeed(EPTC, monday) + activeTripsInRawFeed(TRENSURB, monday);
    assertTrue(expected > 1000, "sanity: a weekday has service, got " + expected);
    assertEquals(expected, poa.activeTripCount(monday));
  }

  @Test
  void portoAlegreHolidayOf1May2019IsRemovedByCalendarDates() {
    LocalDate holiday = LocalDate.of(2019, 5, 1); // a Wednesday, removed in calendar_dates.txt
    int expected = activeTripsInRawFeed(EPTC, holiday) + activeTripsInRawFeed(TRENSURB, holiday);
    int wednesdayAfter = poa.activeTripCount(LocalDate.of(2019, 5, 8));
    assertEquals(expected, poa.activeTripCount(holiday));
    assertTrue(expected < wednesdayAfter, expected + " on the holiday vs " + wednesdayAfter);
  }

  @Test
  void newportTripsPerDayMatchSourcesAndTheRawCalendars() {
    LocalDate tuesday = LocalDate.of(2023, 6, 13);
    LocalDate saturday = LocalDate.of(2023, 6, 17);
    LocalDate sunday = LocalDate.of(2023, 6, 18);
    // SOURCES.md: Tue 1,343, Sat 538, Sun 73; checked against the raw files too.
    assertEquals(1343, activeTripsInRawFeed(NEWPORT, tuesday));
    assertEquals(538, activeTripsInRawFeed(NEWPORT, saturday));
    assertEquals(73, activeTripsInRawFeed(NEWPORT, sunday));
    assertEquals(1343, newport.activeTripCount(tuesday));
    assertEquals(538, newport.activeTripCount(saturday));
    assertEquals(73, newport.activeTripCount(sunday));
  }

  @Test
  void onlyStopsUsedByStopTimesBecomeNetworkStops() {
    Set<String> used = new HashSet<>();
    GtfsTestFeeds.rows(NEWPORT, "stop_times.txt").forEach(row -> used.add(row.get("stop_id")));
    assertEquals(1570, used.size()); // SOURCES.md: 3,601 listed, 1,570 used
    assertEquals(used.size(), newport.stopCount());
    for (String stopId : used) {
      assertTrue(newport.findStop("newport:" + stopId).isPresent(), stopId);
    }
    Set<String> poaUsed = new HashSet<>();
    GtfsTestFeeds.rows(EPTC, "stop_times.txt")
        .forEach(r -> poaUsed.add("eptc:" + r.get("stop_id")));
    GtfsTestFeeds.rows(TRENSURB, "stop_times.txt")
        .forEach(r -> poaUsed.add("trensurb:" + r.get("stop_id")));
    assertEquals(poaUsed.size(), poa.stopCount());
  }

  @Test
  void newportTimesPastMidnightAreKept() {
    int rawLatest =
        GtfsTestFeeds.rows(NEWPORT, "stop_times.txt").stream()
            .mapToInt(row -> seconds(row.get("arrival_time")))
            .max()
            .orElseThrow();
    assertEquals(31 * 3600 + 30 * 60, rawLatest); // 31:30:00
    int latest = 0;
    for (int p = 0; p < newport.patternCount(); p++) {
      int last = newport.patternStops(p).length - 1;
      for (int t = 0; t < newport.patternTripCount(p); t++) {
        latest = Math.max(latest, newport.arrivalSeconds(p, t, last));
      }
    }
    assertEquals(rawLatest, latest);
  }

  @Test
  void newportKeepsCoachRouteTypeAndBlockIds() {
    long rawCoachRoutes =
        GtfsTestFeeds.rows(NEWPORT, "routes.txt").stream()
            .filter(r -> r.get("route_type").equals("200"))
            .count();
    long rawBlockTrips =
        GtfsTestFeeds.rows(NEWPORT, "trips.txt").stream()
            .filter(r -> !r.get("block_id").isEmpty())
            .count();
    assertEquals(11, rawCoachRoutes);
    assertEquals(34, rawBlockTrips);
    int coachRoutes = 0;
    for (int r = 0; r < newport.routeCount(); r++) {
      coachRoutes += newport.routeType(r) == 200 ? 1 : 0;
    }
    int blockTrips = 0;
    for (int t = 0; t < newport.tripCount(); t++) {
      blockTrips += newport.tripBlockId(t) != null ? 1 : 0;
    }
    assertEquals(rawCoachRoutes, coachRoutes);
    assertEquals(rawBlockTrips, blockTrips);
  }

  @Test
  void trensurbAgencyNameIsReadDespiteTheStraySpaceInTheHeader() {
    Set<String> agencies = new HashSet<>();
    for (int r = 0; r < poa.routeCount(); r++) {
      agencies.add(poa.agencyName(r));
    }
    assertTrue(agencies.contains("TRENSURB"), agencies.toString());
  }

  @Test
  void noTripOvertakesAnotherInAnyPattern() {
    for (TransitNetwork network : List.of(poa, newport)) {
      for (int p = 0; p < network.patternCount(); p++) {
        int stops = network.patternStops(p).length;
        for (int t = 1; t < network.patternTripCount(p); t++) {
          for (int s = 0; s < stops; s++) {
            assertTrue(network.arrivalSeconds(p, t, s) >= network.arrivalSeconds(p, t - 1, s));
            assertTrue(network.departureSeconds(p, t, s) >= network.departureSeconds(p, t - 1, s));
          }
        }
      }
    }
  }

  @Test
  void everyTripOfTheFeedsIsInTheNetwork() {
    int rawTrips =
        GtfsTestFeeds.rows(EPTC, "trips.txt").size()
            + GtfsTestFeeds.rows(TRENSURB, "trips.txt").size();
    assertEquals(rawTrips, poa.tripCount());
    assertEquals(GtfsTestFeeds.rows(NEWPORT, "trips.txt").size(), newport.tripCount());
  }

  @Test
  void otherBundledFeedsBuildWithEveryTrip() {
    for (String name : List.of("wexford-bus", "ember", "otp_cobblinc-bus-30-only.gtfs.zip")) {
      Path path = GtfsTestFeeds.feed(name);
      ImportIssues issues = new ImportIssues();
      TransitNetwork network =
          TransitFixtures.fromFeeds(
              List.of(GtfsFeedReader.read(new GtfsFeedSource("f", path), issues)), issues);
      // Wexford's trip 2868_105 has no stop times: only trips with at least 2 are kept.
      Map<String, Integer> stopTimesPerTrip = new HashMap<>();
      Set<String> usedStops = new HashSet<>();
      for (Map<String, String> row : GtfsTestFeeds.rows(path, "stop_times.txt")) {
        stopTimesPerTrip.merge(row.get("trip_id"), 1, Integer::sum);
        usedStops.add(row.get("stop_id"));
      }
      long usableTrips =
          GtfsTestFeeds.rows(path, "trips.txt").stream()
              .filter(r -> stopTimesPerTrip.getOrDefault(r.get("trip_id"), 0) >= 2)
              .count();
      assertEquals(usableTrips, network.tripCount(), name);
      assertEquals(usedStops.size(), network.stopCount(), name);
    }
  }

  /** Trips of the raw feed whose service runs on the date (calendar plus calendar_dates). */
  private static int activeTripsInRawFeed(Path zip, LocalDate date) {
    Map<String, Boolean> active = new HashMap<>();
    String[] dayColumns = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
    };
    DayOfWeek day = date.getDayOfWeek();
    for (Map<String, String> row : GtfsTestFeeds.rows(zip, "calendar.txt")) {
      LocalDate start = LocalDate.parse(row.get("start_date"), GTFS_DATE);
      LocalDate end = LocalDate.parse(row.get("end_date"), GTFS_DATE);
      boolean runs =
          !date.isBefore(start)
              && !date.isAfter(end)
              && row.get(dayColumns[day.getValue() - 1]).equals("1");
      active.put(row.get("service_id"), runs);
    }
    if (GtfsTestFeeds.hasFile(zip, "calendar_dates.txt")) {
      for (Map<String, String> row : GtfsTestFeeds.rows(zip, "calendar_dates.txt")) {
        if (LocalDate.parse(row.get("date"), GTFS_DATE).equals(date)) {
          active.put(row.get("service_id"), row.get("exception_type").equals("1"));
        }
      }
    }
    return (int)
        GtfsTestFeeds.rows(zip, "trips.txt").stream()
            .filter(row -> active.getOrDefault(row.get("service_id"), false))
            .count();
  }

  private static int seconds(String time) {
    String[] parts = time.split(":");
    return Integer.parseInt(parts[0]) * 3600
        + Integer.parseInt(parts[1]) * 60
        + Integer.parseInt(parts[2]);
  }
}
