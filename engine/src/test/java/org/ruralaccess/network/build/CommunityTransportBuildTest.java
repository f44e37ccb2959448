package org.ruralaccess.network.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.community.BookingRule;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.Eligibility;
import org.ruralaccess.model.community.FixedStop;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.model.community.SchemeKind;
import org.ruralaccess.model.community.TimeWindow;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.NetworkSummary;
import org.ruralaccess.network.store.NetworkStore;
import org.ruralaccess.testing.RepoFiles;

/**
 * A synthetic region with two GTFS feeds on the hand-made tiny street map, R5's valid flex feed and
 * a scheme file: the build places scheme stops given by GTFS stop id, and the network file keeps
 * every scheme field.
 *
 * <pre>
 * feed a: A1 (50.7000, -2.4400), HUB (50.7010, -2.4400)   trip TA  A1 08:00 -> HUB 08:05
 * feed b: HUB (50.7020, -2.4400), B1 (50.7010, -2.4380)   trip TB  HUB 09:00 -> B1 09:04
 * </pre>
 */
class CommunityTransportBuildTest {

  private static final String CALENDAR =
      "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
          + "WK,1,1,1,1,1,0,0,20260101,20261231\n";

  private static final String SCHEMES =
      """
      id: village
      schemes:
        - id: shopper
          name: Shopper bus
          kind: fixed_route
          days: [tuesday, friday]
          dates: [2026-12-24]
          valid_from: 2026-01-06
          valid_until: 2026-12-31
          stops:
            - stop_id: A1
              time: "09:00"
            - stop_id: "b:HUB"
              name: The hub
              time: "09:10"
            - name: Church
              lat: 50.7015
              lon: -2.4390
              time: "09:20"
        - id: dar
          name: Dial-a-ride
          kind: dial_a_ride
          days: [monday]
          hours: ["09:00-12:00", "13:00-16:30"]
          area:
            geojson:
              type: Polygon
              coordinates: [[[-2.45, 50.69], [-2.43, 50.69], [-2.43, 50.71], [-2.45, 50.71], [-2.45, 50.69]]]
          booking:
            type: prior_days
            days: 2
            latest_time: "15:30"
          eligibility: [disabled, age_60_plus]
          vehicle_time:
            factor: 1.5
            offset_minutes: 10
      """;

  @TempDir Path dir;

  @Test
  void buildPlacesSchemeStopsAndReadsFlexFeeds() throws IOException {
    Network network = build(SCHEMES);
    CommunityTransport ct = network.communityTransport();
    // r5_valid: flex trips T1..T4 (its description.txt); the scheme file: 2 schemes
    assertEquals(
        List.of("r5:T1", "r5:T2", "r5:T3", "r5:T4", "village:dar", "village:shopper"),
        ct.schemes().stream().map(Scheme::id).toList());

    Scheme shopper = ct.scheme("village:shopper");
    // A1 is bare and only feed a has it; it takes the timetable's name and place
    assertEquals(
        new FixedStop("a:A1", "Stop A1", 50.7000, -2.4400, 9 * 3600, 9 * 3600),
        shopper.stops().get(0));
    // b:HUB is namespaced; the scheme's own name is kept
    assertEquals(
        new FixedStop("b:HUB", "The hub", 50.7020, -2.4400, 9 * 3600 + 600, 9 * 3600 + 600),
        shopper.stops().get(1));
    // a stop given by coordinates stays as written, with no id
    assertEquals(
        new FixedStop(null, "Church", 50.7015, -2.4390, 9 * 3600 + 1200, 9 * 3600 + 1200),
        shopper.stops().get(2));

    Map<String, Object> counts = NetworkSummary.counts(network);
    assertEquals(6, counts.get("schemes"));
    // T1..T4 are all zone / location-group trips: FLEX_ZONE
    assertEquals(4L, counts.get("schemes:FLEX_ZONE"));
    assertEquals(1L, counts.get("schemes:FIXED_ROUTE"));
    assertEquals(1L, counts.get("schemes:DIAL_A_RIDE"));
    assertTrue(!counts.containsKey("schemes:VOLUNTEER_CAR"), counts.toString());
    assertTrue(
        network.info().inputs().stream().anyMatch(i -> i.role().equals("flex:r5")),
        "the flex feed's checksum is recorded");
    assertTrue(
        network.info().inputs().stream().anyMatch(i -> i.role().equals("schemes:schemes.yaml")),
        "the scheme file's checksum is recorded");
  }

  @Test
  void networkFileKeepsEverySchemeFieldAndIsByteIdentical() throws IOException {
    Network network = build(SCHEMES);
    Path first = dir.resolve("out/first.rae");
    Path second = dir.resolve("out/second.rae");
    NetworkStore.write(network, first);
    NetworkStore.write(build(SCHEMES), second);
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));

    CommunityTransport loaded = NetworkStore.read(first).communityTransport();
    assertEquals(network.communityTransport(), loaded);
    // spot checks that the equality above covers what routing will use
    Scheme dar = loaded.scheme("village:dar");
    assertEquals(SchemeKind.DIAL_A_RIDE, dar.kind());
    assertEquals(
        List.of(new TimeWindow(9 * 3600, 12 * 3600), new TimeWindow(13 * 3600, 16 * 3600 + 1800)),
        dar.windows());
    // latest 15:30 = 55,800 s
    assertEquals(BookingRule.priorDays(2, 55_800), dar.booking());
    assertEquals(
        new Eligibility(EnumSet.of(Eligibility.Group.AGE_60_PLUS, Eligibility.Group.DISABLED)),
        dar.eligibility());
    // 10 minutes = 600 s
    assertEquals(600.0, dar.vehicleTimeOffsetSeconds());
    // 0.02 x 0.02 degrees = 4e-4 square degrees
    assertEquals(4e-4, dar.areas().get(0).geometry().getArea(), 1e-12);
    Scheme shopper = loaded.scheme("village:shopper");
    assertEquals(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), shopper.days().weekdays());
    assertEquals(new TreeSet<>(Set.of(LocalDate.of(2026, 12, 24))), shopper.days().addedDates());
    assertEquals(LocalDate.of(2026, 1, 6), shopper.days().startDate());
    // r5 T2: a stop of a location group has no time and keeps that after loading
    assertTrue(loaded.scheme("r5:T2").stops().stream().noneMatch(FixedStop::hasTime));
    assertEquals(LocalDate.MIN, dar.days().startDate());
  }

  @Test
  void aVersion2NetworkFileAsksForARebuild() throws IOException {
    Path old = dir.resolve("v2.rae");
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(old))) {
      out.write("RAE-NETWORK\n".getBytes(StandardCharsets.US_ASCII));
      out.writeInt(2);
      out.writeUTF("0.1.0");
    }
    BadInputException e = assertThrows(BadInputException.class, () -> NetworkStore.read(old));
    assertTrue(e.getMessage().contains("written in network format version 2"), e.getMessage());
    assertTrue(
        e.getMessage().contains("needs format version " + NetworkStore.FORMAT_VERSION),
        e.getMessage());
    assertTrue(e.getMessage().contains("Rebuild it with `rae build"), e.getMessage());
  }

  @Test
  void unknownSchemeStopFailsTheBuildNamingFileSchemeAndStop() throws IOException {
    BadInputException e =
        assertThrows(
            BadInputException.class, () -> build(SCHEMES.replace("stop_id: A1", "stop_id: Z9")));
    assertTrue(e.getMessage().startsWith(dir.resolve("schemes.yaml") + ": "), e.getMessage());
    assertTrue(
        e.getMessage().contains("scheme 'village:shopper', stop_id 'Z9': not a stop of any"),
        e.getMessage());
  }

  @Test
  void bareStopIdOfTwoFeedsIsAmbiguousAndEveryBadStopIsListed() throws IOException {
    // HUB is a stop of feed a and of feed b; Z9 of neither: both reported at once
    String schemes = SCHEMES.replace("stop_id: A1", "stop_id: HUB").replace("\"b:HUB\"", "Z9");
    BadInputException e = assertThrows(BadInputException.class, () -> build(schemes));
    assertTrue(e.getMessage().contains("2 scheme stops cannot be placed"), e.getMessage());
    assertTrue(
        e.getMessage()
            .contains(
                "scheme 'village:shopper', stop_id 'HUB': ambiguous, it is a stop of several"
                    + " feeds (a:HUB, b:HUB)"),
        e.getMessage());
    assertTrue(e.getMessage().contains("stop_id 'Z9': not a stop of any"), e.getMessage());
  }

  /** Writes the region (two feeds, tiny streets, r5_valid flex, the scheme file) and builds it. */
  private Network build(String schemes) throws IOException {
    writeFeed(
        "a",
        "A1,Stop A1,50.7000,-2.4400\nHUB,Hub,50.7010,-2.4400\n",
        "TA,08:00:00,08:00:00,A1,1\nTA,08:05:00,08:05:00,HUB,2\n");
    writeFeed(
        "b",
        "HUB,Hub,50.7020,-2.4400\nB1,Stop B1,50.7010,-2.4380\n",
        "TB,09:00:00,09:00:00,HUB,1\nTB,09:04:00,09:04:00,B1,2\n");
    Files.writeString(dir.resolve("schemes.yaml"), schemes);
    Files.writeString(
        dir.resolve("region.yaml"),
        """
        name: synthetic
        feeds:
          - id: a
            path: a
          - id: b
            path: b
        osm: %s
        communityTransport:
          flexFeeds:
            - id: r5
              path: %s
          schemes:
            - schemes.yaml
        """
            .formatted(
                RepoFiles.resolve("engine/src/test/resources/street/tiny-streets.osm"),
                RepoFiles.resolve("gtfs-feeds/flex/r5_valid")));
    NetworkBuilder.Result result =
        new NetworkBuilder(line -> {}).build(RegionConfigReader.read(dir));
    return result.network();
  }

  private void writeFeed(String id, String stops, String stopTimes) throws IOException {
    Path feed = dir.resolve(id);
    Files.createDirectories(feed);
    Files.writeString(
        feed.resolve("agency.txt"),
        "agency_id,agency_name,agency_url,agency_timezone\nag,A,https://example.org,Europe/London\n");
    Files.writeString(feed.resolve("stops.txt"), "stop_id,stop_name,stop_lat,stop_lon\n" + stops);
    Files.writeString(
        feed.resolve("routes.txt"), "route_id,agency_id,route_short_name,route_type\nR,ag,1,3\n");
    String trip = stopTimes.substring(0, stopTimes.indexOf(','));
    Files.writeString(
        feed.resolve("trips.txt"), "route_id,service_id,trip_id\nR,WK," + trip + "\n");
    Files.writeString(
        feed.resolve("stop_times.txt"),
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n" + stopTimes);
    Files.writeString(feed.resolve("calendar.txt"), CALENDAR);
  }
}
