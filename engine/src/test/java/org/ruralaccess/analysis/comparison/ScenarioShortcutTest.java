package org.ruralaccess.analysis.comparison;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.export.TableCsvWriter;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.scenario.ScenarioReader;
import org.ruralaccess.support.ProgressListener;
import org.ruralaccess.testing.SyntheticRegion;

/**
 * The scenario shortcut (recompute only the zones a scenario can change, {@link
 * org.ruralaccess.analysis.matrix.ScenarioFootprint}) is exact: on seeded random networks and
 * scenarios the comparison's tables (baseline and scenario indicators, the comparison, its summary)
 * are byte for byte those of a full recomputation of every zone.
 *
 * <p>Each network lies on the 60-segment road of {@link SyntheticRegion} (66.7 km north-south):
 * stops every two segments (2,223.9 m), six routes over random runs of 3-7 consecutive stops in
 * either direction with 2-5 trips, a zone at every road node (61) and nine destinations. With a
 * 45-minute trip limit a zone reaches only the routes near it, so a scenario touching one route
 * changes some zones, leaves others alone, and the shortcut has both kinds to get right. The
 * scenarios: a route removed, its headway changed, an added route through a new stop, a route sped
 * up, a stop dropped, trips removed, or two of these at once. The exhaustive real-data check (every
 * example scenario, all 1,227 Porto Alegre zones, through {@code rae compare}) is {@code
 * benchmarks/shortcut-check}; {@link PoaShortcutsTest} is its small real-data sample.
 */
public class ScenarioShortcutTest {

  private static final int SEEDS = 24;
  private static final int STOPS = 31;
  private static final int ROUTES = 6;
  private static final int ZONES = 61;

  @TempDir Path dir;

  @Test
  void shortcutEqualsFullRecomputationOnRandomNetworksAndScenarios() throws Exception {
    int recomputedInAll = 0;
    int changedInAll = 0;
    int partial = 0;
    for (int seed = 1; seed <= SEEDS; seed++) {
      Random random = new Random(seed);
      List<List<Integer>> routeCalls = new ArrayList<>();
      Network network = network(dir.resolve("n" + seed), random, routeCalls);
      Path scenario = dir.resolve("s" + seed + ".yaml");
      Files.writeString(scenario, scenario(random, seed, routeCalls));
      AccessibilityRequest request = request();
      ScenarioComparison.Result shortcut = compare(network, scenario, request, false);
      ScenarioComparison.Result full = compare(network, scenario, request, true);
      String name = "seed " + seed;
      assertEquals(ZONES, full.timing().zonesRecomputed(), name);
      assertSameBytes(
          name, "before", shortcut.baseline().zoneIndicators(), full.baseline().zoneIndicators());
      assertSameBytes(
          name, "after", shortcut.scenario().zoneIndicators(), full.scenario().zoneIndicators());
      assertSameBytes(name, "comparison", shortcut.comparison(), full.comparison());
      assertSameBytes(name, "summary", shortcut.summary(), full.summary());
      int recomputed = shortcut.timing().zonesRecomputed();
      int changed = changedZones(full);
      // every zone the scenario changes must have been recomputed
      assertTrue(recomputed >= changed, name + ": " + recomputed + " < " + changed);
      System.out.printf(
          "%s: %d of %d zones recomputed, %d changed%n", name, recomputed, ZONES, changed);
      recomputedInAll += recomputed;
      changedInAll += changed;
      partial += recomputed > 0 && recomputed < ZONES ? 1 : 0;
    }
    System.out.printf(
        "scenario shortcut, %d seeds: %d of %d zones recomputed, %d changed, %d seeds partial%n",
        SEEDS, recomputedInAll, SEEDS * ZONES, changedInAll, partial);
    // Not vacuous: the scenarios changed zones, the shortcut skipped zones, and most seeds had
    // zones of both kinds (the counts are deterministic: seeded networks, no clock).
    assertTrue(changedInAll > 0, "no scenario changed any zone");
    assertTrue(recomputedInAll < SEEDS * ZONES, "the shortcut never skipped a zone");
    assertTrue(partial >= SEEDS / 2, "only " + partial + " seeds recomputed some zones only");
  }

  private static ScenarioComparison.Result compare(
      Network network, Path scenario, AccessibilityRequest request, boolean everyZone) {
    return ScenarioComparison.compare(
        network,
        network.zones(),
        network.destinations(),
        ScenarioReader.read(scenario),
        request,
        List.of(),
        everyZone,
        ProgressListener.SILENT);
  }

  /** Tuesday 07:00-07:30 every minute, median, transit; a 45-minute trip limit. */
  public static AccessibilityRequest request() {
    RoutingSettings d = RoutingSettings.DEFAULTS;
    return new AccessibilityRequest(
        LocalDate.of(2024, 1, 9),
        ClockTime.parseSeconds("07:00"),
        ClockTime.parseSeconds("07:30"),
        60,
        50,
        List.of(TravelMode.TRANSIT),
        new RoutingSettings(
            d.walkSpeedKmh(),
            d.bikeSpeedKmh(),
            d.bikeExtraMinutes(),
            d.boardSlackSeconds(),
            d.transferSlackSeconds(),
            d.maxWalkMinutes(),
            d.maxTransferWalkMinutes(),
            d.maxTransfers(),
            45),
        IndicatorSettings.defaults());
  }

  /**
   * @param routeCalls receives each route's stops in calling order
   */
  public static Network network(Path gtfsDir, Random random, List<List<Integer>> routeCalls)
      throws IOException {
    StringBuilder stops = new StringBuilder("stop_id,stop_name,stop_lat,stop_lon\n");
    for (int s = 0; s < STOPS; s++) {
      stops.append(String.format("%s,%s,%.2f,0.0%n", stop(s), stop(s), 50.0 + 0.02 * s));
    }
    StringBuilder routes = new StringBuilder("route_id,agency_id,route_short_name,route_type\n");
    StringBuilder trips = new StringBuilder("route_id,service_id,trip_id\n");
    StringBuilder times =
        new StringBuilder("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n");
    for (int r = 1; r <= ROUTES; r++) {
      int length = 3 + random.nextInt(5);
      int first = random.nextInt(STOPS - length + 1);
      List<Integer> calls = new ArrayList<>();
      for (int i = 0; i < length; i++) {
        calls.add(first + i);
      }
      if (random.nextBoolean()) {
        java.util.Collections.reverse(calls);
      }
      routeCalls.add(calls);
      int[] hopSeconds = new int[length - 1];
      for (int h = 0; h < hopSeconds.length; h++) {
        hopSeconds[h] = (3 + random.nextInt(4)) * 60;
      }
      routes.append("R").append(r).append(",ag,").append(r).append(",3\n");
      int departure = ClockTime.parseSeconds("06:45") + random.nextInt(61) * 60;
      int tripCount = 2 + random.nextInt(4);
      for (int t = 0; t < tripCount; t++) {
        String trip = "R" + r + "T" + t;
        trips.append("R").append(r).append(",WEEKDAY,").append(trip).append('\n');
        int at = departure;
        for (int i = 0; i < length; i++) {
          if (i > 0) {
            at += hopSeconds[i - 1];
          }
          String clock = ClockTime.format(at);
          times.append(
              String.format("%s,%s,%s,%s,%d%n", trip, clock, clock, stop(calls.get(i)), i));
        }
        departure += (15 + random.nextInt(26)) * 60;
      }
    }
    Map<String, String> gtfs = new LinkedHashMap<>();
    gtfs.put(
        "agency.txt",
        "agency_id,agency_name,agency_url,agency_timezone\nag,A,https://example.org,Europe/London\n");
    gtfs.put("stops.txt", stops.toString());
    gtfs.put("routes.txt", routes.toString());
    gtfs.put("trips.txt", trips.toString());
    gtfs.put("stop_times.txt", times.toString());
    gtfs.put(
        "calendar.txt",
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            + "WEEKDAY,1,1,1,1,1,0,0,20240101,20241231\n");
    List<Zone> zones = new ArrayList<>();
    for (int z = 0; z < ZONES; z++) {
      double lat = 50.0 + 0.01 * z;
      zones.add(
          new Zone(
              "Z" + z,
              "Z" + z,
              null,
              true,
              100,
              new double[] {20, 20, 20, 20, 10, 10},
              5,
              null,
              lat,
              0.0,
              "given"));
    }
    List<Destination> destinations = new ArrayList<>();
    for (int d = 0; d < 9; d++) {
      destinations.add(
          new Destination(
              "d" + d,
              "D" + d,
              d < 5 ? "gp" : "school",
              50.0 + 0.01 * random.nextInt(ZONES),
              0.0,
              1));
    }
    return SyntheticRegion.network(gtfsDir, gtfs, SyntheticRegion.road(ZONES - 1, 50))
        .withRegionData(new ZoneSet(zones), new DestinationSet(destinations));
  }

  /** One or (from seed 13) two random modifications of the seed's routes. */
  private static String scenario(Random random, int seed, List<List<Integer>> routeCalls) {
    StringBuilder yaml = new StringBuilder("name: Seed " + seed + "\nmodifications:\n");
    int count = seed > SEEDS / 2 ? 2 : 1;
    for (int m = 0; m < count; m++) {
      int r = random.nextInt(ROUTES);
      String route = "t:R" + (1 + r);
      switch ((seed + m) % 6) {
        case 0 -> yaml.append("  - type: remove-routes\n    routes: [").append(route).append("]\n");
        case 1 ->
            yaml.append("  - type: change-headway\n    route: ")
                .append(route)
                .append("\n    from: \"06:00\"\n    to: \"11:00\"\n    headwayMinutes: ")
                .append(10 + random.nextInt(21))
                .append('\n');
        case 2 -> {
          // from a served stop of this route to one of another, through a new stop half way (a
          // stop no trip serves is not in the network)
          int a = routeCalls.get(r).get(0);
          List<Integer> other = routeCalls.get(random.nextInt(ROUTES));
          int b = other.get(other.get(other.size() - 1) == a ? 0 : other.size() - 1);
          yaml.append("  - type: add-route\n    id: N")
              .append(m)
              .append("\n    stops:\n      - t:")
              .append(stop(a))
              .append(
                  String.format(
                      "%n      - {id: new%d, name: New, lat: %.2f, lon: 0.0}",
                      m, 50.0 + 0.01 * (a + b)))
              .append("\n      - t:")
              .append(stop(b))
              .append("\n    runningMinutes: [3, 3]\n    departures: [\"07:05\", \"07:20\"]\n")
              .append("    days: [mon, tue, wed, thu, fri]\n");
        }
        case 3 ->
            yaml.append("  - type: adjust-speed\n    route: ")
                .append(route)
                .append("\n    factor: 1.5\n");
        case 4 ->
            yaml.append("  - type: remove-trips\n    route: ")
                .append(route)
                .append("\n    from: \"06:00\"\n    to: \"07:40\"\n");
        default ->
            yaml.append("  - type: remove-stops\n    route: ")
                .append(route)
                .append("\n    stops: [t:")
                .append(stop(routeCalls.get(r).get(1)))
                .append("]\n");
      }
    }
    return yaml.toString();
  }

  private static String stop(int s) {
    return String.format("S%02d", s);
  }

  /** Zones whose indicators differ between the full run's baseline and scenario. */
  static int changedZones(ScenarioComparison.Result result) {
    ResultTable before = result.baseline().zoneIndicators();
    ResultTable after = result.scenario().zoneIndicators();
    int changed = 0;
    for (int row = 0; row < before.rows().size(); row++) {
      if (!Arrays.equals(before.rows().get(row), after.rows().get(row))) {
        changed++;
      }
    }
    return changed;
  }

  void assertSameBytes(String name, String table, ResultTable shortcut, ResultTable full)
      throws IOException {
    Path a = dir.resolve(name.replace(' ', '-') + "-" + table + "-shortcut.csv");
    Path b = dir.resolve(name.replace(' ', '-') + "-" + table + "-full.csv");
    TableCsvWriter.write(shortcut, a);
    TableCsvWriter.write(full, b);
    assertArrayEquals(Files.readAllBytes(b), Files.readAllBytes(a), name + " " + table);
  }
}
