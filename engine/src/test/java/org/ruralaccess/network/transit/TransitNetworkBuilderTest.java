package org.ruralaccess.network.transit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralaccess.ingest.gtfs.GtfsFeedReader;
import org.ruralaccess.ingest.gtfs.GtfsFeedSource;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.testing.TransitFixtures;

/**
 * The synthetic feed in {@code src/test/resources/gtfs/synthetic}: one trip per case, every
 * expected value derived by hand in the comment next to it.
 */
class TransitNetworkBuilderTest {

  private static TransitNetwork network;
  private static ImportIssues issues;

  @BeforeAll
  static void build() {
    issues = new ImportIssues();
    network =
        TransitFixtures.fromFeeds(
            List.of(GtfsFeedReader.read(new GtfsFeedSource("syn", SyntheticFeed.path()), issues)),
            issues);
  }

  @Test
  void blankTimesAreInterpolatedByStraightLineDistance() {
    // S1 50.000, S2 50.010, S3 50.030 on one meridian: S2 is 1/3 of the way;
    // 08:00 + 30 min / 3 = 08:10:00 = 29,400 s.
    assertEquals(29_400, arrival("syn:T_BLANK", 1));
    assertEquals(29_400, departure("syn:T_BLANK", 1));
  }

  @Test
  void blankTimesAreInterpolatedByShapeDistTraveledWhenEveryStopHasIt() {
    // shape_dist 0, 0.5, 2.0: S2 is 1/4 of the way; 09:00 + 20 min / 4 = 09:05:00 = 32,700 s.
    assertEquals(32_700, arrival("syn:T_SHAPE", 1));
  }

  @Test
  void timesPastMidnightStayOnTheServiceDay() {
    assertEquals(24 * 3600 + 30 * 60, arrival("syn:T_LATE", 2)); // 24:30:00 = 88,200 s
  }

  @Test
  void frequenciesAreExpandedIntoTimedTrips() {
    // 06:00-07:00 every 600 s: 06:00, 06:10, ..., 06:50 = 6 trips;
    // 07:00-07:30 every 900 s: 07:00, 07:15 = 2 trips (07:30 is not < end_time). 8 in all.
    List<String> ids =
        IntStream.range(0, network.tripCount())
            .mapToObj(network::tripId)
            .filter(id -> id.startsWith("syn:T_FREQ#"))
            .sorted()
            .toList();
    assertEquals(8, ids.size());
    assertEquals("syn:T_FREQ#06:00:00", ids.get(0));
    assertEquals("syn:T_FREQ#07:15:00", ids.get(7));
    // template runs 20 min from S1 to S3: the 07:15 trip arrives 07:35:00 = 27,300 s.
    assertEquals(27_300, arrival("syn:T_FREQ#07:15:00", 1));
  }

  @Test
  void calendarDatesRemoveAndAddDays() {
    // Weekday trips kept: T_BLANK, T_SHAPE, T_LATE, T_FAR, T_NOBOARD and 8 T_FREQ = 13.
    assertEquals(13, network.activeTripCount(LocalDate.of(2024, 1, 8))); // Monday
    assertEquals(0, network.activeTripCount(LocalDate.of(2024, 1, 1))); // removed holiday
    // Saturday 2024-01-06 only XTRA runs (calendar_dates only): T_SLOW and T_FAST.
    assertEquals(2, network.activeTripCount(LocalDate.of(2024, 1, 6)));
    assertEquals(0, network.activeTripCount(LocalDate.of(2024, 1, 13)));
    assertEquals(LocalDate.of(2024, 1, 2), network.firstServiceDate());
    assertEquals(LocalDate.of(2024, 12, 31), network.lastServiceDate());
  }

  @Test
  void overtakingTripGoesToItsOwnPattern() {
    // T_FAST leaves S1 2 min after T_SLOW but reaches S3 at 10:30, before T_SLOW's 11:00.
    int slow = trip("syn:T_SLOW");
    int fast = trip("syn:T_FAST");
    assertNotEquals(network.tripPattern(slow), network.tripPattern(fast));
    assertEquals(
        network.patternRoute(network.tripPattern(slow)),
        network.patternRoute(network.tripPattern(fast)));
    // Pattern R1 S1-S2-S3 in departure order: T_BLANK 08:00, T_SHAPE 09:00, T_SLOW, T_LATE 23:50.
    int pattern = network.tripPattern(slow);
    List<String> order = new ArrayList<>();
    for (int t = 0; t < network.patternTripCount(pattern); t++) {
      order.add(network.tripId(network.tripIndex(pattern, t)));
    }
    assertEquals(List.of("syn:T_BLANK", "syn:T_SHAPE", "syn:T_SLOW", "syn:T_LATE"), order);
  }

  @Test
  void pickupAndDropOffTypesDecideBoardingAndAlighting() {
    int pattern = network.tripPattern(trip("syn:T_NOBOARD"));
    assertFalse(network.canAlight(pattern, 0)); // drop_off_type 1 at S1
    assertTrue(network.canBoard(pattern, 0));
    assertFalse(network.canBoard(pattern, 2)); // pickup_type 1 at S3
    assertTrue(network.canAlight(pattern, 2));
    int plain = network.tripPattern(trip("syn:T_BLANK"));
    assertTrue(network.canBoard(plain, 2) && network.canAlight(plain, 0));
  }

  @Test
  void badTripsAreSkippedWithOneWarningEach() {
    // lines: header is line 1 of each file (grep -n on the fixture)
    assertIssue("STOP_TIMES_BACKWARDS", "T_BACK", 20); // the 11:50 row at S2
    assertIssue("UNKNOWN_ROUTE", "T_NOROUTE", 9);
    assertIssue("UNKNOWN_SERVICE", "T_NOSERVICE", 10);
    assertIssue("UNKNOWN_STOP", "T_NOSTOP", 27);
    assertIssue("TOO_FEW_STOP_TIMES", "T_ONE", 12);
    assertIssue("UNKNOWN_TRIP", "GHOST", 35);
    for (String skipped : List.of("T_BACK", "T_NOROUTE", "T_NOSERVICE", "T_NOSTOP", "T_ONE")) {
      assertTrue(
          IntStream.range(0, network.tripCount())
              .noneMatch(t -> network.tripId(t).equals("syn:" + skipped)),
          skipped);
    }
  }

  @Test
  void farStopIsReportedWithItsLocationAndTheTripKept() {
    ImportIssue far = assertIssue("STOP_FAR_FROM_NEIGHBOURS", "T_FAR", 30);
    assertEquals(52.0, far.lat(), 1e-9);
    assertEquals(-2.0, far.lon(), 1e-9);
    assertTrue(trip("syn:T_FAR") >= 0);
  }

  @Test
  void onlyUsedStopsAreNetworkStopsAndUnusedOnesAreCounted() {
    // S1, S2, S3, FAR are used; S9 (no coordinates) is not, which is fine.
    assertEquals(4, network.stopCount());
    assertTrue(network.findStop("syn:S9").isEmpty());
    int s2 = network.findStop("syn:S2").orElseThrow();
    assertEquals("Stop Two", network.stopName(s2));
    assertEquals(50.010, network.stopLat(s2), 1e-9);
    ImportIssue unused = assertIssue("UNUSED_STOPS", null, 0);
    assertEquals(Severity.INFO, unused.severity());
    assertTrue(unused.message().startsWith("1 stop(s)"), unused.message());
  }

  @Test
  void routesServicesBlocksAndTimeZoneAreKept() {
    assertEquals(ZoneId.of("Europe/London"), network.timeZone());
    assertEquals(2, network.routeCount());
    assertEquals("syn:R2", network.routeId(1));
    assertEquals(200, network.routeType(1));
    assertEquals("X", network.routeShortName(1));
    assertEquals("Dorset Rural Bus", network.agencyName(0));
    assertEquals("syn:B1", network.tripBlockId(trip("syn:T_SHAPE")));
    assertNull(network.tripBlockId(trip("syn:T_LATE")));
    // services sorted by id: syn:WK, syn:XTRA
    assertEquals(
        List.of("syn:WK", "syn:XTRA"), List.of(network.serviceId(0), network.serviceId(1)));
    assertEquals(1, network.tripService(trip("syn:T_SLOW")));
  }

  @Test
  void transferRulesKeepMinimumTimesAndForbiddenPairs() {
    // S1->S3 type 2 120 s, S3->S1 type 3, S2->S2 type 0; S9->S1 is at an unused stop: dropped.
    assertEquals(3, network.transferRuleCount());
    int s1 = network.findStop("syn:S1").orElseThrow();
    int s2 = network.findStop("syn:S2").orElseThrow();
    int s3 = network.findStop("syn:S3").orElseThrow();
    // sorted by from stop index: S1 (1), S2 (2), S3 (3) after FAR (0)
    assertEquals(List.of(s1, s3, 120, 0), rule(0));
    assertEquals(List.of(s2, s2, 0, 0), rule(1));
    assertEquals(List.of(s3, s1, 0, 1), rule(2));
  }

  private static List<Integer> rule(int r) {
    return List.of(
        network.transferFromStop(r),
        network.transferToStop(r),
        network.transferMinSeconds(r),
        network.transferForbidden(r) ? 1 : 0);
  }

  private static ImportIssue assertIssue(String code, String entityId, long line) {
    List<ImportIssue> found =
        issues.sorted().stream()
            .filter(i -> i.code().equals(code))
            .filter(i -> entityId == null || entityId.equals(i.entityId()))
            .toList();
    assertEquals(1, found.size(), code + " " + entityId + " in " + issues.sorted());
    assertEquals(line, found.get(0).line(), found.get(0).toString());
    assertTrue(found.get(0).file().startsWith("synthetic/"), found.get(0).file());
    return found.get(0);
  }

  private static int trip(String tripId) {
    return IntStream.range(0, network.tripCount())
        .filter(t -> network.tripId(t).equals(tripId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no trip " + tripId));
  }

  private static int arrival(String tripId, int stopPosition) {
    int trip = trip(tripId);
    int pattern = network.tripPattern(trip);
    return network.arrivalSeconds(pattern, trip - network.tripIndex(pattern, 0), stopPosition);
  }

  private static int departure(String tripId, int stopPosition) {
    int trip = trip(tripId);
    int pattern = network.tripPattern(trip);
    return network.departureSeconds(pattern, trip - network.tripIndex(pattern, 0), stopPosition);
  }
}
