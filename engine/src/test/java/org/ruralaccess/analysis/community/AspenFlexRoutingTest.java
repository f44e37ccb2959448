package org.ruralaccess.analysis.community;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.analysis.matrix.MatrixRequest;
import org.ruralaccess.analysis.matrix.TravelTimeMatrix;
import org.ruralaccess.ingest.community.FlexFeedReader;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.BookingAssumption;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetNetworkBuilder;
import org.ruralaccess.testing.RepoFiles;
import org.ruralaccess.testing.SyntheticRegion;

/**
 * The real Aspen "Downtowner" GTFS-Flex feed (one zone, area_294; trip 1 in winter 2020-11-26 to
 * 2021-04-14 with window 08:00-23:00, trip 2 from 2021-04-15 to 2021-11-24 with 11:00-23:00; no
 * booking needed; safe duration = 1 x car time + 20 minutes). No Aspen street extract is bundled,
 * so the streets are a synthetic road through the zone along longitude -106.82, segments of 0.001
 * degrees of latitude (111.195 m), cars at 36 km/h (11.1195 s a segment), walking at 2.4 km/h
 * (166.79 s a segment, a slow walker for whom the service matters).
 *
 * <p>O (39.184) to D (39.195), both in the zone, 11 segments: the ride is 122.31 s of driving +
 * 1,200 s = 1,322 s (22 min); walking takes 1,834.7 s (30 min). These are the on-demand trips OTP's
 * flex router finds for the feed: a ride within the zone whenever it starts inside the day's
 * window, none outside it or on a day without service.
 */
class AspenFlexRoutingTest {

  @TempDir static Path dir;
  private static Network network;
  private static final RoutingSettings SLOW_WALK =
      new RoutingSettings(2.4, 16, 5, 60, 0, 20, 10, 4, 120);

  @BeforeAll
  static void build() throws Exception {
    StreetNetworkBuilder streets = StreetNetwork.builder();
    int access =
        StreetNetworkBuilder.bothWays(StreetMode.WALK)
            | StreetNetworkBuilder.bothWays(StreetMode.BIKE)
            | StreetNetworkBuilder.bothWays(StreetMode.CAR);
    int previous = streets.addNode(39.180, -106.82);
    for (int i = 1; i <= 30; i++) {
      int node = streets.addNode(39.180 + i * 0.001, -106.82);
      streets.addEdge(previous, node, 111.195, access, 36, 36);
      previous = node;
    }
    // a bus stop pair far north of the zone, so that the network has a timetable
    Map<String, String> gtfs = new LinkedHashMap<>();
    gtfs.put(
        "agency.txt",
        "agency_id,agency_name,agency_url,agency_timezone\n"
            + "ag,Agency,https://example.org,America/Denver\n");
    gtfs.put(
        "stops.txt",
        "stop_id,stop_name,stop_lat,stop_lon\nN1,N1,39.209,-106.82\nN2,N2,39.210,-106.82\n");
    gtfs.put("routes.txt", "route_id,agency_id,route_short_name,route_type\nR,ag,1,3\n");
    gtfs.put("trips.txt", "route_id,service_id,trip_id\nR,ALL,T\n");
    gtfs.put(
        "stop_times.txt",
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            + "T,06:00:00,06:00:00,N1,1\nT,06:01:00,06:01:00,N2,2\n");
    gtfs.put(
        "calendar.txt",
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            + "ALL,1,1,1,1,1,1,1,20200101,20221231\n");
    Network buses = SyntheticRegion.network(dir.resolve("gtfs"), gtfs, streets.build());
    network =
        buses.withCommunityTransport(
            new CommunityTransport(
                FlexFeedReader.read(
                    RepoFiles.resolve("gtfs-feeds/flex/otp_aspen-flex-on-demand"),
                    "aspen",
                    new ImportIssues())));
  }

  @Test
  void as01_winterTripFromEightInTheMorning() {
    assertEquals(22, minutes(LocalDate.of(2021, 1, 12), "09:00"));
  }

  @Test
  void as02_offSeasonTripOnlyFromEleven() {
    // 09:00: the window opens at 11:00, so walking (30) is quicker than waiting two hours
    assertEquals(30, minutes(LocalDate.of(2021, 6, 15), "09:00"));
    // 10:59: wait 60 s for the window, then 1,322 s: 1,382 s = 23 min
    assertEquals(23, minutes(LocalDate.of(2021, 6, 15), "10:59"));
  }

  @Test
  void as03_noServiceAfterTheFeedEnds() {
    assertEquals(30, minutes(LocalDate.of(2021, 12, 1), "09:00"));
  }

  @Test
  void as04_rideMustEndByTheWindowEnd() {
    // 22:37 + 1,322 s = 22:59:02, inside; 22:39 + 1,322 s = 23:01:02, after 23:00: walk
    assertEquals(22, minutes(LocalDate.of(2021, 1, 12), "22:37"));
    assertEquals(30, minutes(LocalDate.of(2021, 1, 12), "22:39"));
  }

  @Test
  void as05_realTimeBookingNeedsNoNotice() {
    // booking_type 0: open even to a rider who books on the spot
    CommunityTransportRequest spontaneous =
        CommunityTransportRequest.defaults().withBooking(BookingAssumption.spontaneous());
    assertEquals(22, minutes(LocalDate.of(2021, 1, 12), "09:00", spontaneous));
  }

  private static int minutes(LocalDate date, String at) {
    return minutes(date, at, CommunityTransportRequest.defaults());
  }

  private static int minutes(LocalDate date, String at, CommunityTransportRequest ct) {
    int start = ClockTime.parseSeconds(at);
    MatrixRequest request =
        new MatrixRequest(
            date, start, start + 60, 60, TravelMode.TRANSIT, new int[] {50}, -1, SLOW_WALK, ct);
    PointSet origin =
        new PointSet("o", List.of("o"), new double[] {39.184}, new double[] {-106.82}, Map.of());
    PointSet destination =
        new PointSet("d", List.of("d"), new double[] {39.195}, new double[] {-106.82}, Map.of());
    int[][][] result = new int[1][][];
    TravelTimeMatrix.compute(
        network, origin, destination, request, (o, values) -> result[0] = values, done -> {});
    return result[0][0][0] / 60;
  }
}
