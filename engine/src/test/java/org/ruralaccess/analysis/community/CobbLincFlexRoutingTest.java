package org.ruralaccess.analysis.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralaccess.analysis.matrix.MatrixRequest;
import org.ruralaccess.analysis.matrix.Percentiles;
import org.ruralaccess.analysis.matrix.TravelTimeMatrix;
import org.ruralaccess.ingest.community.FlexFeedReader;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.testing.RepoFiles;

/**
 * The real CobbLinc route 30 and route-deviation flex feeds on OTP's Cobb County extract, against
 * the trips OpenTripPlanner's own flex integration test finds (OTP
 * application/src/ext-test/.../ext/flex/FlexIntegrationTest.java, Thursday 2021-12-02):
 *
 * <ul>
 *   <li>"flexDirect": from 33.85281,-84.60271 (near the "Transfer Point for Route 30", stop cujv),
 *       walk to cujv and ride the Zone 2 trip leaving it at 13:00 to 33.8670,-84.6179 inside Flex
 *       Zone 2 (window 13:00-13:30).
 *   <li>"bus to flex": from 33.7552,-84.4631, outside every zone, by route 30, then a Zone 2 flex
 *       ride in the 14:30-15:00 window to 33.8694,-84.6233 inside Zone 2.
 * </ul>
 *
 * OTP's third case starts on MARTA route 856, a feed not bundled here.
 */
class CobbLincFlexRoutingTest {

  private static final LocalDate THURSDAY = LocalDate.of(2021, 12, 2);
  private static Network network;

  @BeforeAll
  static void build() {
    Network buses =
        new NetworkBuilder(line -> {})
            .build(RegionConfigReader.read(RepoFiles.resolve("regions/cobb")))
            .network();
    assertNotNull(buses);
    CommunityTransport flex =
        new CommunityTransport(
            FlexFeedReader.read(
                RepoFiles.resolve("gtfs-feeds/flex/otp_cobblinc-scheduled-deviated-flex"),
                "cobbflex",
                new ImportIssues()));
    network = buses.withCommunityTransport(flex);
  }

  @Test
  void flexDirect_walkToTheTransferPointAndRideTheThirteenHundredTrip() {
    // Same-day booking with 120 minutes' notice (booking_rules.txt): booked the day before, fine.
    // Zone 2 runs windows 12:30-13:00 and 13:00-13:30 (trips 7y7t 12:30 -> zone -> cujv 13:00 and
    // cujv 13:00 -> zone -> 7y7t 13:30). Leaving 12:40 the ride ends within the first window;
    // leaving 12:50 the first window cannot be finished, so the rider waits for the second to open
    // at 13:00 and arrives by 13:30; leaving later never arrives earlier.
    double[] trip = {33.85281, -84.60271, 33.86701256815635, -84.61787939071655};
    int at1240 = arrival("12:40", CommunityTransportRequest.defaults(), trip);
    int at1250 = arrival("12:50", CommunityTransportRequest.defaults(), trip);
    int at1252 = arrival("12:52", CommunityTransportRequest.defaults(), trip);
    assertTrue(at1240 <= ClockTime.parseSeconds("13:00"), ClockTime.format(at1240));
    assertTrue(
        at1250 > ClockTime.parseSeconds("13:00") && at1250 <= ClockTime.parseSeconds("13:30"),
        ClockTime.format(at1250));
    assertTrue(at1250 <= at1252);
    int[] leaving1255 = seconds("12:55", trip[0], trip[1], trip[2], trip[3]);
    // and it beats walking all the way (what a bus-only engine answers)
    int walkOnly =
        seconds(
            "12:55",
            CommunityTransportRequest.off(),
            33.85281,
            -84.60271,
            33.86701256815635,
            -84.61787939071655)[0];
    assertTrue(walkOnly == Percentiles.UNREACHED || walkOnly > leaving1255[0]);
  }

  @Test
  void busToFlex_route30ThenAZoneTwoRide() {
    int[] withFlex = seconds("12:00", 33.7552, -84.4631, 33.8694, -84.6233);
    int[] busOnly =
        seconds("12:00", CommunityTransportRequest.off(), 33.7552, -84.4631, 33.8694, -84.6233);
    assertTrue(withFlex[0] != Percentiles.UNREACHED, "found with flex");
    // OTP's itinerary arrives at 15:00 (its Zone 2 ride 14:30-15:00); ours is no later
    int arrival = ClockTime.parseSeconds("12:00") + withFlex[0];
    assertTrue(arrival <= ClockTime.parseSeconds("15:00"), ClockTime.format(arrival));
    assertEquals(Percentiles.UNREACHED, busOnly[0]);
  }

  private static int arrival(String from, CommunityTransportRequest ct, double[] trip) {
    int seconds = seconds(from, ct, trip[0], trip[1], trip[2], trip[3])[0];
    assertTrue(seconds != Percentiles.UNREACHED, "reached leaving " + from);
    return ClockTime.parseSeconds(from) + seconds;
  }

  private static int[] seconds(
      String from, double originLat, double originLon, double destLat, double destLon) {
    return seconds(
        from, CommunityTransportRequest.defaults(), originLat, originLon, destLat, destLon);
  }

  /** Median travel seconds over the minute after {@code from}. */
  private static int[] seconds(
      String from,
      CommunityTransportRequest ct,
      double originLat,
      double originLon,
      double destLat,
      double destLon) {
    int start = ClockTime.parseSeconds(from);
    MatrixRequest request =
        new MatrixRequest(
            THURSDAY,
            start,
            start + 60,
            60,
            TravelMode.TRANSIT,
            new int[] {50},
            -1,
            RoutingSettings.DEFAULTS,
            ct);
    PointSet origin =
        new PointSet(
            "o", List.of("o"), new double[] {originLat}, new double[] {originLon}, Map.of());
    PointSet destination =
        new PointSet("d", List.of("d"), new double[] {destLat}, new double[] {destLon}, Map.of());
    int[][][] result = new int[1][][];
    TravelTimeMatrix.compute(
        network, origin, destination, request, (o, values) -> result[0] = values, done -> {});
    return result[0][0];
  }
}
