package org.ruralaccess.export.gtfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.ingest.gtfs.GtfsFeedReader;
import org.ruralaccess.ingest.gtfs.GtfsFeedSource;
import org.ruralaccess.ingest.gtfs.GtfsTestFeeds;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.network.transit.TransitNetwork;
import org.ruralaccess.testing.TransitFixtures;

/**
 * A synthetic feed with blank times, frequencies, a block, a trip past midnight and transfer rules,
 * exported for Tuesday 2024-03-05 and read back with the engine's own GTFS reader: the same trips
 * at the same times, every number derived by hand next to its assertion.
 */
class GtfsFeedWriterTest {

  private static final LocalDate TUESDAY = LocalDate.of(2024, 3, 5);

  // A, B, C on one meridian: B is 1/3 of the way from A (50.000) to C (50.030); D east of C.
  private static final Map<String, String> FEED =
      Map.of(
          "agency.txt",
          """
          agency_id,agency_name,agency_url,agency_timezone
          AG,Dorset Buses,https://example.org,Europe/London
          """,
          "stops.txt",
          """
          stop_id,stop_name,stop_lat,stop_lon
          A,Stop A,50.000,-2.0
          B,"Stop B, north",50.010,-2.0
          C,Stop C,50.030,-2.0
          D,Stop D,50.030,-1.99
          UNUSED,Used by no trip,50.5,-2.0
          """,
          "routes.txt",
          """
          route_id,agency_id,route_short_name,route_long_name,route_type
          R1,AG,1,Town service,3
          R2,AG,X2,Coach,200
          """,
          "calendar.txt",
          """
          service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date
          WD,1,1,1,1,1,0,0,20240101,20241231
          SAT,0,0,0,0,0,1,0,20240101,20241231
          """,
          "trips.txt",
          """
          route_id,service_id,trip_id,block_id
          R1,WD,T_BLANK,BK
          R1,WD,T_NEXT,BK
          R2,WD,T_FREQ,
          R1,WD,T_LATE,
          R1,WD,T_EARLYEND,
          R1,SAT,T_SAT,
          """,
          "stop_times.txt",
          """
          trip_id,arrival_time,departure_time,stop_id,stop_sequence,pickup_type,drop_off_type
          T_BLANK,08:00:00,08:00:00,A,1,0,1
          T_BLANK,,,B,2,,
          T_BLANK,08:30:00,08:30:00,C,3,,
          T_NEXT,08:35:00,08:35:00,C,1,,
          T_NEXT,08:45:00,08:45:00,D,2,1,0
          T_FREQ,00:00:00,00:00:00,A,1,,
          T_FREQ,00:20:00,00:20:00,C,2,,
          T_LATE,23:40:00,23:40:00,A,1,,
          T_LATE,24:10:00,24:10:00,B,2,,
          T_LATE,24:30:00,24:30:00,C,3,,
          T_EARLYEND,23:00:00,23:00:00,A,1,,
          T_EARLYEND,23:50:00,23:50:00,B,2,,
          T_EARLYEND,24:05:00,24:05:00,C,3,,
          T_SAT,10:00:00,10:00:00,A,1,,
          T_SAT,10:30:00,10:30:00,C,2,,
          """,
          "frequencies.txt",
          """
          trip_id,start_time,end_time,headway_secs,exact_times
          T_FREQ,06:00:00,07:00:00,1800,1
          """,
          "transfers.txt",
          """
          from_stop_id,to_stop_id,transfer_type,min_transfer_time
          B,D,2,180
          C,C,2,120
          A,B,3,
          A,UNUSED,2,60
          """);

  @TempDir static Path dir;
  private static TransitNetwork source;
  private static TransitNetwork again;
  private static GtfsFeedWriter.Summary summary;
  private static Path zip;

  @BeforeAll
  static void exportAndReadBack() {
    source = network("syn", GtfsTestFeeds.write(dir.resolve("feed"), FEED));
    zip = dir.resolve("day.zip");
    summary = GtfsFeedWriter.write(source, TUESDAY, "test", zip);
    again = network("again", zip);
  }

  private static TransitNetwork network(String feedId, Path path) {
    ImportIssues issues = new ImportIssues();
    return TransitFixtures.fromFeeds(
        List.of(GtfsFeedReader.read(new GtfsFeedSource(feedId, path), issues)), issues);
  }

  @Test
  void theDaysTripsAndTheNightBeforesComeBack() {
    // Tuesday: T_BLANK, T_NEXT, T_LATE, T_EARLYEND and T_FREQ at 06:00 and 06:30 (every 1,800 s
    // while before 07:00) = 6; Monday's T_LATE has B and C after midnight (2 stops) = 1;
    // Monday's T_EARLYEND has only C (24:05) after midnight: the router leaves it out; T_SAT not.
    assertEquals(6, summary.sameDayTrips());
    assertEquals(1, summary.previousDayTrips());
    assertEquals(
        List.of(
            "again:T_BLANK",
            "again:T_EARLYEND",
            "again:T_FREQ#06:00:00",
            "again:T_FREQ#06:30:00",
            "again:T_LATE",
            "again:T_LATE@20240304",
            "again:T_NEXT"),
        IntStream.range(0, again.tripCount()).mapToObj(again::tripId).sorted().toList());
    assertEquals(6, again.activeTripCount(TUESDAY));
    assertEquals(1, again.activeTripCount(TUESDAY.minusDays(1))); // Monday: T_LATE@20240304
    assertEquals(0, again.activeTripCount(TUESDAY.plusDays(1)));
  }

  @Test
  void blankTimesComeBackInterpolated() {
    // B is 1/3 of the way: 08:00 + 30 min / 3 = 08:10:00 = 29,400 s, now written explicitly
    assertArrayEquals(new int[] {28_800, 29_400, 30_600}, arrivals("again:T_BLANK"));
  }

  @Test
  void frequenciesComeBackAsTimedTrips() {
    // template 00:00 -> 00:20 shifted to 06:30: 23,400 s and 06:50:00 = 24,600 s
    assertArrayEquals(new int[] {23_400, 24_600}, arrivals("again:T_FREQ#06:30:00"));
    assertArrayEquals(new int[] {21_600, 22_800}, arrivals("again:T_FREQ#06:00:00"));
  }

  @Test
  void timesPastMidnightAreKeptOnTheirServiceDay() {
    // Monday's T_LATE keeps 23:40, 24:10, 24:30 = 85,200, 87,000, 88,200 s on service 20240304
    assertArrayEquals(new int[] {85_200, 87_000, 88_200}, arrivals("again:T_LATE@20240304"));
    int late = trip("again:T_LATE@20240304");
    assertEquals("again:20240304", again.serviceId(again.tripService(late)));
    assertEquals("again:20240305", again.serviceId(again.tripService(trip("again:T_LATE"))));
  }

  @Test
  void stayingSeatedIsKeptAsOneBlockPerRun() {
    // T_NEXT leaves C at 08:35, where T_BLANK arrived at 08:30: one through run, block BK
    assertEquals(1, summary.throughRuns());
    assertEquals("again:BK", again.tripBlockId(trip("again:T_BLANK")));
    assertEquals("again:BK", again.tripBlockId(trip("again:T_NEXT")));
    assertNull(again.tripBlockId(trip("again:T_LATE")));
  }

  @Test
  void boardingRulesRouteTypesAndNamesSurvive() {
    int blank = trip("again:T_BLANK");
    int pattern = again.tripPattern(blank);
    assertTrue(again.canBoard(pattern, 0));
    assertFalse(again.canAlight(pattern, 0)); // drop_off_type 1 at A
    int next = again.tripPattern(trip("again:T_NEXT"));
    assertFalse(again.canBoard(next, 1)); // pickup_type 1 at D
    int coach = again.patternRoute(again.tripPattern(trip("again:T_FREQ#06:00:00")));
    assertEquals(200, again.routeType(coach));
    assertEquals("X2", again.routeShortName(coach));
    assertEquals("Dorset Buses", again.agencyName(coach));
    assertEquals("Stop B, north", again.stopName(again.findStop("again:B").getAsInt()));
    assertEquals(50.01, again.stopLat(again.findStop("again:B").getAsInt()), 0);
    // only the stops the day's trips use: A, B, C, D (not UNUSED)
    assertEquals(4, again.stopCount());
  }

  @Test
  void transferRulesComeBack() {
    // B->D 180 s, C->C 120 s, A->B forbidden; A->UNUSED is left out with its stop: 3 rules
    assertEquals(3, summary.transferRules());
    assertEquals(3, again.transferRuleCount());
    int a = stop("A");
    int b = stop("B");
    int c = stop("C");
    int d = stop("D");
    for (int rule = 0; rule < again.transferRuleCount(); rule++) {
      int from = again.transferFromStop(rule);
      int to = again.transferToStop(rule);
      if (from == b && to == d) {
        assertEquals(180, again.transferMinSeconds(rule));
      } else if (from == c && to == c) {
        assertEquals(120, again.transferMinSeconds(rule));
      } else {
        assertEquals(a, from);
        assertEquals(b, to);
        assertTrue(again.transferForbidden(rule));
      }
    }
  }

  @Test
  void sameNetworkAndDateGiveTheSameBytes() throws IOException {
    Path second = dir.resolve("day-again.zip");
    GtfsFeedWriter.write(source, TUESDAY, "test", second);
    assertArrayEquals(Files.readAllBytes(zip), Files.readAllBytes(second));
    assertEquals(
        List.of("20240304", "20240305"),
        GtfsTestFeeds.rows(zip, "calendar.txt").stream().map(r -> r.get("service_id")).toList());
  }

  private static int trip(String id) {
    return IntStream.range(0, again.tripCount())
        .filter(t -> again.tripId(t).equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no trip " + id));
  }

  private static int stop(String rawId) {
    OptionalInt stop = again.findStop("again:" + rawId);
    assertTrue(stop.isPresent(), rawId);
    return stop.getAsInt();
  }

  private static int[] arrivals(String tripId) {
    int trip = trip(tripId);
    int pattern = again.tripPattern(trip);
    int inPattern = trip - again.tripIndex(pattern, 0);
    return IntStream.range(0, again.patternStopCount(pattern))
        .map(pos -> again.arrivalSeconds(pattern, inPattern, pos))
        .toArray();
  }
}
