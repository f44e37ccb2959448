package org.ruralaccess.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.ingest.community.SchemeFileReader;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.network.transit.TransitNetwork;
import org.ruralaccess.testing.RepoFiles;

/**
 * The example scenarios of regions/poa/scenarios on the real Porto Alegre transit network (built
 * from region.yaml's feeds as NetworkBuilder builds it, without the street import that scenarios do
 * not touch). Expected counts come from the EPTC feed's CSV, read here with plain Java.
 */
class PoaScenariosTest {

  private static final LocalDate TUESDAY = LocalDate.of(2019, 4, 16);
  private static final LocalDate SUNDAY = LocalDate.of(2019, 4, 21);

  private static TransitNetwork baseline;
  private static Map<String, List<String[]>> stopTimesByTrip;
  private static Map<String, String> routeByTrip;

  @BeforeAll
  static void build() throws IOException {
    baseline =
        new NetworkBuilder(line -> {})
            .build(RegionConfigReader.read(RepoFiles.resolve("regions/poa")))
            .network()
            .transit();
    routeByTrip = new HashMap<>();
    for (String[] row : csv("trips.txt")) {
      routeByTrip.put(row[2], row[0]); // route_id,service_id,trip_id,...
    }
    stopTimesByTrip = new HashMap<>();
    for (String[] row : csv("stop_times.txt")) {
      stopTimesByTrip.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
    }
  }

  private static List<String[]> csv(String name) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (ZipFile zip = new ZipFile(RepoFiles.resolve("gtfs-feeds/poa_eptc.zip").toFile());
        BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(
                    zip.getInputStream(zip.getEntry(name)), StandardCharsets.UTF_8))) {
      reader.readLine();
      String line;
      while ((line = reader.readLine()) != null) {
        rows.add(line.replace("\"", "").split(",", -1));
      }
    }
    return rows;
  }

  private static Scenario example(String file) {
    return ScenarioReader.read(RepoFiles.resolve("regions/poa/scenarios/" + file));
  }

  @Test
  void s13_removeRoute() {
    long t9Trips = routeByTrip.values().stream().filter("T9"::equals).count();
    assertEquals(65, t9Trips);
    ScenarioApplier.Changes changes =
        ScenarioApplier.applyWithChanges(example("remove-route.yaml"), baseline).changes();
    assertEquals(List.of("eptc:T9"), changes.routesRemoved());
    assertEquals(changes.tripsBefore() - t9Trips, changes.tripsAfter());
  }

  @Test
  void s14_headwayChange() {
    // T11's trips grouped by stop sequence (its patterns); those leaving in [12:00, 14:00) go,
    // each pattern with such a trip gets 12 copies (12:00, 12:10, ..., 13:50).
    Map<String, Integer> inBandByPattern = new TreeMap<>();
    for (Map.Entry<String, String> trip : routeByTrip.entrySet()) {
      if (!trip.getValue().equals("T11")) {
        continue;
      }
      List<String[]> stops = new ArrayList<>(stopTimesByTrip.get(trip.getKey()));
      stops.sort((a, b) -> Integer.parseInt(a[4]) - Integer.parseInt(b[4]));
      String pattern = String.join(" ", stops.stream().map(s -> s[3]).toList());
      String first = stops.get(0)[2];
      int seconds =
          Integer.parseInt(first.substring(0, 2)) * 3600
              + Integer.parseInt(first.substring(3, 5)) * 60;
      inBandByPattern.merge(
          pattern, seconds >= 12 * 3600 && seconds < 14 * 3600 ? 1 : 0, Integer::sum);
    }
    int removed = inBandByPattern.values().stream().mapToInt(Integer::intValue).sum();
    long patternsInBand = inBandByPattern.values().stream().filter(n -> n > 0).count();
    assertEquals(2, patternsInBand);
    ScenarioApplier.Result result =
        ScenarioApplier.applyWithChanges(example("headway.yaml"), baseline);
    assertEquals(List.of("eptc:T11"), result.changes().routesChanged());
    assertEquals(
        result.changes().tripsBefore() - removed + 12 * patternsInBand,
        result.changes().tripsAfter());
    // every T11 departure in the band is now on the 10-minute grid
    Set<Integer> departures = new HashSet<>();
    int outsideBand = 0;
    TransitNetwork network = result.network();
    for (int p = 0; p < network.patternCount(); p++) {
      if (network.routeId(network.patternRoute(p)).equals("eptc:T11")) {
        for (int t = 0; t < network.patternTripCount(p); t++) {
          int departure = network.departureSeconds(p, t, 0);
          if (departure >= 12 * 3600 && departure < 14 * 3600) {
            assertEquals(0, departure % 600, "departure " + departure);
            departures.add(departure);
          } else {
            outsideBand++;
          }
        }
      }
    }
    assertEquals(12, departures.size());
    // T11's trips outside the band are untouched
    long t11Trips = routeByTrip.values().stream().filter("T11"::equals).count();
    assertEquals(t11Trips - removed, outsideBand);
  }

  @Test
  void s15_addedRoute() {
    byte[] before = ScenarioFixture.bytes(baseline);
    ScenarioApplier.Result result =
        ScenarioApplier.applyWithChanges(example("add-route.yaml"), baseline);
    // 12:00 to 15:45 every 15 minutes: 16 trips, weekdays only
    ScenarioApplier.Changes changes = result.changes();
    assertEquals(List.of("scenario:X1"), changes.routesAdded());
    assertEquals(List.of("scenario:cristal"), changes.stopsAdded());
    assertEquals(changes.tripsBefore() + 16, changes.tripsAfter());
    assertEquals(baseline.activeTripCount(TUESDAY) + 16, result.network().activeTripCount(TUESDAY));
    assertEquals(baseline.activeTripCount(SUNDAY), result.network().activeTripCount(SUNDAY));
    assertArrayEquals(before, ScenarioFixture.bytes(baseline));
    // the same scenario again gives the same bytes
    assertArrayEquals(
        ScenarioFixture.bytes(result.network()),
        ScenarioFixture.bytes(ScenarioApplier.apply(example("add-route.yaml"), baseline)));
  }

  @Test
  void s16_unnamespacedIdsResolveInThePoaNetwork() {
    // T11 exists in EPTC only; Trensurb's routes have other ids
    assertEquals(
        "eptc:T11", new Reference("T11", 1).match(NetworkIds.routes(baseline)).orElseThrow());
  }

  @Test
  void s17_everyExampleInTheDocsReadsAndApplies(@TempDir Path dir) throws IOException {
    // docs/scenarios.md's yaml blocks: whole files, or list items wrapped into one. Scheme
    // examples refer to the illustrative schemes of docs/community-transport.md, and one names a
    // scheme file, written here.
    CommunityTransport schemes = illustrativeSchemes(dir);
    Files.writeString(
        dir.resolve("new-schemes.yaml"),
        """
        id: new
        schemes:
          - id: bus
            kind: fixed_route
            days: [friday]
            stops:
              - {stop_id: "eptc:3835", time: "10:00"}
              - {stop_id: "6149", time: "10:30"}
        """);
    String docs = Files.readString(RepoFiles.resolve("docs/scenarios.md"));
    String[] parts = docs.split("```yaml\n");
    int examples = 0;
    for (int i = 1; i < parts.length; i++) {
      String block = parts[i].substring(0, parts[i].indexOf("```"));
      String yaml =
          block.startsWith("name:") ? block : "name: doc example\nmodifications:\n" + block;
      Path file = dir.resolve("example" + i + ".yaml");
      Files.writeString(file, yaml);
      ScenarioApplier.applyWithChanges(ScenarioReader.read(file), baseline, schemes);
      examples++;
    }
    assertEquals(14, examples);
  }

  /** The worked example of docs/community-transport.md, its zones file found from the repo root. */
  static CommunityTransport illustrativeSchemes(Path dir) throws IOException {
    String doc = Files.readString(RepoFiles.resolve("docs/community-transport.md"));
    int start = doc.indexOf("```yaml\n# ILLUSTRATIVE") + "```yaml\n".length();
    Path zones = RepoFiles.resolve("regions/dorset/zones/lsoa21_boundaries_dorset.geojson");
    Path file = dir.resolve("illustrative-schemes.yaml");
    Files.writeString(
        file,
        doc.substring(start, doc.indexOf("```", start))
            .replace(
                "zones_file: regions/dorset/zones/lsoa21_boundaries_dorset.geojson",
                "zones_file: " + zones.toAbsolutePath()));
    return new CommunityTransport(SchemeFileReader.read(file));
  }
}
