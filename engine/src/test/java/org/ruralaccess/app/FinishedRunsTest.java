package org.ruralaccess.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.BadInputException;

/**
 * The finished runs a face lists: found in each results folder and its sub-folders, named uniquely,
 * with their tables and indicators; new runs staged in hidden folders and moved into place whole.
 */
class FinishedRunsTest {

  @TempDir Path results;
  @TempDir Path more;

  private static void accessibilityRun(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("run.json"),
        "{\"command\":\"rae accessibility\",\"parameters\":{\"date\":\"2019-05-13\","
            + "\"cutoffsMinutes\":[10,20]}}");
    Files.writeString(
        folder.resolve("zone_indicators.csv"),
        "zone_code,zone_name,population,jobs_users,jobs_transit_min_minutes,jobs_transit_pct10,"
            + "jobs_transit_pct15\nA,Zone A,100,100,12,0,\nB,\"B, north\",50,50,,100,\n");
    Files.writeString(folder.resolve("zone_indicators.geojson"), "{}");
    Files.writeString(folder.resolve("equity.csv"), "group_type,group,pct10\nall,all,33.33\n");
  }

  private static void comparisonRun(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("run.json"), "{\"parameters\":{}}");
    Files.writeString(
        folder.resolve("comparison.csv"),
        "zone_code,gp_walk_opp30_base,gp_walk_opp30_scenario,gp_walk_opp30_change\nA,1,2,1\n");
    Files.writeString(
        folder.resolve("access_changes.csv"),
        "category,cutoff_minutes,group_type,group,residents_gaining\ngp,30,imd_decile,1,40\n");
  }

  @Test
  void runsAreFoundNamedAndRead() throws IOException {
    accessibilityRun(results);
    comparisonRun(results.resolve("compare"));
    Files.createDirectories(results.resolve("empty"));
    accessibilityRun(results.resolve(".hidden"));
    accessibilityRun(more.resolve("compare"));
    FinishedRuns runs = FinishedRuns.scan(List.of(results, more));

    List<String> names = runs.runs().stream().map(FinishedRun::name).toList();
    String root = results.getFileName().toString();
    // the folder itself, its visible sub-folders with a run, then the next folder's; a second
    // "compare" gets a suffix
    assertEquals(List.of(root, "compare", "compare-2"), names);
    FinishedRun accessibility = runs.find(root).orElseThrow();
    assertEquals("accessibility", accessibility.kind());
    assertEquals(List.of(RunTable.ZONE_INDICATORS, RunTable.EQUITY), accessibility.tables());
    assertEquals("2019-05-13", accessibility.parameters().get("date"));
    // the run's own cutoffs (10, 20) decide which columns are indicators: pct15 is not one
    assertEquals(
        List.of(
            new RunIndicator(
                "jobs_transit_min_minutes", "jobs", "transit", "min_time", null, "minutes"),
            new RunIndicator(
                "jobs_transit_pct10", "jobs", "transit", "percent_users", 10, "% of users")),
        accessibility.indicators().get(RunTable.ZONE_INDICATORS));
    List<Map<String, Object>> rows = runs.rows(accessibility, RunTable.ZONE_INDICATORS);
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("zone_code", "B");
    b.put("zone_name", "B, north");
    b.put("population", 50L);
    b.put("jobs_users", 50L);
    b.put("jobs_transit_min_minutes", null);
    b.put("jobs_transit_pct10", 100L);
    b.put("jobs_transit_pct15", null);
    assertEquals(b, rows.get(1));
    assertEquals(33.33, runs.rows(accessibility, RunTable.EQUITY).get(0).get("pct10"));

    FinishedRun comparison = runs.find("compare").orElseThrow();
    assertEquals("comparison", comparison.kind());
    assertEquals(
        List.of(
            new RunIndicator("gp_walk_opp30", "gp", "walk", "opportunities", 30, "opportunities")),
        comparison.indicators().get(RunTable.COMPARISON));
    assertTrue(comparison.geoJson(RunTable.COMPARISON).isEmpty(), "no comparison.geojson here");
    assertTrue(runs.find("empty").isEmpty());
    assertTrue(runs.find("../" + root).isEmpty());
  }

  @Test
  void newRunsAreStagedHiddenAndMovedIntoPlaceWhole() throws IOException {
    Path leftover = results.resolve(".rae-run-accessibility-9.partial");
    Files.createDirectories(leftover);
    Files.writeString(leftover.resolve("zone_indicators.csv"), "half");
    Files.createDirectories(results.resolve("accessibility-1"));
    FinishedRuns runs = FinishedRuns.scan(List.of(results));
    assertFalse(Files.exists(leftover), "a killed server's staging folder is removed at start");

    FinishedRuns.Staging staging = runs.stage("accessibility");
    // accessibility-1 exists on disk (not a run, but taken): the next free name
    assertEquals("accessibility-2", staging.name());
    assertTrue(staging.folder().getFileName().toString().startsWith("."));
    accessibilityRun(staging.folder());
    assertTrue(runs.find("accessibility-2").isEmpty(), "not listed while staged");
    FinishedRun committed = runs.commit(staging);
    assertEquals("accessibility-2", committed.name());
    assertTrue(Files.isRegularFile(results.resolve("accessibility-2/zone_indicators.csv")));
    assertFalse(Files.exists(staging.folder()));

    FinishedRuns.Staging failed = runs.stage("comparison");
    comparisonRun(failed.folder());
    failed.discard();
    assertFalse(Files.exists(failed.folder()));
    // nothing else is left: no hidden staging folder of either run
    assertEquals(
        List.of("accessibility-1", "accessibility-2"),
        Arrays.stream(results.toFile().list()).sorted().toList());
  }

  @Test
  void aMissingResultsFolderIsRefusedByName() {
    Path missing = results.resolve("nope");
    BadInputException e =
        assertThrows(BadInputException.class, () -> FinishedRuns.scan(List.of(missing)));
    assertTrue(e.getMessage().startsWith(missing + ": not a folder"), e.getMessage());
  }
}
