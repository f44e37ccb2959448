package org.ruralaccess.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.testing.RaeProcess;
import org.ruralaccess.testing.RaeProcess.Run;

/** {@code rae compare} on Porto Alegre with the bundled example scenarios, as a planner runs it. */
class CompareCommandIT {

  @TempDir static Path dir;
  private static Path network;

  @BeforeAll
  static void build() throws Exception {
    network = dir.resolve("poa.rae");
    Run build = RaeProcess.run("build", "--region", "regions/poa", "--out", network.toString());
    assertEquals(0, build.exitCode(), build.stderr());
  }

  private static Run compare(String scenario, Path out) throws Exception {
    return RaeProcess.run(
        "compare",
        "--network",
        network.toString(),
        "--scenario",
        scenario,
        "--date",
        "2019-05-13",
        "--from",
        "14:00",
        "--to",
        "14:30",
        "--modes",
        "transit,walk",
        "--out",
        out.toString());
  }

  @Test
  void removingARouteIsReportedAndDeterministic() throws Exception {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    Run run = compare("regions/poa/scenarios/remove-route.yaml", first);
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains("scenario"), run.stderr());
    assertEquals(0, compare("regions/poa/scenarios/remove-route.yaml", second).exitCode());
    for (String file : CompareCommand.FILES) {
      assertArrayEquals(
          Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
    }
    String summary = Files.readString(first.resolve("summary.md"));
    assertTrue(summary.contains("| routes removed | eptc:T9 |"), summary);
    // T9 has 65 trips in the sample (PoaScenariosTest counts them from the CSV): 3,622 - 65
    assertTrue(summary.contains("| trips | 3622 before, 3557 after |"), summary);
    // a withdrawn route can only lengthen journeys: no zone reaches more jobs within 45 minutes
    List<String> rows = Files.readAllLines(first.resolve("comparison.csv"));
    int change = List.of(rows.get(0).split(",")).indexOf("jobs_transit_opp45_change");
    assertTrue(change > 0, rows.get(0));
    long worse = 0;
    for (String row : rows.subList(1, rows.size())) {
      String cell = row.split(",", -1)[change];
      double delta = cell.isEmpty() ? 0 : Double.parseDouble(cell);
      assertTrue(delta <= 0, row);
      worse += delta < 0 ? 1 : 0;
    }
    assertTrue(worse > 0, "some zones lose jobs within 45 minutes");

    // rae accessibility --scenario gives the scenario side of the comparison
    Path scenarioRun = dir.resolve("accessibility-scenario");
    Run accessibility =
        RaeProcess.run(
            "accessibility",
            "--network",
            network.toString(),
            "--scenario",
            "regions/poa/scenarios/remove-route.yaml",
            "--date",
            "2019-05-13",
            "--from",
            "14:00",
            "--to",
            "14:30",
            "--modes",
            "transit,walk",
            "--out",
            scenarioRun.toString());
    assertEquals(0, accessibility.exitCode(), accessibility.stderr());
    List<String> indicators = Files.readAllLines(scenarioRun.resolve("zone_indicators.csv"));
    int opp45 = List.of(indicators.get(0).split(",")).indexOf("jobs_transit_opp45");
    int scenarioOpp45 = List.of(rows.get(0).split(",")).indexOf("jobs_transit_opp45_scenario");
    for (int r = 1; r < rows.size(); r++) {
      assertEquals(
          indicators.get(r).split(",", -1)[opp45],
          rows.get(r).split(",", -1)[scenarioOpp45],
          rows.get(r));
    }
  }

  @Test
  void aScenarioNamingAnUnknownRouteIsRejectedWithItsLine() throws Exception {
    Path scenario = dir.resolve("bad.yaml");
    Files.writeString(
        scenario,
        """
        name: Typo
        modifications:
          - type: remove-routes
            routes: [eptc:T9]
          - type: remove-routes
            routes: [eptc:NOPE]
        """);
    Path out = dir.resolve("bad-out");
    Run run = compare(scenario.toString(), out);
    assertEquals(2, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains("line 6"), run.stderr());
    assertTrue(run.stderr().contains("eptc:NOPE"), run.stderr());
    assertFalse(run.hasStackTrace(), run.stderr());
    assertFalse(Files.exists(out.resolve("comparison.csv")));
  }
}
