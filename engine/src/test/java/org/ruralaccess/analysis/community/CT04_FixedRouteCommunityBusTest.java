package org.ruralaccess.analysis.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.analysis.matrix.MatrixRequest;
import org.ruralaccess.analysis.matrix.Percentiles;
import org.ruralaccess.analysis.matrix.TravelTimeMatrix;
import org.ruralaccess.ingest.community.SchemeFileReader;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.BookingAssumption;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.FixedStop;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.transit.TransitNetwork;
import org.ruralaccess.testing.SyntheticRegion;

/**
 * A Tuesday-only community bus as a timetable route, on a straight road of ten 1,111.95 m segments.
 * The scheduled bus runs A (lat 50.00) to B (50.05) on weekdays; only the community bus reaches the
 * market at lat 50.10, 11,119.5 m from A: on foot 8,340 s = 139 min at 4.8 km/h, beyond the
 * 120-minute limit, so without the bus the market is unreachable. Board slack 60 s.
 */
class CT04_FixedRouteCommunityBusTest {

  private static final LocalDate TUESDAY = LocalDate.of(2024, 1, 9);
  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 1, 10);

  private static final String SCHEMES =
      """
      id: x
      schemes:
        - id: market-bus
          name: Market bus
          kind: fixed_route
          days: [tuesday]
          stops:
            - {stop_id: "t:A", time: "09:00"}
            - {name: Market, lat: 50.10, lon: 0.0, time: "09:20"}
        - id: older-bus
          kind: fixed_route
          days: [tuesday]
          eligibility: [age_60_plus]
          stops:
            - {stop_id: "t:A", time: "10:00"}
            - {name: Market, lat: 50.10, lon: 0.0, time: "10:20"}
        - id: booked-bus
          kind: fixed_route
          days: [tuesday]
          booking: {type: prior_days, days: 1, latest_time: "16:00"}
          stops:
            - {stop_id: "t:A", time: "11:00"}
            - {name: Market, lat: 50.10, lon: 0.0, time: "11:20"}
      """;

  @TempDir static Path dir;
  private static Network network;
  private static CommunityTransport schemes;

  @BeforeAll
  static void build() throws Exception {
    Map<String, String> gtfs = new LinkedHashMap<>();
    gtfs.put(
        "agency.txt",
        "agency_id,agency_name,agency_url,agency_timezone\n"
            + "ag,Agency,https://example.org,Europe/London\n");
    gtfs.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nA,A,50.00,0.0\nB,B,50.05,0.0\n");
    gtfs.put("routes.txt", "route_id,agency_id,route_short_name,route_type\nR1,ag,1,3\n");
    gtfs.put("trips.txt", "route_id,service_id,trip_id\nR1,WEEKDAY,T1\n");
    gtfs.put(
        "stop_times.txt",
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            + "T1,08:00:00,08:00:00,A,1\nT1,08:10:00,08:10:00,B,2\n");
    gtfs.put(
        "calendar.txt",
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            + "WEEKDAY,1,1,1,1,1,0,0,20240101,20241231\n");
    network = SyntheticRegion.network(dir.resolve("gtfs"), gtfs, SyntheticRegion.road(10, 60));
    Path file = dir.resolve("schemes.yaml");
    Files.writeString(file, SCHEMES);
    schemes = new CommunityTransport(SchemeFileReader.read(file));
    network = network.withCommunityTransport(schemes);
  }

  @Test
  void ct04_tuesdayOnlyBusReachesTheMarketOnTuesdayOnly() {
    // Tuesday, departures 08:50..08:59 from A: the community bus leaves A at 09:00 (08:59 + 60 s
    // slack, still caught) and reaches the market at 09:20, where the destination is: 30, 29, ...,
    // 21 min. Nearest rank over 10: p5 = 21, p50 = 5th = 25, p95 = 30.
    assertEquals("21,25,30", marketMinutes(TUESDAY));
    // Wednesday: the bus does not run, walking takes 139 min > 120: unreachable.
    assertEquals(",,", marketMinutes(WEDNESDAY));
    // and with community transport off, not even on Tuesday
    assertEquals(",,", marketMinutes(TUESDAY, CommunityTransportRequest.off()));
  }

  @Test
  void ct04b_busIsOneRouteWithAStopReusedAndOneAdded() {
    Scheme bus = schemes.scheme("x:market-bus");
    TransitNetwork transit = CommunityBuses.addTo(network, List.of(bus), TUESDAY).transit();
    // A and B from the feed; A reused, the market added as the scheme's 2nd stop
    assertEquals(List.of("ct:x:market-bus#2", "t:A", "t:B"), stopIds(transit));
    assertEquals(2, transit.routeCount());
    // routes sorted by id: the community bus before t:R1
    assertEquals("ct:x:market-bus", transit.routeId(0));
    assertEquals(CommunityBuses.ROUTE_TYPE_BUS, transit.routeType(0));
    assertEquals(2, transit.tripCount());
    assertSame(network, CommunityBuses.addTo(network, List.of(), TUESDAY));
  }

  @Test
  void ct04c_eligibilityAndBookingChooseTheBuses() {
    CommunityTransportRequest general = CommunityTransportRequest.defaults(); // day before
    // general public, booking the day before: the open bus and the prior_days 1 bus, not the 60+
    assertEquals(List.of("x:booked-bus", "x:market-bus"), active(general, TUESDAY));
    // older residents also get the 60+ bus
    assertEquals(
        List.of("x:booked-bus", "x:market-bus", "x:older-bus"),
        active(general.withRider(RiderGroup.OLDER), TUESDAY));
    // booking the same day, an hour ahead, misses the bus that must be booked a day before
    assertEquals(
        List.of("x:market-bus"),
        active(general.withBooking(BookingAssumption.sameDay(60)), TUESDAY));
    // none of them runs on a Wednesday; none when community transport is off
    assertEquals(List.of(), active(general, WEDNESDAY));
    assertEquals(List.of(), active(CommunityTransportRequest.off(), TUESDAY));
  }

  @Test
  void ct04d_aStopWithNeitherNetworkIdNorCoordinatesIsBadInput() {
    Scheme bus = schemes.scheme("x:market-bus");
    List<FixedStop> stops = new ArrayList<>(bus.stops());
    stops.set(0, new FixedStop("t:Z", "Z", Double.NaN, Double.NaN, 9 * 3600, 9 * 3600));
    Scheme broken =
        new Scheme(
            bus.id(),
            bus.name(),
            bus.kind(),
            bus.areas(),
            stops,
            bus.days(),
            bus.windows(),
            bus.booking(),
            bus.eligibility(),
            1,
            0,
            bus.sourceFile());
    BadInputException e =
        assertThrows(
            BadInputException.class, () -> CommunityBuses.addTo(network, List.of(broken), TUESDAY));
    assertEquals(
        bus.sourceFile()
            + ": scheme 'x:market-bus': stop 't:Z' is not a stop of the transit network and has"
            + " no coordinates",
        e.getMessage());
  }

  private static List<String> active(CommunityTransportRequest request, LocalDate date) {
    return CommunityBuses.activeFixedRoutes(schemes, request, date).stream()
        .map(Scheme::id)
        .toList();
  }

  private static List<String> stopIds(TransitNetwork transit) {
    List<String> ids = new ArrayList<>();
    for (int s = 0; s < transit.stopCount(); s++) {
      ids.add(transit.stopId(s));
    }
    return ids;
  }

  /** p5, p50, p95 in minutes from A to the market, 08:50-09:00, for the general public. */
  private static String marketMinutes(LocalDate date) {
    return marketMinutes(date, CommunityTransportRequest.defaults());
  }

  /** The same through the request alone: the matrix adds the buses the rider may use. */
  private static String marketMinutes(LocalDate date, CommunityTransportRequest ct) {
    MatrixRequest request =
        new MatrixRequest(
            date,
            ClockTime.parseSeconds("08:50"),
            ClockTime.parseSeconds("09:00"),
            60,
            TravelMode.TRANSIT,
            new int[] {5, 50, 95},
            -1,
            RoutingSettings.DEFAULTS,
            ct);
    PointSet origin =
        new PointSet("test", List.of("o"), new double[] {50.0}, new double[] {0.0}, Map.of());
    PointSet market =
        new PointSet("test", List.of("d"), new double[] {50.10}, new double[] {0.0}, Map.of());
    int[][][] result = new int[1][][];
    TravelTimeMatrix.compute(
        network, origin, market, request, (o, values) -> result[0] = values, done -> {});
    List<String> minutes = new ArrayList<>();
    for (int value : result[0][0]) {
      minutes.add(value == Percentiles.UNREACHED ? "" : String.valueOf(value / 60));
    }
    return String.join(",", minutes);
  }
}
