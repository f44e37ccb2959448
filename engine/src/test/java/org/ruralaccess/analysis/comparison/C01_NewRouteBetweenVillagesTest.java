package org.ruralaccess.analysis.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.model.zone.AgeBand;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.scenario.Scenario;
import org.ruralaccess.scenario.ScenarioReader;
import org.ruralaccess.support.ProgressListener;
import org.ruralaccess.testing.SyntheticRegion;

/**
 * A new route between two villages improves exactly the zones it serves, by the hand-derived
 * amount. The road of {@link SyntheticRegion}: stops A (lat 50.00), B (50.05) and C (50.10),
 * 1,111.95 m per 0.01 degree, walking 834 s per 0.01 degree at 4.8 km/h, 20-minute walk limit.
 * Baseline: one bus B 08:00 -> C 08:10. A GP sits at C. Zones: village A (origin at A), village B
 * (at B) and a hamlet M at lat 50.02 (1,668 s = 27.8 min from A on foot: beyond the walk limit).
 * Scenario: a new stop at A (no baseline trip uses A, so the network has no stop there; the
 * scenario adds it and links it to the street) and a new route A -> C leaving A at 07:30, 20
 * minutes to C (07:50). Window 07:20-07:30, median of 10 departures.
 */
class C01_NewRouteBetweenVillagesTest {

  @TempDir Path dir;

  @Test
  void onlyVillageAGainsAndByTheHandDerivedAmount() throws Exception {
    Network baseline = network();
    Path scenarioFile = dir.resolve("scenario.yaml");
    Files.writeString(
        scenarioFile,
        """
        name: Village link
        modifications:
          - type: add-route
            id: V1
            shortName: V1
            routeType: 3
            stops:
              - {id: A, name: Village A, lat: 50.00, lon: 0.0}
              - t:C
            runningMinutes: [20]
            departures: ["07:30"]
            days: [mon, tue, wed, thu, fri]
        """);
    Scenario scenario = ScenarioReader.read(scenarioFile);
    ScenarioComparison.Result result =
        ScenarioComparison.compare(
            baseline,
            baseline.zones(),
            baseline.destinations(),
            scenario,
            request(),
            List.of(),
            silent());

    ResultTable table = result.comparison();
    // Village A. Baseline: C is 139 min on foot and B (for the 08:00 bus) 69.5 min: unreachable.
    // Scenario: departures 07:20..07:29 catch the 07:30 bus (60 s slack) and arrive 07:50: 30..21
    // min; the median (5th of 10) is 25 min.
    assertNull(value(table, "A", "gp_transit_min_minutes_base"));
    assertEquals(
        25.0, ((Number) value(table, "A", "gp_transit_min_minutes_scenario")).doubleValue());
    assertEquals(0, ((Number) value(table, "A", "gp_transit_pct30_base")).intValue());
    assertEquals(100, ((Number) value(table, "A", "gp_transit_pct30_scenario")).intValue());
    // Village B: the 08:00 bus both times: 50..41 min, median 45; the new route does not stop at
    // B. Hamlet M: nothing within its walk limit either way. Neither changes.
    assertEquals(
        value(table, "B", "gp_transit_pct60_base"), value(table, "B", "gp_transit_pct60_scenario"));
    assertEquals(
        value(table, "M", "gp_transit_pct60_base"), value(table, "M", "gp_transit_pct60_scenario"));
    // Summary: within 30 minutes, exactly village A's 300 residents (all ages use a GP) gain.
    Object[] gp30 =
        result.summary().rows().stream()
            .filter(r -> r[0].equals("gp") && r[1].equals(30) && r[2].equals("all"))
            .findFirst()
            .orElseThrow();
    assertEquals("[gp, 30, all, all, 1, 300, 0, 0]", Arrays.toString(gp30));
    assertEquals(List.of("scenario:V1"), result.changes().routesAdded());
    assertEquals(List.of("scenario:A"), result.changes().stopsAdded());
    assertEquals(1, result.timing().stopsLinkedAnew());
  }

  @Test
  void onlyTheZonesTheScenarioCanChangeAreRecomputed() throws Exception {
    Network baseline = network();
    Path scenarioFile = dir.resolve("remove.yaml");
    Files.writeString(
        scenarioFile,
        """
        name: No bus
        modifications:
          - type: remove-routes
            routes: [t:R1]
        """);
    ScenarioComparison.Result result =
        ScenarioComparison.compare(
            baseline,
            baseline.zones(),
            baseline.destinations(),
            ScenarioReader.read(scenarioFile),
            request(),
            List.of(),
            silent());
    // The removed pattern's stops B and C are watched. Village B walks to stop B (0 m) and is
    // recomputed; A (5,559.75 m from B) and M (3,335.85 m) have no stop within their 1,600 m walk,
    // run no transit search and keep the baseline's times: 1 of 3 zones recomputed.
    assertEquals(1, result.timing().zonesRecomputed());
    assertEquals(3, result.timing().zoneCount());
    // B loses the 08:00 bus (45 min, as above); it walks to C instead: 5 x 834 s = 69.5 min
    assertEquals(
        45.0,
        ((Number) value(result.comparison(), "B", "gp_transit_min_minutes_base")).doubleValue());
    assertEquals(
        69.5,
        ((Number) value(result.comparison(), "B", "gp_transit_min_minutes_scenario"))
            .doubleValue());
  }

  @Test
  void runningTimesLeftOutAreDerivedFromCarTimes() throws Exception {
    // No runningMinutes: A to C by car, 11,119.5 m at 60 km/h = 667 s (66.717 s a segment, rounded
    // once); times the default factor 1.25 = 833.75, rounded to 834 s. Leaving A at 07:30 the bus
    // reaches C at 07:43:54. Median departure 07:25 -> 18 min 54 s = 18.9 min.
    Network baseline = network();
    Path scenarioFile = dir.resolve("derived.yaml");
    Files.writeString(
        scenarioFile,
        """
        name: Village link, timed from the road
        modifications:
          - type: add-route
            id: V1
            stops:
              - {id: A, name: Village A, lat: 50.00, lon: 0.0}
              - t:C
            departures: ["07:30"]
            days: [mon, tue, wed, thu, fri]
        """);
    ScenarioComparison.Result result =
        ScenarioComparison.compare(
            baseline,
            baseline.zones(),
            baseline.destinations(),
            ScenarioReader.read(scenarioFile),
            request(),
            List.of(),
            silent());
    assertEquals(
        18.9,
        ((Number) value(result.comparison(), "A", "gp_transit_min_minutes_scenario"))
            .doubleValue());
  }

  private static Object value(ResultTable table, String zone, String column) {
    int c = table.columns().indexOf(column);
    if (c < 0) {
      throw new AssertionError("no column " + column + " in " + table.columns());
    }
    return table.rows().stream().filter(r -> r[0].equals(zone)).findFirst().orElseThrow()[c];
  }

  private Network network() throws Exception {
    Map<String, String> gtfs = new LinkedHashMap<>();
    gtfs.put(
        "agency.txt",
        "agency_id,agency_name,agency_url,agency_timezone\nag,A,https://example.org,Europe/London\n");
    gtfs.put(
        "stops.txt",
        "stop_id,stop_name,stop_lat,stop_lon\nA,A,50.00,0.0\nB,B,50.05,0.0\nC,C,50.10,0.0\n");
    gtfs.put("routes.txt", "route_id,agency_id,route_short_name,route_type\nR1,ag,1,3\n");
    gtfs.put("trips.txt", "route_id,service_id,trip_id\nR1,WEEKDAY,T1\n");
    gtfs.put(
        "stop_times.txt",
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,08:00:00,08:00:00,B,1\nT1,08:10:00,08:10:00,C,2\n");
    gtfs.put(
        "calendar.txt",
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            + "WEEKDAY,1,1,1,1,1,0,0,20240101,20241231\n");
    Network network =
        SyntheticRegion.network(dir.resolve("gtfs"), gtfs, SyntheticRegion.road(10, 60));
    ZoneSet zones =
        new ZoneSet(List.of(zone("A", 50.00, 300), zone("B", 50.05, 200), zone("M", 50.02, 50)));
    DestinationSet gp =
        new DestinationSet(List.of(new Destination("gp1", "Surgery", "gp", 50.10, 0.0, 1)));
    return network.withRegionData(zones, gp);
  }

  private static Zone zone(String code, double lat, double residents) {
    double[] bands = new double[AgeBand.values().length];
    bands[AgeBand.AGE_35_49.ordinal()] = residents;
    return new Zone(code, code, null, true, residents, bands, 5, null, lat, 0.0, "given");
  }

  private static AccessibilityRequest request() {
    return new AccessibilityRequest(
        LocalDate.of(2024, 1, 9),
        ClockTime.parseSeconds("07:20"),
        ClockTime.parseSeconds("07:30"),
        60,
        50,
        List.of(TravelMode.TRANSIT, TravelMode.WALK),
        RoutingSettings.DEFAULTS,
        IndicatorSettings.defaults());
  }

  private static ProgressListener silent() {
    return new ProgressListener() {
      @Override
      public void stage(String description, int originCount) {}

      @Override
      public void advance(int count) {}
    };
  }
}
