package org.ruralaccess.analysis.comparison;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.export.TableCsvWriter;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.scenario.Scenario;
import org.ruralaccess.scenario.ScenarioReader;
import org.ruralaccess.support.ProgressListener;
import org.ruralaccess.testing.RepoFiles;

/**
 * The scenario shortcut (recompute only the zones a scenario can change, {@link
 * org.ruralaccess.analysis.matrix.ScenarioFootprint}) is exact: on every example scenario of the
 * bundled regions, the comparison's tables (baseline and scenario indicators, the comparison and
 * its summary) are byte for byte those of a full recomputation of every zone. The Porto Alegre
 * scenarios (timetable changes, an added stop) run on regions/poa; the dial-a-ride scenarios
 * (schemes added, changed, removed, with a route) on benchmarks/regions/poa-dial-a-ride, with
 * community transport for the default rider. All 1,227 hexagons, Monday 14:00-15:00.
 */
class ScenarioShortcutTest {

  private static final int ZONES = 1227;
  @TempDir static Path dir;
  private static Network withSchemes;

  @BeforeAll
  static void build() {
    withSchemes =
        new NetworkBuilder(line -> {})
            .build(RegionConfigReader.read(RepoFiles.resolve("benchmarks/regions/poa-dial-a-ride")))
            .network();
  }

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("regions/poa/scenarios/add-and-remove.yaml", false),
        Arguments.of("regions/poa/scenarios/add-route.yaml", false),
        Arguments.of("regions/poa/scenarios/headway.yaml", false),
        Arguments.of("regions/poa/scenarios/remove-route.yaml", false),
        Arguments.of("benchmarks/regions/poa-dial-a-ride/scenarios/centre-dar-and-x1.yaml", true),
        Arguments.of(
            "benchmarks/regions/poa-dial-a-ride/scenarios/north-dar-every-weekday.yaml", true),
        Arguments.of(
            "benchmarks/regions/poa-dial-a-ride/scenarios/without-south-east-dar.yaml", true));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void shortcutEqualsFullRecomputation(String file, boolean schemes) throws IOException {
    // the example folders hold exactly these files: a new example must be added above
    for (String folder :
        List.of("regions/poa/scenarios", "benchmarks/regions/poa-dial-a-ride/scenarios")) {
      try (Stream<Path> files = Files.list(RepoFiles.resolve(folder))) {
        assertEquals(folder.startsWith("regions") ? 4 : 3, files.count(), folder);
      }
    }
    Network network =
        schemes ? withSchemes : withSchemes.withCommunityTransport(CommunityTransport.none());
    Scenario scenario = ScenarioReader.read(RepoFiles.resolve(file));
    AccessibilityRequest request =
        new AccessibilityRequest(
            LocalDate.of(2019, 5, 13),
            ClockTime.parseSeconds("14:00"),
            ClockTime.parseSeconds("15:00"),
            60,
            50,
            List.of(TravelMode.TRANSIT),
            network.info().routing(),
            IndicatorSettings.defaults(),
            schemes ? CommunityTransportRequest.defaults() : CommunityTransportRequest.off());
    ScenarioComparison.Result shortcut =
        ScenarioComparison.compare(
            network,
            network.zones(),
            network.destinations(),
            scenario,
            request,
            List.of(),
            false,
            ProgressListener.SILENT);
    ScenarioComparison.Result full =
        ScenarioComparison.compare(
            network,
            network.zones(),
            network.destinations(),
            scenario,
            request,
            List.of(),
            true,
            ProgressListener.SILENT);
    assertEquals(ZONES, full.timing().zonesRecomputed());
    assertEquals(ZONES, shortcut.timing().zoneCount());
    String name = Path.of(file).getFileName().toString();
    assertSameBytes(
        name + "-before", shortcut.baseline().zoneIndicators(), full.baseline().zoneIndicators());
    assertSameBytes(
        name + "-after", shortcut.scenario().zoneIndicators(), full.scenario().zoneIndicators());
    assertSameBytes(name + "-comparison", shortcut.comparison(), full.comparison());
    assertSameBytes(name + "-summary", shortcut.summary(), full.summary());
    int recomputed = shortcut.timing().zonesRecomputed();
    System.out.printf(
        "scenario shortcut %s: %d of %d zones recomputed (%.1f%%)%n",
        name, recomputed, ZONES, 100.0 * recomputed / ZONES);
    // the scenario changes some zone, and every zone it changes was recomputed
    assertTrue(changedZones(full) > 0, "the scenario changed no zone: the check proves nothing");
    assertTrue(recomputed >= changedZones(full));
  }

  /** Zones whose indicators differ between the full run's baseline and scenario. */
  private static int changedZones(ScenarioComparison.Result result) {
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

  private static void assertSameBytes(String name, ResultTable shortcut, ResultTable full)
      throws IOException {
    Path a = dir.resolve(name + "-shortcut.csv");
    Path b = dir.resolve(name + "-full.csv");
    TableCsvWriter.write(shortcut, a);
    TableCsvWriter.write(full, b);
    assertArrayEquals(Files.readAllBytes(b), Files.readAllBytes(a), name);
  }
}
