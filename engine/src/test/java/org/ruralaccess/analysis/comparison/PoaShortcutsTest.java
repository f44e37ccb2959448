package org.ruralaccess.analysis.comparison;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.export.TableCsvWriter;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.scenario.ScenarioReader;
import org.ruralaccess.support.ProgressListener;
import org.ruralaccess.testing.RepoFiles;

/**
 * The small real-data sample of the shortcut checks (the exhaustive one, every example scenario and
 * all 1,227 zones through the CLI, is {@code benchmarks/shortcut-check}): Porto Alegre with the
 * ILLUSTRATIVE schemes of benchmarks/regions/poa-dial-a-ride, every 6th hexagon (205 zones), Monday
 * 14:00-14:15, transit, and a 45-minute trip limit (r5r's 120 minutes reach almost every stop of
 * the city from almost every hexagon, so almost every zone is recomputed; 45 minutes leave zones of
 * both kinds). Two example scenarios, one a timetable change on the network without schemes, one
 * adding a dial-a-ride and a route; and the rider runs (older, disabled, none) sharing the general
 * public's run.
 */
class PoaShortcutsTest {

  @TempDir static Path dir;
  private static Network withSchemes;
  private static ZoneSet sample;

  @BeforeAll
  static void build() {
    withSchemes =
        new NetworkBuilder(line -> {})
            .build(RegionConfigReader.read(RepoFiles.resolve("benchmarks/regions/poa-dial-a-ride")))
            .network();
    List<Zone> every6th = new ArrayList<>();
    for (int z = 0; z < withSchemes.zones().size(); z += 6) {
      every6th.add(withSchemes.zones().zone(z));
    }
    sample = new ZoneSet(every6th);
  }

  private static AccessibilityRequest request(Network network, boolean schemes) {
    RoutingSettings r = network.info().routing();
    return new AccessibilityRequest(
        LocalDate.of(2019, 5, 13),
        ClockTime.parseSeconds("14:00"),
        ClockTime.parseSeconds("14:15"),
        60,
        50,
        List.of(TravelMode.TRANSIT),
        new RoutingSettings(
            r.walkSpeedKmh(),
            r.bikeSpeedKmh(),
            r.bikeExtraMinutes(),
            r.boardSlackSeconds(),
            r.transferSlackSeconds(),
            r.maxWalkMinutes(),
            r.maxTransferWalkMinutes(),
            r.maxTransfers(),
            45),
        IndicatorSettings.defaults(),
        schemes ? CommunityTransportRequest.defaults() : CommunityTransportRequest.off());
  }

  @Test
  void timetableChangeShortcutEqualsFullRecomputation() throws IOException {
    Network network = withSchemes.withCommunityTransport(CommunityTransport.none());
    int recomputed =
        assertShortcutExact(network, "regions/poa/scenarios/add-and-remove.yaml", false);
    assertTrue(recomputed < sample.size(), "every zone recomputed: the sample shows no shortcut");
  }

  @Test
  void schemeChangeShortcutEqualsFullRecomputation() throws IOException {
    int recomputed =
        assertShortcutExact(
            withSchemes,
            "benchmarks/regions/poa-dial-a-ride/scenarios/centre-dar-and-x1.yaml",
            true);
    assertTrue(recomputed < sample.size(), "every zone recomputed: the sample shows no shortcut");
  }

  @Test
  void sharedRiderRunsEqualFullRiderRuns() throws IOException {
    List<String> notes = new ArrayList<>();
    RiderRunSharingTest.Check check =
        RiderRunSharingTest.check(
            withSchemes, sample, request(withSchemes, true), notes, dir, "poa");
    notes.stream().filter(n -> n.contains("zones can differ")).forEach(System.out::println);
    assertTrue(check.changedBySchemes() > 0, "the schemes changed no zone of the sample");
  }

  /**
   * Two scenarios compared with one baseline run (a scheme change and a timetable change, each
   * watched for in the same run, sharing its kept walks and the baseline's rider runs): each result
   * equals that scenario's full recomputation alone, rider tables included.
   */
  @Test
  void severalScenariosWithOneBaselineRunEqualEachRecomputedAlone() throws IOException {
    AccessibilityRequest request = request(withSchemes, true);
    List<RiderGroup> riders = List.of(RiderGroup.GENERAL, RiderGroup.OLDER, RiderGroup.DISABLED);
    List<String> files =
        List.of(
            "benchmarks/regions/poa-dial-a-ride/scenarios/centre-dar-and-x1.yaml",
            "regions/poa/scenarios/add-and-remove.yaml");
    List<String> stages = new ArrayList<>();
    List<ScenarioComparison.Result> together =
        ScenarioComparison.compareAll(
            withSchemes,
            sample,
            withSchemes.destinations(),
            files.stream().map(f -> ScenarioReader.read(RepoFiles.resolve(f))).toList(),
            request,
            riders,
            false,
            stagesInto(stages));
    // the baseline routed once: its general public's run of every zone and its rider groups' pass;
    // then per scenario a run of the zones it can change and a rider pass (sharing nothing, each
    // scenario would route the baseline's two again)
    assertEquals(2 + 2 * files.size(), stages.size(), String.join("\n", stages));
    assertEquals(
        1,
        stages.stream()
            .filter(s -> s.contains("general riders") && s.contains(": " + sample.size() + " "))
            .count(),
        String.join("\n", stages));
    for (int i = 0; i < files.size(); i++) {
      String name = "together-" + i;
      ScenarioComparison.Result alone = compare(withSchemes, files.get(i), request, riders, true);
      ScenarioComparison.Result shared = together.get(i);
      assertTrue(shared.timing().zonesRecomputed() < sample.size(), name + ": every zone again");
      assertTrue(ScenarioShortcutTest.changedZones(alone) > 0, name + ": nothing changed");
      assertSameBytes(
          name + "-after", shared.scenario().zoneIndicators(), alone.scenario().zoneIndicators());
      assertSameBytes(name + "-comparison", shared.comparison(), alone.comparison());
      assertSameBytes(name + "-summary", shared.summary(), alone.summary());
      assertEquals(2, alone.riderTables().size());
      for (int t = 0; t < 2; t++) {
        assertSameBytes(
            name + "-riders-" + t, shared.riderTables().get(t), alone.riderTables().get(t));
      }
    }
  }

  /** A listener that notes each stage's description. */
  private static ProgressListener stagesInto(List<String> stages) {
    return new ProgressListener() {
      @Override
      public synchronized void stage(String description, int workTotal) {
        stages.add(description);
      }

      @Override
      public void advance(int workDone) {}
    };
  }

  /** Returns the zones the shortcut recomputed. */
  private static int assertShortcutExact(Network network, String file, boolean schemes)
      throws IOException {
    AccessibilityRequest request = request(network, schemes);
    // with schemes, the default rider groups: older and disabled riders' sets of usable schemes are
    // routed in one pass by the shortcut, each in a run of its own by the full recomputation
    List<RiderGroup> riders =
        schemes ? List.of(RiderGroup.GENERAL, RiderGroup.OLDER, RiderGroup.DISABLED) : List.of();
    ScenarioComparison.Result shortcut = compare(network, file, request, riders, false);
    ScenarioComparison.Result full = compare(network, file, request, riders, true);
    String name = Path.of(file).getFileName().toString();
    assertEquals(sample.size(), full.timing().zonesRecomputed());
    assertSameBytes(
        name + "-before", shortcut.baseline().zoneIndicators(), full.baseline().zoneIndicators());
    assertSameBytes(
        name + "-after", shortcut.scenario().zoneIndicators(), full.scenario().zoneIndicators());
    assertSameBytes(name + "-comparison", shortcut.comparison(), full.comparison());
    assertSameBytes(name + "-summary", shortcut.summary(), full.summary());
    assertEquals(schemes ? 2 : 0, full.riderTables().size());
    for (int t = 0; t < full.riderTables().size(); t++) {
      assertSameBytes(
          name + "-riders-" + t, shortcut.riderTables().get(t), full.riderTables().get(t));
    }
    int recomputed = shortcut.timing().zonesRecomputed();
    int changed = ScenarioShortcutTest.changedZones(full);
    System.out.printf(
        "%s on %d Porto Alegre zones: %d recomputed, %d changed%n",
        name, sample.size(), recomputed, changed);
    assertTrue(changed > 0, "the scenario changed no zone of the sample: the check proves nothing");
    assertTrue(recomputed >= changed);
    return recomputed;
  }

  private static ScenarioComparison.Result compare(
      Network network,
      String file,
      AccessibilityRequest request,
      List<RiderGroup> riders,
      boolean everyZone) {
    return ScenarioComparison.compare(
        network,
        sample,
        network.destinations(),
        ScenarioReader.read(RepoFiles.resolve(file)),
        request,
        riders,
        everyZone,
        ProgressListener.SILENT);
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
