package org.ruralaccess.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ruralaccess.server.PoaServerFixture.Answer;
import org.ruralaccess.testing.RaeProcess;
import org.ruralaccess.testing.RepoFiles;

/**
 * {@code POST /api/runs}: runs queued and computed one at a time, each landing whole in the results
 * folder with the same tables as the command line computes; bad submissions refused naming the
 * field; and a server stopped mid-run leaves nothing in the results folder.
 */
class BackgroundRunsIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String comparisonBody(String scenarioYaml) throws Exception {
    return JSON.writeValueAsString(
        Map.of(
            "kind", "comparison",
            "date", "2019-05-13",
            "from", "14:00",
            "to", "14:20",
            "stepMinutes", 5,
            "modes", List.of("transit"),
            "scenario", scenarioYaml));
  }

  @Test
  void runsQueueOneAtATimeAndLandWholeWithTheCommandLinesTables() throws Exception {
    PoaServerFixture poa = PoaServerFixture.get();
    Path results = poa.copyOfResults();
    RaeServer server = poa.start(results, ServerLimits.defaults());
    try {
      String scenario =
          Files.readString(RepoFiles.resolve("regions/poa/scenarios/remove-route.yaml"));
      Answer first = PoaServerFixture.post(server, "/api/runs", comparisonBody(scenario));
      assertEquals(202, first.status(), first.body());
      JsonNode queued = JSON.readTree(first.body());
      String comparison = queued.get("name").asText();
      assertEquals("comparison-1", comparison);
      String walk =
          JSON.writeValueAsString(
              Map.of(
                  "kind",
                  "accessibility",
                  "date",
                  "2019-05-13",
                  "from",
                  "14:00",
                  "to",
                  "14:20",
                  "stepMinutes",
                  5,
                  "modes",
                  List.of("transit", "walk")));
      Answer second = PoaServerFixture.post(server, "/api/runs", walk);
      assertEquals(202, second.status(), second.body());
      String accessibility = JSON.readTree(second.body()).get("name").asText();

      long deadline = System.nanoTime() + 10L * 60 * 1_000_000_000L;
      String a = "";
      String b = "";
      while (!(a.equals("done") && b.equals("done")) && System.nanoTime() < deadline) {
        a = status(server, comparison);
        b = status(server, accessibility);
        assertFalse(a.equals("running") && b.equals("running"), "two runs at once");
        assertFalse(a.equals("failed") || b.equals("failed"), a + " " + b);
        Thread.sleep(200);
      }
      assertEquals("done", a);
      assertEquals("done", b);

      // the same window, modes and scenario as the command line's runs: the same bytes
      for (String table : List.of("comparison.csv", "access_changes.csv", "comparison.geojson")) {
        assertArrayEquals(
            Files.readAllBytes(poa.results.resolve(PoaServerFixture.COMPARISON_RUN).resolve(table)),
            Files.readAllBytes(results.resolve(comparison).resolve(table)),
            table);
      }
      assertAccessibilityTables(poa, results.resolve(accessibility));
      assertEquals(
          scenario, Files.readString(results.resolve(comparison).resolve("scenario.yaml")));
      assertEquals(List.of(), hidden(results));
      JsonNode done = JSON.readTree(PoaServerFixture.get(server, "/api/runs/" + comparison).body());
      assertEquals(
          "/api/runs/" + comparison + "/comparison", done.at("/links/comparison").asText());
      Answer served = PoaServerFixture.get(server, "/api/runs/" + comparison + "/comparison");
      assertEquals(200, served.status());
      assertEquals(1227, JSON.readTree(served.body()).get("features").size());
    } finally {
      server.stop();
    }
  }

  @Test
  void badSubmissionsAreRefusedNamingTheField() throws Exception {
    PoaServerFixture poa = PoaServerFixture.get();
    Path results = poa.copyOfResults();
    RaeServer server = poa.start(results, ServerLimits.defaults());
    try {
      String withFile =
          "name: from a file\nmodifications:\n  - type: add-scheme\n    file: /etc/passwd\n";
      assertField(PoaServerFixture.post(server, "/api/runs", comparisonBody(withFile)), "scenario");
      String wrong = "name: x\nmodifications:\n  - type: remove-routes\n    routes: [eptc:NOPE]\n";
      Answer unknownRoute = PoaServerFixture.post(server, "/api/runs", comparisonBody(wrong));
      assertField(unknownRoute, "scenario");
      assertTrue(unknownRoute.body().contains("NOPE"), unknownRoute.body());
      String noScenario =
          JSON.writeValueAsString(
              Map.of("kind", "comparison", "date", "2019-05-13", "from", "14:00", "to", "14:20"));
      assertField(PoaServerFixture.post(server, "/api/runs", noScenario), "scenario");
      assertField(
          PoaServerFixture.post(
              server, "/api/runs", comparisonBody("x").replace("comparison", "other")),
          "kind");
      assertField(
          PoaServerFixture.post(
              server, "/api/runs", comparisonBody("x").replace("2019-05-13", "2001-01-01")),
          "date");
      assertEquals(List.of(), hidden(results), "nothing staged for a refused run");
    } finally {
      server.stop();
    }
  }

  /**
   * A planner trying a second scenario with the same window, modes and settings: the server keeps
   * the first comparison's baseline and routes only the second scenario's side, and the tables are
   * still the command line's for that scenario. A different window routes its own baseline.
   */
  @Test
  void aSecondComparisonWithTheSameSettingsReusesTheFirstsBaseline() throws Exception {
    PoaServerFixture poa = PoaServerFixture.get();
    Path results = poa.copyOfResults();
    RaeServer server = poa.start(results, ServerLimits.defaults());
    try {
      String removeRoute =
          Files.readString(RepoFiles.resolve("regions/poa/scenarios/remove-route.yaml"));
      String addRoute = Files.readString(RepoFiles.resolve("regions/poa/scenarios/add-route.yaml"));
      String first = finished(server, comparisonBody(removeRoute));
      String second = finished(server, comparisonBody(addRoute));
      // other indicator settings read the same travel times
      ObjectNode cutoffsBody = (ObjectNode) JSON.readTree(comparisonBody(addRoute));
      cutoffsBody.putArray("cutoffs").add(20).add(40);
      String otherCutoffs = finished(server, JSON.writeValueAsString(cutoffsBody));
      String otherWindow = finished(server, comparisonBody(addRoute).replace("14:20", "14:25"));
      assertFalse(keptBaseline(server, first), notes(server, first).toString());
      assertTrue(keptBaseline(server, second), notes(server, second).toString());
      assertTrue(keptBaseline(server, otherCutoffs), notes(server, otherCutoffs).toString());
      assertFalse(keptBaseline(server, otherWindow), notes(server, otherWindow).toString());

      assertSameTables(poa, results.resolve(second), List.of());
      assertSameTables(poa, results.resolve(otherCutoffs), List.of("--cutoffs", "20,40"));
    } finally {
      server.stop();
    }
  }

  /**
   * A planner who looks at the network, then tries a change with the same settings: the
   * accessibility run routed the comparison's baseline (its transit run watched), so the comparison
   * routes only the scenario's side. The accessibility run's tables are still the command line's,
   * and so are the comparison's; an accessibility run with a scenario offers nothing.
   */
  @Test
  void aComparisonAfterAnAccessibilityRunWithTheSameSettingsStartsFromItsRouting()
      throws Exception {
    PoaServerFixture poa = PoaServerFixture.get();
    Path results = poa.copyOfResults();
    RaeServer server = poa.start(results, ServerLimits.defaults());
    try {
      String addRoute = Files.readString(RepoFiles.resolve("regions/poa/scenarios/add-route.yaml"));
      String removeRoute =
          Files.readString(RepoFiles.resolve("regions/poa/scenarios/remove-route.yaml"));
      ObjectNode network = (ObjectNode) JSON.readTree(comparisonBody(addRoute));
      network.put("kind", "accessibility");
      network.remove("scenario");
      network.putArray("modes").add("transit").add("walk");
      String accessibility = finished(server, JSON.writeValueAsString(network));
      ObjectNode change = (ObjectNode) JSON.readTree(comparisonBody(addRoute));
      change.putArray("modes").add("transit").add("walk");
      String comparison = finished(server, JSON.writeValueAsString(change));
      // an accessibility run on a scenario's network routes no baseline of the network: the next
      // comparison still starts from the first run's, and its tables show it
      network.put("scenario", removeRoute);
      finished(server, JSON.writeValueAsString(network));
      String again = finished(server, JSON.writeValueAsString(change));

      for (String run : List.of(comparison, again)) {
        assertTrue(
            notes(server, run).stream()
                .anyMatch(
                    n ->
                        n.startsWith(
                            "baseline: kept from the last accessibility run with these settings")),
            notes(server, run).toString());
      }
      assertAccessibilityTables(poa, results.resolve(accessibility));
      assertSameTables(poa, results.resolve(comparison), "transit,walk", List.of());
      assertSameTables(poa, results.resolve(again), "transit,walk", List.of());
    } finally {
      server.stop();
    }
  }

  /** The tables of {@code run} are those of the command line's transit and walk run. */
  private static void assertAccessibilityTables(PoaServerFixture poa, Path run) throws Exception {
    for (String table : List.of("zone_indicators.csv", "equity.csv")) {
      assertArrayEquals(
          Files.readAllBytes(
              poa.results.resolve(PoaServerFixture.ACCESSIBILITY_RUN).resolve(table)),
          Files.readAllBytes(run.resolve(table)),
          table);
    }
  }

  /** The tables of {@code run} are those of the command line's add-route comparison. */
  private static void assertSameTables(PoaServerFixture poa, Path run, List<String> flags)
      throws Exception {
    assertSameTables(poa, run, "transit", flags);
  }

  /** As above, for a comparison of {@code modes}. */
  private static void assertSameTables(
      PoaServerFixture poa, Path run, String modes, List<String> flags) throws Exception {
    Path alone = Files.createTempDirectory(poa.folder, "add-route-alone");
    List<String> args =
        new ArrayList<>(
            List.of(
                "compare",
                "--network",
                poa.network.toString(),
                "--modes",
                modes,
                "--scenario",
                "regions/poa/scenarios/add-route.yaml"));
    args.addAll(PoaServerFixture.WINDOW);
    args.addAll(flags);
    args.addAll(List.of("--out", alone.toString()));
    RaeProcess.Run cli = RaeProcess.run(args.toArray(String[]::new));
    assertEquals(0, cli.exitCode(), cli.stderr());
    for (String table : List.of("comparison.csv", "access_changes.csv", "comparison.geojson")) {
      assertArrayEquals(
          Files.readAllBytes(alone.resolve(table)),
          Files.readAllBytes(run.resolve(table)),
          run.getFileName() + "/" + table);
    }
  }

  /** Submits a run and waits until it is done; returns its name. */
  private static String finished(RaeServer server, String body) throws Exception {
    Answer answer = PoaServerFixture.post(server, "/api/runs", body);
    assertEquals(202, answer.status(), answer.body());
    String name = JSON.readTree(answer.body()).get("name").asText();
    long deadline = System.nanoTime() + 5L * 60 * 1_000_000_000L;
    String now = status(server, name);
    while (!now.equals("done") && System.nanoTime() < deadline) {
      assertFalse(now.equals("failed"), name + " failed");
      Thread.sleep(200);
      now = status(server, name);
    }
    assertEquals("done", now, name);
    return name;
  }

  private static boolean keptBaseline(RaeServer server, String name) throws Exception {
    return notes(server, name).stream()
        .anyMatch(n -> n.startsWith("baseline: kept from the last comparison with these settings"));
  }

  private static List<String> notes(RaeServer server, String name) throws Exception {
    List<String> notes = new ArrayList<>();
    JSON.readTree(PoaServerFixture.get(server, "/api/runs/" + name).body())
        .at("/notes")
        .forEach(n -> notes.add(n.asText()));
    return notes;
  }

  @Test
  void stoppingCancelsQueuedAndRunningRunsAndLeavesNothing() throws Exception {
    PoaServerFixture poa = PoaServerFixture.get();
    Path results = poa.copyOfResults();
    List<String> before = listing(results);
    RaeServer server = poa.start(results, ServerLimits.defaults());
    String whole =
        JSON.writeValueAsString(
            Map.of("kind", "accessibility", "date", "2019-05-13", "from", "14:00", "to", "16:00"));
    String running = null;
    for (int i = 0; i < 3; i++) {
      Answer answer = PoaServerFixture.post(server, "/api/runs", whole);
      assertEquals(202, answer.status(), answer.body());
      running = running == null ? JSON.readTree(answer.body()).get("name").asText() : running;
    }
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (!status(server, running).equals("running") && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertEquals("running", status(server, running));
    long start = System.nanoTime();
    server.stop();
    assertTrue(System.nanoTime() - start < 40_000_000_000L, "stopped within the 30 s wait");
    // the runs' folders (hidden while staged) are gone; the results are as they were
    assertEquals(before, listing(results));
  }

  private static String status(RaeServer server, String name) throws Exception {
    return JSON.readTree(PoaServerFixture.get(server, "/api/runs/" + name).body())
        .get("status")
        .asText();
  }

  private static void assertField(Answer answer, String field) throws Exception {
    assertEquals(400, answer.status(), answer.body());
    assertEquals(field, JSON.readTree(answer.body()).at("/error/field").asText(), answer.body());
    assertFalse(answer.body().contains("\tat "), answer.body());
  }

  private static List<String> hidden(Path results) throws Exception {
    try (Stream<Path> list = Files.list(results)) {
      return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
    }
  }

  private static List<String> listing(Path results) throws Exception {
    try (Stream<Path> walk = Files.walk(results)) {
      return walk.map(p -> results.relativize(p).toString()).sorted().toList();
    }
  }
}
