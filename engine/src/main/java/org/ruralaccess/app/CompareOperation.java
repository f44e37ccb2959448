package org.ruralaccess.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ruralaccess.analysis.comparison.ComparisonBaseline;
import org.ruralaccess.analysis.comparison.OptionsTable;
import org.ruralaccess.analysis.comparison.ScenarioComparison;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.export.ComparisonFilesWriter;
import org.ruralaccess.export.GeoPackageCrs;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.scenario.Scenario;
import org.ruralaccess.scenario.ScenarioApplier;
import org.ruralaccess.scenario.ScenarioReader;
import org.ruralaccess.scenario.SchemeModification;
import org.ruralaccess.support.ProgressListener;

/**
 * {@code rae compare}: what a scenario does to each zone's access, against the baseline, and with
 * community transport schemes, to each rider group's. The scenario is checked in full before
 * anything is routed. Takes every flag of {@code rae accessibility}, with the same meaning.
 */
public final class CompareOperation {

  /**
   * The comparison, the scenario, the window and percentile shown in summary.md, the record.
   *
   * @param extraTables the {@code unplaced} table when some zone origin or destination is not on
   *     the streets, else empty
   */
  public record Result(
      Scenario scenario,
      ScenarioComparison.Result comparison,
      ComparisonFilesWriter.Summary summary,
      List<ResultTable> extraTables,
      RunRecord record,
      GeoPackageCrs alsoIn) {

    /** Writes the comparison's files into {@code directory}; returns their names in order. */
    public List<String> writeTo(Path directory) {
      return ComparisonFilesWriter.write(
          directory,
          scenario,
          comparison,
          summary,
          extraTables,
          record.geoPackage(alsoIn),
          record::manifest);
    }
  }

  /**
   * Several scenarios compared with one baseline run: each result, and the folder of the output
   * directory it is written into (the scenario file's name without its extension).
   */
  public record Results(List<Result> each, List<String> folders) {

    /**
     * Writes one scenario's files straight into {@code directory}, as {@link Result#writeTo}; of
     * several, each into its own folder there, then {@code options.csv} (the options side by side,
     * {@link OptionsTable}). Returns the files written, relative to {@code directory}, in order.
     */
    public List<String> writeTo(Path directory) {
      if (each.size() == 1) {
        return each.get(0).writeTo(directory);
      }
      List<String> written = new ArrayList<>();
      for (int i = 0; i < each.size(); i++) {
        String folder = folders.get(i);
        each.get(i).writeTo(directory.resolve(folder)).forEach(f -> written.add(folder + "/" + f));
      }
      written.addAll(
          ComparisonFilesWriter.writeOptions(
              directory,
              OptionsTable.of(
                  folders,
                  each.stream().map(r -> r.scenario().name()).toList(),
                  each.stream().map(Result::comparison).toList())));
      return written;
    }
  }

  private CompareOperation() {}

  public static Result run(LoadedNetwork loaded, AccessibilityJob job, ProgressListener progress) {
    return run(loaded, List.of(job), null, progress).each().get(0);
  }

  /**
   * As {@link #run(LoadedNetwork, List, ComparisonBaselines, ProgressListener)} for one job, with
   * the baseline kept in {@code baselines} (the server's) when it is the one routed last.
   */
  public static Result run(
      LoadedNetwork loaded,
      AccessibilityJob job,
      ComparisonBaselines baselines,
      ProgressListener progress) {
    return run(loaded, List.of(job), baselines, progress).each().get(0);
  }

  /**
   * Compares each job's scenario with the baseline; the jobs differ only in their scenario file.
   * Every scenario is read and checked before anything is routed, and the baseline is routed once
   * for all of them (once per set of rider groups, when scenarios differ in the community transport
   * they touch): each result equals that scenario's comparison alone, byte for byte.
   *
   * @param baselines where a baseline routed for the same settings may be kept (the server's), or
   *     null to route it
   */
  public static Results run(
      LoadedNetwork loaded,
      List<AccessibilityJob> jobs,
      ComparisonBaselines baselines,
      ProgressListener progress) {
    if (jobs.isEmpty() || jobs.stream().anyMatch(job -> job.scenarioFile() == null)) {
      throw new BadInputException("--scenario is required: the scenario to compare");
    }
    List<String> folders = folders(jobs);
    List<Scenario> scenarios = new ArrayList<>();
    for (AccessibilityJob job : jobs) {
      scenarios.add(ScenarioReader.read(job.scenarioFile()));
    }
    String commandName =
        jobs.size() == 1
            ? "compare '" + scenarios.get(0).name() + "'"
            : "compare " + jobs.size() + " scenarios";
    AccessibilityInputs inputs =
        AccessibilityInputs.resolve(loaded, jobs.get(0), commandName, progress);
    // scenarios that touch community transport may compare rider groups where the others do not
    Map<Boolean, List<RiderGroup>> ridersBySchemes = new HashMap<>();
    Map<List<RiderGroup>, List<Integer>> byRiders = new LinkedHashMap<>();
    for (int i = 0; i < scenarios.size(); i++) {
      List<RiderGroup> riders =
          ridersBySchemes.computeIfAbsent(
              schemes(loaded, scenarios.get(i)),
              schemes ->
                  AccessibilityOperation.riders(
                      jobs.get(0).riders(), schemes, inputs.request(), progress));
      byRiders.computeIfAbsent(riders, r -> new ArrayList<>()).add(i);
    }
    if (byRiders.size() > 1) {
      // each group's comparison checks its scenarios before routing; check them all first
      scenarios.forEach(scenario -> ScenarioApplier.apply(scenario, loaded.network()));
    }
    boolean everyZone = FullRecomputation.requested();
    Result[] results = new Result[jobs.size()];
    byRiders.forEach(
        (riders, indexes) -> {
          Supplier<ComparisonBaseline> route =
              () ->
                  ComparisonBaseline.route(
                      loaded.network(),
                      inputs.zones(),
                      inputs.destinations(),
                      inputs.request(),
                      riders,
                      everyZone,
                      progress);
          List<ScenarioComparison.Result> comparisons =
              ScenarioComparison.compareAll(
                  loaded.network(),
                  indexes.stream().map(scenarios::get).toList(),
                  inputs.request(),
                  baselines == null
                      ? route
                      : () ->
                          baselines.get(
                              inputs.zones(),
                              inputs.destinations(),
                              inputs.request(),
                              riders,
                              everyZone,
                              progress,
                              route),
                  progress);
          for (int k = 0; k < indexes.size(); k++) {
            int i = indexes.get(k);
            results[i] =
                result(
                    loaded,
                    jobs.get(i),
                    inputs.forScenario(jobs.get(i)),
                    scenarios.get(i),
                    riders,
                    comparisons.get(k),
                    jobs.size() > 1,
                    progress);
          }
        });
    return new Results(List.of(results), folders);
  }

  /** Whether the comparison has community transport schemes: the network's or the scenario's. */
  private static boolean schemes(LoadedNetwork loaded, Scenario scenario) {
    return !loaded.network().communityTransport().isEmpty()
        || scenario.modifications().stream().anyMatch(m -> m instanceof SchemeModification);
  }

  /**
   * Each scenario's output folder: its file's name without the extension; two scenarios may not
   * share one.
   */
  private static List<String> folders(List<AccessibilityJob> jobs) {
    List<String> folders = new ArrayList<>();
    Map<String, Path> taken = new LinkedHashMap<>();
    for (AccessibilityJob job : jobs) {
      String name = job.scenarioFile().getFileName().toString();
      int dot = name.lastIndexOf('.');
      String folder = dot > 0 ? name.substring(0, dot) : name;
      Path other = taken.putIfAbsent(folder, job.scenarioFile());
      if (other != null && jobs.size() > 1) {
        throw new BadInputException(
            "--scenario: "
                + other
                + " and "
                + job.scenarioFile()
                + " would both be written to the folder '"
                + folder
                + "'; give each scenario once, in files with different names");
      }
      folders.add(folder);
    }
    return folders;
  }

  private static Result result(
      LoadedNetwork loaded,
      AccessibilityJob job,
      AccessibilityInputs inputs,
      Scenario scenario,
      List<RiderGroup> riders,
      ScenarioComparison.Result comparison,
      boolean named,
      ProgressListener progress) {
    progress.note(
        String.format(
            (named ? "'" + scenario.name() + "': " : "")
                + "baseline %.1f s, scenario %.1f s (transit only; %d stops linked anew, the rest"
                + " reused; %d of %d zones recomputed (%.1f%%), the rest cannot change)",
            comparison.timing().baselineSeconds(),
            comparison.timing().scenarioSeconds(),
            comparison.timing().stopsLinkedAnew(),
            comparison.timing().zonesRecomputed(),
            comparison.timing().zoneCount(),
            100.0
                * comparison.timing().zonesRecomputed()
                / Math.max(1, comparison.timing().zoneCount())));
    Map<String, Object> parameters = new LinkedHashMap<>(inputs.parameters());
    parameters.put("riders", riders.stream().map(RiderGroup::label).toList());
    parameters.put("scenario", scenario.name());
    RunRecord record = loaded.record("rae compare", parameters, inputs.files());
    return new Result(
        scenario,
        comparison,
        new ComparisonFilesWriter.Summary(job.window().label(), job.percentile()),
        inputs.placement().complete()
            ? List.of()
            : List.of(inputs.placement().table(inputs.zones(), inputs.destinations())),
        record,
        GeoPackageCrs.ofEpsg(job.crsEpsg()));
  }
}
