package org.ruralaccess.analysis.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.Network;
import org.ruralaccess.testing.SyntheticRegion;

/**
 * The walk to a destination starts where a ride ended, never after a walk between stops (found by
 * the OpenTripPlanner peer check, docs/validation.md). A straight road of 1,111.95 m segments (834
 * s each at 4.8 km/h); stops A (lat 50.00), B (50.05), C (50.06). T1 rides A 08:00 to B 08:10; T2
 * rides A 08:30 to C 08:45. Limits: egress walk 20 min (1,200 s), transfer walk 15 min (900 s: B to
 * C, 834 s, is allowed), trips 150 min. Departure 07:59 (T1 caught with 60 s board slack).
 */
class EgressAfterRideTest {

  @TempDir static Path dir;
  private static Network network;

  private static final RoutingSettings SETTINGS =
      new RoutingSettings(4.8, 16, 5, 60, 0, 20, 15, 4, 150);

  @BeforeAll
  static void buildNetwork() throws Exception {
    Map<String, String> gtfs = new LinkedHashMap<>();
    gtfs.put(
        "agency.txt",
        "agency_id,agency_name,agency_url,agency_timezone\n"
            + "ag,Agency,https://example.org,Europe/London\n");
    gtfs.put(
        "stops.txt",
        "stop_id,stop_name,stop_lat,stop_lon\nA,A,50.00,0.0\nB,B,50.05,0.0\nC,C,50.06,0.0\n");
    gtfs.put("routes.txt", "route_id,agency_id,route_short_name,route_type\nR1,ag,1,3\n");
    gtfs.put("trips.txt", "route_id,service_id,trip_id\nR1,WEEKDAY,T1\nR1,WEEKDAY,T2\n");
    gtfs.put(
        "stop_times.txt",
        """
        trip_id,arrival_time,departure_time,stop_id,stop_sequence
        T1,08:00:00,08:00:00,A,1
        T1,08:10:00,08:10:00,B,2
        T2,08:30:00,08:30:00,A,1
        T2,08:45:00,08:45:00,C,2
        """);
    gtfs.put(
        "calendar.txt",
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            + "WEEKDAY,1,1,1,1,1,0,0,20240101,20241231\n");
    network = SyntheticRegion.network(dir.resolve("gtfs"), gtfs, SyntheticRegion.road(10, 60));
  }

  @Test
  void noEgressWalkAfterATransferWalk() {
    // Destination at lat 50.07, one segment past C. Via T1 to B (08:10), the transfer walk to C
    // (834 s, 08:23:54) and the egress walk (834 s, 08:37:48) the engine used to answer 38 min,
    // 27.8 min of walking after the last ride against the 20-minute egress limit. From B itself
    // the egress is two segments, 1,668 s > 1,200 s. So: T2 to C at 08:45:00 plus 834 s =
    // 08:58:54, 59 min 54 s after 07:59: 59 min (walking all the way, seven segments, is 97 min).
    assertEquals(59, minutesTo(50.07));
  }

  @Test
  void egressWalkAfterARideStillCounts() {
    // Destination at lat 50.06 (C's place), one segment from B: T1 to B at 08:10:00 plus 834 s =
    // 08:23:54, 24 min 54 s after 07:59: 24 min.
    assertEquals(24, minutesTo(50.06));
  }

  private static int minutesTo(double destinationLat) {
    MatrixRequest request =
        new MatrixRequest(
            LocalDate.of(2024, 1, 9),
            ClockTime.parseSeconds("07:59"),
            ClockTime.parseSeconds("08:00"),
            60,
            TravelMode.TRANSIT,
            new int[] {50},
            -1,
            SETTINGS);
    PointSet origin =
        new PointSet("test", List.of("o"), new double[] {50.0}, new double[] {0.0}, Map.of());
    PointSet destination =
        new PointSet(
            "test", List.of("d"), new double[] {destinationLat}, new double[] {0.0}, Map.of());
    int[][][] result = new int[1][][];
    TravelTimeMatrix.compute(
        network, origin, destination, request, (o, values) -> result[0] = values, done -> {});
    return result[0][0][0] / 60;
  }
}
