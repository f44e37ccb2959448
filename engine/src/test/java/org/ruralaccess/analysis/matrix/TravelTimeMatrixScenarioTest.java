package org.ruralaccess.analysis.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * End-to-end travel times (GTFS text -> network -> range-RAPTOR -> percentiles) on a straight road
 * of ten 1,111.95 m segments, stops A (lat 50.00), B (50.05) and C (50.10) on it. Walking a segment
 * at 4.8 km/h takes 1,111.95 / 1.3333 = 834 s; A to C, 11,119.5 m, takes 8,340 s = 139 min. Board
 * slack 60 s. Results in whole minutes, rounded down; percentiles by nearest rank.
 */
class TravelTimeMatrixScenarioTest {

  @TempDir static Path dir;
  private static Network network;

  private static final String AGENCY =
      "agency_id,agency_name,agency_url,agency_timezone\nag,Agency,https://example.org,Europe/London\n";
  private static final String STOPS =
      """
      stop_id,stop_name,stop_lat,stop_lon
      A,A,50.00,0.0
      B,B,50.05,0.0
      C,C,50.10,0.0
      """;
  private static final String ROUTES =
      "route_id,agency_id,route_short_name,route_type\nR1,ag,1,3\nR2,ag,2,3\n";
  // T1 runs Monday to Friday; T2 only on Wednesday 2024-01-10 (calendar_dates only); F runs every
  // 10 minutes 09:10-10:00 on weekdays.
  private static final String TRIPS =
      """
      route_id,service_id,trip_id
      R1,WEEKDAY,T1
      R1,ONLY_10TH,T2
      R2,WEEKDAY,F
      """;
  private static final String STOP_TIMES =
      """
      trip_id,arrival_time,departure_time,stop_id,stop_sequence
      T1,08:00:00,08:00:00,A,1
      T1,08:10:00,08:10:00,B,2
      T1,08:20:00,08:20:00,C,3
      T2,08:30:00,08:30:00,A,1
      T2,08:50:00,08:50:00,C,2
      F,00:00:00,00:00:00,A,1
      F,00:20:00,00:20:00,C,2
      """;
  private static final String CALENDAR =
      """
      service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date
      WEEKDAY,1,1,1,1,1,0,0,20240101,20241231
      """;
  private static final String CALENDAR_DATES =
      "service_id,date,exception_type\nONLY_10TH,20240110,1\n";
  private static final String FREQUENCIES =
      "trip_id,start_time,end_time,headway_secs\nF,09:10:00,10:00:00,600\n";

  private static final LocalDate TUESDAY = LocalDate.of(2024, 1, 9);
  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 1, 10);

  @BeforeAll
  static void buildNetwork() throws Exception {
    Map<String, String> gtfs = new LinkedHashMap<>();
    gtfs.put("agency.txt", AGENCY);
    gtfs.put("stops.txt", STOPS);
    gtfs.put("routes.txt", ROUTES);
    gtfs.put("trips.txt", TRIPS);
    gtfs.put("stop_times.txt", STOP_TIMES);
    gtfs.put("calendar.txt", CALENDAR);
    gtfs.put("calendar_dates.txt", CALENDAR_DATES);
    gtfs.put("frequencies.txt", FREQUENCIES);
    network = SyntheticRegion.network(dir.resolve("gtfs"), gtfs, SyntheticRegion.road(10, 60));
  }

  @Test
  void b01_busFromAToC_initialWaitIncluded() {
    // Departures 07:50..07:59; T1 leaves A at 08:00 (07:59 + 60 s slack = 08:00, still caught)
    // and reaches C at 08:20: 30, 29, ..., 21 min. Nearest rank over 10: p5 -> 1st = 21,
    // p50 -> 5th = 25, p95 -> 10th = 30.
    assertEquals("21,25,30", transit(TUESDAY, "07:50", "08:00", 50.10, new int[] {5, 50, 95}));
  }

  @Test
  void b02_walkingBeatsTheBus() {
    // Destination at lat 50.01, one segment from A: walk 834 s = 13 min. The bus would go via B
    // (lat 50.05) and leave 4.4 km to walk back, beyond the 20-minute egress limit.
    assertEquals("13,13,13", transit(TUESDAY, "07:50", "08:00", 50.01, new int[] {5, 50, 95}));
  }

  @Test
  void b03_tripRunningOnlyOnSomeDates() {
    // 08:21-08:31: T1 (08:00) is gone. On Tuesday the next way to C is the frequency route F at
    // 09:10 (arriving 09:30): departures 08:21..08:30 give 69..60 min; p5 = 60, p50 = 5th
    // smallest = 64, p95 = 69. On Wednesday T2 also runs, leaving A at 08:30 (last catchable
    // departure 08:29 with the slack) and reaching C at 08:50: 08:21..08:29 give 29..21 min,
    // 08:30 falls back to F: 60. Sorted 21..29, 60: p5 = 21, p50 = 25, p95 = 60.
    assertEquals("60,64,69", transit(TUESDAY, "08:21", "08:31", 50.10, new int[] {5, 50, 95}));
    assertEquals("21,25,60", transit(WEDNESDAY, "08:21", "08:31", 50.10, new int[] {5, 50, 95}));
  }

  @Test
  void b04_frequencyBasedTrips() {
    // F every 10 min from 09:10, 20 min to C. Departure 09:00 misses nothing but waits for 09:10:
    // 30 min; 09:01..09:09 -> 29..21 (09:09 + 60 s = 09:10, caught). p50 = 25.
    assertEquals("21,25,30", transit(TUESDAY, "09:00", "09:10", 50.10, new int[] {5, 50, 95}));
  }

  @Test
  void b05_arriveBy() {
    // Arrive at C by 08:25: T1 arrives 08:20; the latest departure catching it is 07:59 (slack),
    // 21 min of travel.
    MatrixRequest request =
        request(
            TUESDAY,
            0,
            0,
            TravelMode.TRANSIT,
            new int[] {50},
            RoutingSettings.DEFAULTS,
            ClockTime.parseSeconds("08:25"));
    int[] answer = run(request, 50.10)[0];
    assertEquals("07:59:00 21", ClockTime.format(answer[0]) + " " + answer[1] / 60);
  }

  @Test
  void b06_streetModes() {
    // A to C, 11,119.5 m. Walk 8,340 s = 139 min: beyond 120, unreachable; with 150 allowed, 139.
    // Bike at 16 km/h: 11,119.5 / 4.4444 = 2,502 s, plus 5 min = 2,802 s = 46 min.
    // Car at 60 km/h: 11,119.5 / 16.667 = 667 s = 11 min.
    RoutingSettings longer = new RoutingSettings(4.8, 16, 5, 60, 0, 20, 10, 4, 150);
    assertEquals(Percentiles.UNREACHED, streetMinutes(TravelMode.WALK, RoutingSettings.DEFAULTS));
    assertEquals(139, streetMinutes(TravelMode.WALK, longer));
    assertEquals(46, streetMinutes(TravelMode.BIKE, RoutingSettings.DEFAULTS));
    assertEquals(11, streetMinutes(TravelMode.CAR, RoutingSettings.DEFAULTS));
  }

  private static int streetMinutes(TravelMode mode, RoutingSettings routing) {
    int seconds =
        run(
            request(
                TUESDAY,
                ClockTime.parseSeconds("08:00"),
                ClockTime.parseSeconds("08:01"),
                mode,
                new int[] {50},
                routing,
                -1),
            50.10)[0][0];
    return seconds == Percentiles.UNREACHED ? seconds : seconds / 60;
  }

  private static String transit(
      LocalDate date, String from, String to, double destinationLat, int[] percentiles) {
    MatrixRequest request =
        request(
            date,
            ClockTime.parseSeconds(from),
            ClockTime.parseSeconds(to),
            TravelMode.TRANSIT,
            percentiles,
            RoutingSettings.DEFAULTS,
            -1);
    int[] values = run(request, destinationLat)[0];
    List<String> minutes = new ArrayList<>();
    for (int value : values) {
      minutes.add(value == Percentiles.UNREACHED ? "" : String.valueOf(value / 60));
    }
    return String.join(",", minutes);
  }

  private static MatrixRequest request(
      LocalDate date,
      int from,
      int to,
      TravelMode mode,
      int[] percentiles,
      RoutingSettings routing,
      int arriveBy) {
    return new MatrixRequest(date, from, to, 60, mode, percentiles, arriveBy, routing);
  }

  /** Travel from A (lat 50.00) to one destination on the road. */
  private static int[][] run(MatrixRequest request, double destinationLat) {
    PointSet origin =
        new PointSet("test", List.of("o"), new double[] {50.0}, new double[] {0.0}, Map.of());
    PointSet destination =
        new PointSet(
            "test", List.of("d"), new double[] {destinationLat}, new double[] {0.0}, Map.of());
    int[][][] result = new int[1][][];
    TravelTimeMatrix.compute(
        network, origin, destination, request, (o, values) -> result[0] = values, done -> {});
    return result[0];
  }
}
