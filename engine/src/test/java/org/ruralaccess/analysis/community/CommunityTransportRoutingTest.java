package org.ruralaccess.analysis.community;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.BookingAssumption;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.Network;
import org.ruralaccess.testing.SyntheticRegion;

/**
 * Community transport in the search, on a straight road of thirty 1,111.95 m segments along
 * longitude 0 from lat 50.00 (see {@link SyntheticRegion}), cars at 36 km/h (10 m/s): a segment
 * takes 111.195 s to drive and 834 s to walk (4.8 km/h).
 *
 * <p>Places: origin O (50.00), bus stop H (50.10), town T (50.30, a bus stop and the GP), village V
 * (50.09). Bus H 09:00 -> T 09:20 and back T 09:30 -> H 09:50, weekdays. The dial-a-ride area is
 * the strip lat 49.995..50.105, holding O, V and H but not T. Its ride = 1.5 x car time + 6
 * minutes, in 08:00-12:00. Results in whole minutes, rounded down; max trip 120 minutes; walking 20
 * minutes to and from stops.
 *
 * <ul>
 *   <li>O to V: walking 9 x 834 = 7,506 s = 125 min, beyond 120. Dial-a-ride: 9 x 111.195 =
 *       1,000.755 s of driving, 1,001 s in the car search's whole seconds; x 1.5 + 360 = 1,861.5,
 *       rounded 1,862 s = 31 min.
 *   <li>O to H by dial-a-ride: 10 x 111.195 = 1,111.95 s, 1,112 s; x 1.5 + 360 = 2,028 s (33 min 48
 *       s).
 *   <li>H to V by dial-a-ride: 111.195 s, 111 s; x 1.5 + 360 = 526.5, rounded 527 s (8 min 47 s).
 *       Walking: 834 s.
 * </ul>
 */
class CommunityTransportRoutingTest {

  @TempDir static Path dir;
  private static Network buses;

  private static final LocalDate MONDAY = LocalDate.of(2024, 1, 8);
  private static final LocalDate TUESDAY = LocalDate.of(2024, 1, 9);
  private static final LocalDate SATURDAY = LocalDate.of(2024, 1, 13);

  private static final String STRIP =
      "{type: Polygon, coordinates: [[[-0.01, 49.995], [0.01, 49.995], [0.01, 50.105],"
          + " [-0.01, 50.105], [-0.01, 49.995]]]}";

  @BeforeAll
  static void buildNetwork() throws Exception {
    Map<String, String> gtfs = new LinkedHashMap<>();
    gtfs.put(
        "agency.txt",
        "agency_id,agency_name,agency_url,agency_timezone\n"
            + "ag,Agency,https://example.org,Europe/London\n");
    gtfs.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nH,H,50.10,0.0\nT,T,50.30,0.0\n");
    gtfs.put("routes.txt", "route_id,agency_id,route_short_name,route_type\nR,ag,1,3\n");
    gtfs.put("trips.txt", "route_id,service_id,trip_id\nR,WEEKDAY,OUT\nR,WEEKDAY,BACK\n");
    gtfs.put(
        "stop_times.txt",
        """
        trip_id,arrival_time,departure_time,stop_id,stop_sequence
        OUT,09:00:00,09:00:00,H,1
        OUT,09:20:00,09:20:00,T,2
        BACK,09:30:00,09:30:00,T,1
        BACK,09:50:00,09:50:00,H,2
        """);
    gtfs.put(
        "calendar.txt",
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            + "WEEKDAY,1,1,1,1,1,0,0,20240101,20241231\n");
    buses = SyntheticRegion.network(dir.resolve("gtfs"), gtfs, SyntheticRegion.road(30, 36));
  }

  /** A network with one scheme written in the planner format (the keys after id and kind). */
  private static Network withScheme(String kind, String settings) throws Exception {
    Path file = Files.createTempDirectory(dir, "scheme").resolve("schemes.yaml");
    Files.writeString(
        file, "id: test\nschemes:\n  - id: s\n    kind: " + kind + "\n" + settings.indent(4));
    return buses.withCommunityTransport(new CommunityTransport(SchemeFileReader.read(file)));
  }

  private static String darSettings(String days, String booking, String eligibility) {
    return "days: "
        + days
        + "\nhours: [\"08:00-12:00\"]\narea:\n  geojson: "
        + STRIP
        + "\nbooking: "
        + booking
        + "\neligibility: "
        + eligibility
        + "\nvehicle_time: {factor: 1.5, offset_minutes: 6}\n";
  }

  private static final String WEEKDAYS = "[monday, tuesday, wednesday, thursday, friday]";
  private static final String DAY_BEFORE = "{type: prior_days, days: 1, latest_time: \"16:00\"}";

  @Test
  void ct01_villageReachableOnlyByDialARide() throws Exception {
    Network network = withScheme("dial_a_ride", darSettings(WEEKDAYS, DAY_BEFORE, "[everyone]"));
    CommunityTransportRequest ct = CommunityTransportRequest.defaults();
    // 09:00-09:10, inside the window: 31 min every minute
    assertEquals("31,31,31", minutes(network, ct, TUESDAY, "09:00", "09:10", 50.00, 50.09));
    // 07:50-08:00: waiting at home for the 08:00 window: 07:50 -> 10 + 31 = 41 ... 07:59 -> 32;
    // nearest rank over 10 departures: p5 1st = 32, p50 5th = 36, p95 10th = 41
    assertEquals("32,36,41", minutes(network, ct, TUESDAY, "07:50", "08:00", 50.00, 50.09));
    // without the scheme, or on a Saturday when it does not run: unreachable
    assertEquals(
        ",,",
        minutes(network, CommunityTransportRequest.off(), TUESDAY, "09:00", "09:10", 50.00, 50.09));
    assertEquals(",,", minutes(network, ct, SATURDAY, "09:00", "09:10", 50.00, 50.09));
    // the ride must end by 12:00: leaving at 11:29 arrives 12:00:02 (1,862 s), too late
    assertEquals("31", minutes(network, ct, TUESDAY, "11:28", "11:29", 50.00, 50.09, 50));
    assertEquals("", minutes(network, ct, TUESDAY, "11:29", "11:30", 50.00, 50.09, 50));
  }

  @Test
  void ct02_bookingDeadlineExcludesTheTrip() throws Exception {
    Network network = withScheme("dial_a_ride", darSettings(WEEKDAYS, DAY_BEFORE, "[everyone]"));
    // booked the day before: 31 min; booked the same day, even 3 hours ahead, or on the spot: none
    assertEquals("31", village(network, BookingAssumption.dayBefore(), RiderGroup.GENERAL));
    assertEquals("", village(network, BookingAssumption.sameDay(180), RiderGroup.GENERAL));
    assertEquals("", village(network, BookingAssumption.spontaneous(), RiderGroup.GENERAL));
    // a scheme taking same-day bookings with 60 minutes' notice
    Network sameDay =
        withScheme(
            "dial_a_ride",
            darSettings(WEEKDAYS, "{type: same_day, notice_minutes: 60}", "[everyone]"));
    assertEquals("31", village(sameDay, BookingAssumption.sameDay(60), RiderGroup.GENERAL));
    assertEquals("", village(sameDay, BookingAssumption.sameDay(30), RiderGroup.GENERAL));
    assertEquals("31", village(sameDay, BookingAssumption.dayBefore(), RiderGroup.GENERAL));
  }

  @Test
  void ct03_eligibilityExcludesAGroup() throws Exception {
    Network network =
        withScheme("dial_a_ride", darSettings(WEEKDAYS, DAY_BEFORE, "[age_60_plus, disabled]"));
    assertEquals("", village(network, BookingAssumption.dayBefore(), RiderGroup.GENERAL));
    assertEquals("", village(network, BookingAssumption.dayBefore(), RiderGroup.MEMBER));
    assertEquals("31", village(network, BookingAssumption.dayBefore(), RiderGroup.OLDER));
    assertEquals("31", village(network, BookingAssumption.dayBefore(), RiderGroup.DISABLED));
  }

  @Test
  void ct05_dialARideFeedsTheScheduledBus() throws Exception {
    Network network = withScheme("dial_a_ride", darSettings(WEEKDAYS, DAY_BEFORE, "[everyone]"));
    CommunityTransportRequest ct = CommunityTransportRequest.defaults();
    // O to the GP at T (lat 50.30), outside the area: ride to H (2,028 s), bus 09:00 -> 09:20.
    // Leaving 08:25 reaches H at 08:58:48, boards by 08:59:48 + 60 s slack: 55 min. Leaving 08:26
    // reaches H at 08:59:48: too late for the slack; no later bus. 08:20..08:25 give 60..55:
    // p5 = 55, p50 (3rd of 6) = 57, p95 = 60.
    assertEquals("55,57,60", minutes(network, ct, MONDAY, "08:20", "08:26", 50.00, 50.30));
    assertEquals("", minutes(network, ct, MONDAY, "08:26", "08:27", 50.00, 50.30, 50));
    // without community transport: T is 30 segments away, unreachable
    assertEquals(
        ",,",
        minutes(network, CommunityTransportRequest.off(), MONDAY, "08:20", "08:26", 50.00, 50.30));
  }

  @Test
  void ct06_scheduledBusThenDialARideHome() throws Exception {
    Network network = withScheme("dial_a_ride", darSettings(WEEKDAYS, DAY_BEFORE, "[everyone]"));
    // From T at 09:25: bus 09:30 -> H 09:50, then the dial-a-ride to V, 527 s: 09:58:47, 33 min.
    // Walking from H instead: 834 s, 10:03:54, 38 min.
    assertEquals(
        "33",
        minutes(
            network,
            CommunityTransportRequest.defaults(),
            MONDAY,
            "09:25",
            "09:26",
            50.30,
            50.09,
            50));
    assertEquals(
        "38",
        minutes(
            network, CommunityTransportRequest.off(), MONDAY, "09:25", "09:26", 50.30, 50.09, 50));
  }

  @Test
  void ct07_volunteerCarIsDoorToDoorOnly() throws Exception {
    Network network = withScheme("volunteer_car", darSettings(WEEKDAYS, DAY_BEFORE, "[everyone]"));
    CommunityTransportRequest ct = CommunityTransportRequest.defaults();
    // door to door within the area: O to V, 31 min, as the dial-a-ride
    assertEquals("31", minutes(network, ct, MONDAY, "09:00", "09:01", 50.00, 50.09, 50));
    // but no lift to the bus: the GP at T stays out of reach
    assertEquals("", minutes(network, ct, MONDAY, "08:20", "08:21", 50.00, 50.30, 50));
  }

  private static String village(Network network, BookingAssumption booking, RiderGroup rider) {
    CommunityTransportRequest ct = new CommunityTransportRequest(true, rider, booking);
    return minutes(network, ct, TUESDAY, "09:00", "09:01", 50.00, 50.09, 50);
  }

  private static String minutes(
      Network network,
      CommunityTransportRequest ct,
      LocalDate date,
      String from,
      String to,
      double originLat,
      double destinationLat) {
    return minutes(network, ct, date, from, to, originLat, destinationLat, 5, 50, 95);
  }

  private static String minutes(
      Network network,
      CommunityTransportRequest ct,
      LocalDate date,
      String from,
      String to,
      double originLat,
      double destinationLat,
      int... percentiles) {
    MatrixRequest request =
        new MatrixRequest(
            date,
            ClockTime.parseSeconds(from),
            ClockTime.parseSeconds(to),
            60,
            TravelMode.TRANSIT,
            percentiles,
            -1,
            RoutingSettings.DEFAULTS,
            ct);
    PointSet origin =
        new PointSet("o", List.of("o"), new double[] {originLat}, new double[] {0.0}, Map.of());
    PointSet destination =
        new PointSet(
            "d", List.of("d"), new double[] {destinationLat}, new double[] {0.0}, Map.of());
    int[][][] result = new int[1][][];
    TravelTimeMatrix.compute(
        network, origin, destination, request, (o, values) -> result[0] = values, done -> {});
    List<String> minutes = new ArrayList<>();
    for (int value : result[0][0]) {
      minutes.add(value == Percentiles.UNREACHED ? "" : String.valueOf(value / 60));
    }
    return String.join(",", minutes);
  }
}
