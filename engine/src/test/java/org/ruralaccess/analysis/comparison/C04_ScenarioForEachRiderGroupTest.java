package org.ruralaccess.analysis.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.analysis.indicators.IndicatorStyle;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.scenario.Scenario;
import org.ruralaccess.scenario.ScenarioReader;
import org.ruralaccess.support.ProgressListener;
import org.ruralaccess.testing.SyntheticRegion;

/**
 * {@code rae compare --riders}: a scenario that adds a dial-a-ride for older and disabled residents
 * to a network without community transport changes nothing for general riders, so the main
 * comparison shows nothing; the per-rider comparison shows it. The road, the bus, the zones and the
 * GP are those of {@link C03_DialARideForOlderRidersTest}, as are the times: O to the GP
 * unreachable on foot, 9 x 111.195 s driving = 1,001 s, x 1.5 + 360 = 1,862 s (31.03 min) by the
 * dial-a-ride; H 834 s (13.9 min) on foot, 527 s (8.78 min) by the dial-a-ride. Tuesday
 * 09:00-09:10, median, transit and walk.
 */
class C04_ScenarioForEachRiderGroupTest {

  @TempDir static Path dir;
  private static Network baseline;
  private static Scenario scenario;

  @BeforeAll
  static void build() throws Exception {
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
    ZoneSet zones =
        new ZoneSet(
            List.of(
                zone("O", 50.00, new double[] {100, 50, 100, 150, 200, 400}),
                zone("H", 50.10, new double[] {100, 50, 50, 100, 100, 100})));
    DestinationSet gp =
        new DestinationSet(List.of(new Destination("gp1", "Surgery", "gp", 50.09, 0.0, 1)));
    baseline =
        SyntheticRegion.network(dir.resolve("gtfs"), gtfs, SyntheticRegion.road(30, 36))
            .withRegionData(zones, gp);
    Path file = dir.resolve("dial-a-ride.yaml");
    Files.writeString(
        file,
        """
        name: Dial-a-ride for older residents
        modifications:
          - type: add-scheme
            scheme:
              id: dar
              kind: dial_a_ride
              days: [monday, tuesday, wednesday, thursday, friday]
              hours: ["08:00-12:00"]
              area:
                geojson: {type: Polygon, coordinates: [[[-0.01, 49.995], [0.01, 49.995], [0.01, 50.105], [-0.01, 50.105], [-0.01, 49.995]]]}
              booking: {type: prior_days, days: 1, latest_time: "16:00"}
              eligibility: [age_60_plus, disabled]
              vehicle_time: {factor: 1.5, offset_minutes: 6}
        """);
    scenario = ScenarioReader.read(file);
  }

  private static ScenarioComparison.Result compare(IndicatorStyle style, List<RiderGroup> riders) {
    AccessibilityRequest request =
        new AccessibilityRequest(
            LocalDate.of(2024, 1, 9),
            ClockTime.parseSeconds("09:00"),
            ClockTime.parseSeconds("09:10"),
            60,
            50,
            List.of(TravelMode.TRANSIT, TravelMode.WALK),
            RoutingSettings.DEFAULTS,
            IndicatorSettings.defaults().withStyle(style));
    return ScenarioComparison.compare(
        baseline,
        baseline.zones(),
        baseline.destinations(),
        scenario,
        request,
        riders,
        ProgressListener.SILENT);
  }

  @Test
  void eachRiderGroupSeesTheSchemesItMayUse() {
    ScenarioComparison.Result result =
        compare(IndicatorStyle.ENGINE, List.of(RiderGroup.GENERAL, RiderGroup.OLDER));
    // the main comparison is for general riders, who may not use the scheme: nothing changes
    assertEquals(
        List.of(
            "zone_code", "zone_name", "in_study_area", "population", "imd_decile", "rural_urban"),
        result.comparison().columns());
    ResultTable riders = result.riderTables().get(0);
    assertEquals("rider_comparison", riders.name());
    assertEquals("rider", riders.columns().get(6));
    // O, older riders: no GP before; 1,862 s = 31.03 min after; the change has no value (null
    // minus a number); within 45 minutes 0 -> 100 %
    assertNull(value(riders, "older", "O", "gp_transit_min_minutes_base"));
    assertEquals(
        1862 / 60.0, (Double) value(riders, "older", "O", "gp_transit_min_minutes_scenario"), 1e-9);
    assertNull(value(riders, "older", "O", "gp_transit_min_minutes_change"));
    assertEquals(100.0, value(riders, "older", "O", "gp_transit_pct45_change"));
    // H, older riders: 834 s on foot -> 527 s, 307 s = 5.117 min sooner; general riders: no change
    assertEquals(
        -307 / 60.0, (Double) value(riders, "older", "H", "gp_transit_min_minutes_change"), 1e-9);
    assertEquals(0.0, value(riders, "general", "H", "gp_transit_min_minutes_change"));
    assertEquals(0.0, value(riders, "general", "O", "gp_transit_pct45_change"));
    // residents gaining access within 45 min: O's 400 aged 65+ for older riders, none for general
    ResultTable changes = result.riderTables().get(1);
    assertEquals("rider_access_changes", changes.name());
    assertEquals("[older, gp, 45, all, all, 1, 400, 0, 0]", row(changes, "older", 45));
    assertEquals("[general, gp, 45, all, all, 0, 0, 0, 0]", row(changes, "general", 45));
  }

  @Test
  void jtsStyleNamesTheComparisonAsJtsDoes() {
    ScenarioComparison.Result result = compare(IndicatorStyle.JTS, List.of(RiderGroup.OLDER));
    // without rider groups the main table has only the zone columns; the rider table has the
    // JTS names of the measures that change (GPPTt: minimum time; GPPT45pct: % within 45)
    ResultTable riders = result.riderTables().get(0);
    assertEquals("LSOA21CD", riders.columns().get(0));
    assertTrue(riders.columns().contains("GPPTt_scenario"), riders.columns().toString());
    assertEquals(100.0, value(riders, "older", "O", "GPPT45pct_change"));
    assertTrue(
        riders.columns().stream().noneMatch(c -> c.startsWith("gp_")), riders.columns().toString());
    // the summary still reads the engine names
    assertTrue(result.baseline().zoneIndicators().columns().contains("gp_transit_min_minutes"));
  }

  @Test
  void noRiderGroupsNoRiderTables() {
    assertEquals(List.of(), compare(IndicatorStyle.ENGINE, List.of()).riderTables());
  }

  private static String row(ResultTable changes, String rider, int cutoff) {
    return Arrays.toString(
        changes.rows().stream()
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
