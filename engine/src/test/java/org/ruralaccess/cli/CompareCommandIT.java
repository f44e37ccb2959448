package org.ruralaccess.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.testing.RaeProcess;
import org.ruralaccess.testing.RaeProcess.Run;
import org.ruralaccess.testing.RepoFiles;

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
    return compare(List.of(scenario), out);
  }

  private static Run compare(List<String> scenarios, Path out) throws Exception {
    List<String> args = new ArrayList<>(List.of("compare", "--network", network.toString()));
    for (String scenario : scenarios) {
      args.addAll(List.of("--scenario", scenario));
    }
    args.addAll(
        List.of(
            "--date",
            "2019-05-13",
            "--from",
            "14:00",
            "--to",
            "14:30",
            "--modes",
            "transit,walk",
            "--out",
            out.toString()));
    return RaeProcess.run(args.toArray(String[]::new));
  }

  @Test
  void severalScenariosAreEachWrittenAsComparedAlone() throws Exception {
    List<String> scenarios =
        List.of("regions/poa/scenarios/add-route.yaml", "regions/poa/scenarios/headway.yaml");
    Path together = dir.resolve("together");
    Run run = compare(scenarios, together);
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains("one folder per scenario: add-route, headway"), run.stderr());
    for (String scenario : scenarios) {
      String folder = Path.of(scenario).getFileName().toString().replace(".yaml", "");
      Path alone = dir.resolve("alone-" + folder);
      assertEquals(0, compare(scenario, alone).exitCode());
      List<String> files;
      try (var listing = Files.list(alone)) {
        files = listing.map(p -> p.getFileName().toString()).sorted().toList();
      }
      assertEquals(8, files.size(), files.toString());
      for (String file : files) {
        assertArrayEquals(
            Files.readAllBytes(alone.resolve(file)),
            Files.readAllBytes(together.resolve(folder).resolve(file)),
            folder + "/" + file);
      }
    }

    // the options side by side: each option's "all" rows of its access_changes.csv, net gain added
    List<String> options = Files.readAllLines(together.resolve("options.csv"));
    assertEquals(
        "option,scenario,category,cutoff_minutes,zones_gaining,residents_gaining,zones_losing,"
            + "residents_losing,residents_net",
        options.get(0));
    assertTrue(Files.exists(together.resolve("options.dictionary.csv")));
    List<String> expected = new ArrayList<>();
    for (String scenario : scenarios) {
      String folder = Path.of(scenario).getFileName().toString().replace(".yaml", "");
      String name =
          Files.readAllLines(RepoFiles.resolve(scenario)).stream()
              .filter(l -> l.startsWith("name: "))
              .findFirst()
              .orElseThrow()
              .substring("name: ".length());
      for (String row :
          Files.readAllLines(together.resolve(folder).resolve("access_changes.csv"))) {
        String[] cells = row.split(",", -1);
        if (cells[2].equals("all")) {
          long net = Long.parseLong(cells[5]) - Long.parseLong(cells[7]);
          expected.add(
              String.join(
                  ",",
                  folder,
                  name,
                  cells[0],
                  cells[1],
                  cells[4],
                  cells[5],
                  cells[6],
                  cells[7],
                  String.valueOf(net)));
        }
      }
    }
    assertEquals(expected, options.subList(1, options.size()));
    assertTrue(expected.size() >= 2 * 3, "rows for each option, category and cutoff");

    // a file given twice, or two files of one name, would write one folder twice
    Path twice = dir.resolve("twice");
    Run same = compare(List.of(scenarios.get(0), scenarios.get(0)), twice);
    assertEquals(2, same.exitCode(), same.stderr());
    assertTrue(same.stderr().contains("would both be written to the folder 'add-route'"));
    assertFalse(same.hasStackTrace(), same.stderr());
    assertFalse(Files.exists(twice));

    // a bad scenario among good ones stops the run before anything is routed or written
    Path bad = dir.resolve("several-bad.yaml");
    Files.writeString(
        bad,
        """
        name: Typo
        modifications:
          - type: remove-routes
            routes: [eptc:NOPE]
        """);
    Path badOut = dir.resolve("several-bad-out");
    Run badRun = compare(List.of(scenarios.get(0), bad.toString()), badOut);
    assertEquals(2, badRun.exitCode(), badRun.stderr());
    assertTrue(badRun.stderr().contains("eptc:NOPE"), badRun.stderr());
    assertFalse(badRun.stderr().contains("zone origins"), "routed before the check");
    assertFalse(Files.exists(badOut));

    // rae accessibility runs on one scenario's network
    Run accessibility =
        RaeProcess.run(
            "accessibility",
            "--network",
            network.toString(),
            "--scenario",
            scenarios.get(0),
            "--scenario",
            scenarios.get(1),
            "--date",
            "2019-05-13",
            "--from",
            "14:00",
            "--to",
            "14:30",
            "--out",
            dir.resolve("accessibility-two").toString());
    assertEquals(2, accessibility.exitCode(), accessibility.stderr());
    assertEquals(
        "rae: --scenario: give one scenario here (rae compare compares several), was 2",
        accessibility.stderr().strip());
  }

  @Test
  void removingARouteIsReportedAndDeterministic() throws Exception {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    Run run = compare("regions/poa/scenarios/remove-route.yaml", first);
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains("scenario"), run.stderr());
    assertEquals(0, compare("regions/poa/scenarios/remove-route.yaml", second).exitCode());
    List<String> files;
    try (var listing = Files.list(first)) {
      files = listing.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(
        List.of(
            "access_changes.csv",
            "access_changes.dictionary.csv",
            "comparison.csv",
            "comparison.dictionary.csv",
            "comparison.geojson",
            "comparison.gpkg",
            "run.json",
            "summary.md"),
        files);
    for (String file : files) {
      assertArrayEquals(
          Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
    }
    String summary = Files.readString(first.resolve("summary.md"));
    assertTrue(summary.contains("| routes removed | eptc:T9 |"), summary);
    assertTrue(
        summary.contains(
            "2019-05-13 14:00-14:30, the median (50th percentile) travel time over the window's"
                + " departures"),
        summary);
    JsonNode record = new ObjectMapper().readTree(first.resolve("run.json").toFile());
    assertEquals("rae compare", record.get("command").asText());
    assertEquals("[]", record.get("parameters").get("riders").toString(), "no schemes: no riders");
    assertTrue(record.get("parameters").get("routing").isObject());
    assertEquals(files.size(), record.get("outputs").size());
    // trips counted here from the raw feeds: every trip of EPTC and Trensurb before, less T9's
    int eptc = tripsOfRoute("poa_eptc.zip", null);
    int trensurb = tripsOfRoute("poa_trensurb.zip", null);
    int t9 = tripsOfRoute("poa_eptc.zip", "T9");
    assertTrue(t9 > 0);
    String trips =
        "| trips | " + (eptc + trensurb) + " before, " + (eptc + trensurb - t9) + " after |";
    assertTrue(summary.contains(trips), trips + " in " + summary);
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

  /** Rows of trips.txt in a bundled feed, all or those of one route_id. */
  private static int tripsOfRoute(String feed, String routeId) throws Exception {
    try (java.util.zip.ZipFile zip =
        new java.util.zip.ZipFile(
            org.ruralaccess.testing.RepoFiles.resolve("gtfs-feeds/" + feed).toFile())) {
      List<String> lines =
          new String(
                  zip.getInputStream(zip.getEntry("trips.txt")).readAllBytes(),
                  java.nio.charset.StandardCharsets.UTF_8)
              .replace("\uFEFF", "")
              .lines()
              .filter(l -> !l.isBlank())
              .toList();
      int column = List.of(lines.get(0).replace("\"", "").split(",")).indexOf("route_id");
      return (int)
          lines.stream()
              .skip(1)
              .filter(
                  l ->
                      routeId == null || l.replace("\"", "").split(",", -1)[column].equals(routeId))
              .count();
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

    // every flag of rae accessibility, checked before anything is read
    Run riders =
        RaeProcess.run(
            "compare",
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
            "--riders",
            "older,pensioners",
            "--out",
            out.toString());
    assertEquals(2, riders.exitCode(), riders.stderr());
    assertTrue(riders.stderr().startsWith("rae: --riders: "), riders.stderr());
    assertTrue(riders.stderr().contains("pensioners"), riders.stderr());
    Run crs =
        RaeProcess.run(
            "compare",
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
            "--crs",
            "3857",
            "--out",
            out.toString());
    assertEquals(2, crs.exitCode(), crs.stderr());
    assertEquals(
        "rae: --crs: EPSG:3857 is not supported; give 4326 (WGS84) or 27700 (British National"
            + " Grid)",
        crs.stderr().strip());
  }
}
