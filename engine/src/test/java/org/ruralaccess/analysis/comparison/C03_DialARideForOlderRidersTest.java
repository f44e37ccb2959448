package org.ruralaccess.analysis.comparison;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.analysis.accessibility.AccessibilityAnalysis;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.analysis.accessibility.RiderIndicators;
import org.ruralaccess.analysis.accessibility.RiderTransitTimes;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.export.TableCsvWriter;
import org.ruralaccess.ingest.community.SchemeFileReader;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;
import org.ruralaccess.testing.SyntheticRegion;

/**
 * Rider groups and the community transport contribution on a network with a dial-a-ride for older
 * and disabled residents, routed for real. The road of {@link SyntheticRegion}: thirty 1,111.95 m
 * segments along longitude 0 from lat 50.00, cars at 36 km/h (111.195 s a segment), walking 834 s a
 * segment (4.8 km/h). A bus H (50.10) 09:00 -> T (50.30) on weekdays, which no zone here needs. The
 * dial-a-ride covers the strip lat 49.995..50.105, weekdays 08:00-12:00, booked the day before,
 * ride = 1.5 x car time + 6 minutes, for {@code age_60_plus} and {@code disabled}.
 *
 * <p>Zones: O (origin at 50.00; 400 of its 1,000 residents aged 65+) and H (50.10; 100 of 500). One
 * GP at V (50.09). Tuesday 09:00-09:10, median, modes transit and walk.
 *
 * <ul>
 *   <li>O to V: walking 9 x 834 = 7,506 s, beyond the 120-minute maximum: unreached. Dial-a-ride: 9
 *       x 111.195 = 1,000.755 s driving, 1,001 s in the car search's whole seconds; x 1.5 + 360 =
 *       1,861.5, rounded 1,862 s = 31.03 min, at every departure.
 *   <li>H to V: walking 834 s = 13.9 min; dial-a-ride 111 s (whole seconds) x 1.5 + 360 = 526.5,
 *       rounded 527 s = 8.78 min.
 * </ul>
 */
class C03_DialARideForOlderRidersTest {

  @TempDir static Path dir;
  private static Network network;

  @BeforeAll
  static void buildNetwork() throws Exception {
    Map<String, String> gtfs = new LinkedHashMap<>();
    gtfs.put(
        "agency.txt",
        "agency_id,agency_name,agency_url,agency_timezone\n"
            + "ag,Agency,https://example.org,Europe/London\n");
    gtfs.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nH,H,50.10,0.0\nT,T,50.30,0.0\n");
    gtfs.put("routes.txt", "route_id,agency_id,route_short_name,route_type\nR,ag,1,3\n");
    gtfs.put("trips.txt", "route_id,service_id,trip_id\nR,WEEKDAY,OUT\n");
    gtfs.put(
        "stop_times.txt",
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            + "OUT,09:00:00,09:00:00,H,1\nOUT,09:20:00,09:20:00,T,2\n");
    gtfs.put(
        "calendar.txt",
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            + "WEEKDAY,1,1,1,1,1,0,0,20240101,20241231\n");
    Path schemes = dir.resolve("schemes.yaml");
    Files.writeString(
        schemes,
        """
        id: test
        schemes:
          - id: dar
            kind: dial_a_ride
            days: [monday, tuesday, wednesday, thursday, friday]
            hours: ["08:00-12:00"]
            area:
              geojson: {type: Polygon, coordinates: [[[-0.01, 49.995], [0.01, 49.995], [0.01, 50.105], [-0.01, 50.105], [-0.01, 49.995]]]}
            booking: {type: prior_days, days: 1, latest_time: "16:00"}
            eligibility: [age_60_plus, disabled]
            vehicle_time: {factor: 1.5, offset_minutes: 6}
        """);
    ZoneSet zones =
        new ZoneSet(
            List.of(
                zone("O", 50.00, new double[] {100, 50, 100, 150, 200, 400}),
                zone("H", 50.10, new double[] {100, 50, 50, 100, 100, 100})));
    DestinationSet gp =
        new DestinationSet(List.of(new Destination("gp1", "Surgery", "gp", 50.09, 0.0, 1)));
    network =
        SyntheticRegion.network(dir.resolve("gtfs"), gtfs, SyntheticRegion.road(30, 36))
            .withCommunityTransport(new CommunityTransport(SchemeFileReader.read(schemes)))
            .withRegionData(zones, gp);
  }

  /** What one run produces, and the progress it reported. */
  private record Run(
      ResultTable riders, CommunityTransportContribution.Result contribution, List<String> log) {}

  private static Run run() {
    AccessibilityRequest request =
        new AccessibilityRequest(
            LocalDate.of(2024, 1, 9),
            ClockTime.parseSeconds("09:00"),
            ClockTime.parseSeconds("09:10"),
            60,
            50,
            List.of(TravelMode.TRANSIT, TravelMode.WALK),
            RoutingSettings.DEFAULTS,
            IndicatorSettings.defaults());
    List<String> log = new ArrayList<>();
    ProgressListener progress =
        new ProgressListener() {
          @Override
          public void stage(String description, int originCount) {
            log.add("stage " + description);
          }

          @Override
          public void advance(int count) {}

          @Override
          public void note(String line) {
            log.add("note " + line);
          }
        };
    Map<TravelMode, int[][]> times =
        AccessibilityAnalysis.travelTimes(
            network, network.zones(), network.destinations(), request, request.modes(), progress);
    RiderTransitTimes riderTimes =
        RiderTransitTimes.compute(
            network,
            network.zones(),
            network.destinations(),
            request,
            List.of(RiderGroup.GENERAL, RiderGroup.OLDER, RiderGroup.DISABLED),
            times.get(TravelMode.TRANSIT),
            progress);
    return new Run(
        RiderIndicators.table(
            network.zones(), network.destinations(), times, riderTimes, request.indicators()),
        CommunityTransportContribution.compute(
            network.zones(), network.destinations(), riderTimes, request.indicators()),
        log);
  }

  @Test
  void riderIndicatorsUseEachGroupsSchemesAndPopulation() {
    ResultTable riders = run().riders();
    assertEquals("rider", riders.columns().get(6));
    // General riders may not use the dial-a-ride: O stays cut off; older riders reach the GP in
    // 1,862 s = 31.03 min, weighted by the 400 aged 65+; disabled riders by all 1,000 residents.
    assertNull(value(riders, "general", "O", "gp_transit_min_minutes"));
    assertEquals(1000.0, value(riders, "general", "O", "gp_users"));
    assertEquals(1862 / 60.0, (Double) value(riders, "older", "O", "gp_transit_min_minutes"), 1e-9);
    assertEquals(400.0, value(riders, "older", "O", "gp_users"));
    assertEquals(
        1862 / 60.0, (Double) value(riders, "disabled", "O", "gp_transit_min_minutes"), 1e-9);
    assertEquals(1000.0, value(riders, "disabled", "O", "gp_users"));
    // H: walking 834 s = 13.9 min for everyone; transit with the dial-a-ride 527 s.
    assertEquals(13.9, (Double) value(riders, "older", "H", "gp_walk_min_minutes"), 1e-9);
    assertEquals(13.9, (Double) value(riders, "general", "H", "gp_transit_min_minutes"), 1e-9);
    assertEquals(527 / 60.0, (Double) value(riders, "older", "H", "gp_transit_min_minutes"), 1e-9);
  }

  @Test
  void contributionAndResidentsGainingByRiderGroup() {
    CommunityTransportContribution.Result result = run().contribution();
    ResultTable table = result.table();
    assertNull(value(table, "older", "O", "gp_transit_min_minutes_without"));
    assertEquals(100.0, value(table, "older", "O", "gp_transit_pct45_change"));
    // H: 834 s -> 527 s, 307 s = 5.117 min sooner
    assertEquals(
        -307 / 60.0, (Double) value(table, "older", "H", "gp_transit_min_minutes_change"), 1e-9);
    assertEquals(0.0, value(table, "general", "H", "gp_transit_min_minutes_change"));
    // Within 45 minutes: O's 400 older residents, or its 1,000 residents as disabled riders (all
    // residents stand in for the disabled among them); general riders gain nothing.
    assertEquals("[older, gp, 45, all, all, 1, 400, 0, 0]", gains(result, "older", 45));
    assertEquals("[disabled, gp, 45, all, all, 1, 1000, 0, 0]", gains(result, "disabled", 45));
    assertEquals("[general, gp, 45, all, all, 0, 0, 0, 0]", gains(result, "general", 45));
    // H was within 15 minutes on foot already
    assertEquals("[older, gp, 15, all, all, 0, 0, 0, 0]", gains(result, "older", 15));
  }

  @Test
  void ridersWithTheSameUsableSchemesShareOneTransitRun() {
    // Transit runs: the main one (general riders: no usable scheme) and older riders'. Disabled
    // riders may use the same scheme as older ones; "without" the same none as general riders.
    assertEquals(
        List.of(
            "stage transit with community transport (general riders, day-before booking): 2 zone"
                + " origins to 1 destination places",
            // walking is read off the transit search's own walk search, not a stage of its own
            "note walk: 2 zone origins, read off the transit search's walks",
            "stage transit with community transport (older riders, day-before booking): 2 zone"
                + " origins to 1 destination places",
            "note transit with community transport (disabled riders, day-before booking): the same"
                + " usable schemes as for older riders (1 scheme), times reused",
            "note transit without community transport: the same usable schemes as for general"
                + " riders (0 schemes), times reused"),
        run().log());
  }

  @Test
  void sameInputsSameBytes() throws Exception {
    Run first = run();
    Run second = run();
    for (ResultTable[] pair :
        List.of(
            new ResultTable[] {first.riders(), second.riders()},
            new ResultTable[] {first.contribution().table(), second.contribution().table()},
            new ResultTable[] {
              first.contribution().accessChanges(), second.contribution().accessChanges()
            })) {
      Path a = dir.resolve("a-" + pair[0].name() + ".csv");
      Path b = dir.resolve("b-" + pair[0].name() + ".csv");
      TableCsvWriter.write(pair[0], a);
      TableCsvWriter.write(pair[1], b);
      assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), pair[0].name());
    }
  }

  private static String gains(
      CommunityTransportContribution.Result result, String rider, int cutoff) {
    return Arrays.toString(
        result.accessChanges().rows().stream()
            .filter(
                r ->
                    r[0].equals(rider)
                        && r[1].equals("gp")
                        && r[2].equals(cutoff)
                        && r[3].equals("all"))
            .findFirst()
            .orElseThrow());
  }

  private static Object value(ResultTable table, String rider, String zone, String column) {
    int c = table.columns().indexOf(column);
    if (c < 0) {
      throw new AssertionError("no column " + column + " in " + table.columns());
    }
    return table.rows().stream()
        .filter(r -> r[6].equals(rider) && r[0].equals(zone))
        .findFirst()
        .orElseThrow()[c];
  }

  private static Zone zone(String code, double lat, double[] bands) {
    double total = Arrays.stream(bands).sum();
    return new Zone(code, code, null, true, total, bands, 3, "rural", lat, 0.0, "given");
  }
}
