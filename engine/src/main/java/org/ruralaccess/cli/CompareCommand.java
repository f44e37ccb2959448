package org.ruralaccess.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ruralaccess.analysis.comparison.ScenarioComparison;
import org.ruralaccess.export.ComparisonSummaryWriter;
import org.ruralaccess.export.GeoPackageWriter;
import org.ruralaccess.export.RunManifest;
import org.ruralaccess.export.RunManifestWriter;
import org.ruralaccess.export.TableCsvWriter;
import org.ruralaccess.export.TableGeoJsonWriter;
import org.ruralaccess.network.NetworkInfo;
import org.ruralaccess.scenario.Scenario;
import org.ruralaccess.scenario.ScenarioReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rae compare}: what a scenario does to each zone's access, against the baseline. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Compares a scenario (new route, cut, headway or days change...) with the baseline network.",
      "Per zone: baseline, scenario and change of every indicator that changes; a summary of the",
      "residents gaining or losing access within each cutoff, by IMD decile and age band; the",
      "routes and stops changed. Writes comparison.csv/.geojson, comparison.gpkg, access_changes.csv,",
      "summary.md and run.json. The scenario is checked in full before anything runs."
    })
final class CompareCommand implements Callable<Integer> {

  static final List<String> FILES =
      List.of(
          "comparison.csv",
          "comparison.geojson",
          "access_changes.csv",
          "comparison.gpkg",
          "summary.md",
          "run.json");

  @Option(names = "--scenario", required = true, paramLabel = "YAML")
  Path scenarioFile;

  @CommandLine.Mixin AccessibilityOptions options = new AccessibilityOptions();

  @Option(names = "--out", required = true, paramLabel = "DIR")
  Path outDirectory;

  @Override
  public Integer call() {
    Scenario scenario = ScenarioReader.read(scenarioFile);
    AccessibilityOptions.Prepared run = options.prepare("compare '" + scenario.name() + "'");
    ScenarioComparison.Result result =
        ScenarioComparison.compare(
            run.network(),
            run.zones(),
            run.destinations(),
            scenario,
            run.request(),
            AccessibilityOptions.progress());
    Progress.say(
        String.format(
            "baseline %.1f s, scenario %.1f s (transit only; %d stops linked anew, the rest reused)",
            result.timing().baselineSeconds(),
            result.timing().scenarioSeconds(),
            result.timing().stopsLinkedAnew()));
    write(scenario, result, run);
    Progress.say(
        "wrote " + outDirectory.resolve("summary.md") + " and 5 more files in " + outDirectory);
    return 0;
  }

  private void write(
      Scenario scenario, ScenarioComparison.Result result, AccessibilityOptions.Prepared run) {
    TableCsvWriter.write(result.comparison(), outDirectory.resolve(FILES.get(0)));
    TableGeoJsonWriter.write(result.comparison(), outDirectory.resolve(FILES.get(1)));
    TableCsvWriter.write(result.summary(), outDirectory.resolve(FILES.get(2)));
    GeoPackageWriter.write(
        List.of(result.comparison(), result.summary()), outDirectory.resolve(FILES.get(3)));
    String window = run.request().date() + " " + options.from + "-" + options.to;
    ComparisonSummaryWriter.write(scenario, result, window, outDirectory.resolve(FILES.get(4)));
    List<RunManifest.InputChecksum> inputs = new ArrayList<>();
    inputs.add(RunManifest.InputChecksum.of("network", options.networkFile));
    inputs.add(RunManifest.InputChecksum.of("scenario", scenarioFile));
    for (NetworkInfo.InputFile input : run.network().info().inputs()) {
      inputs.add(
          new RunManifest.InputChecksum(
              "network:" + input.role(), input.path(), input.sizeBytes(), input.sha256()));
    }
    for (Path extra : run.extraInputs()) {
      inputs.add(RunManifest.InputChecksum.of("input", extra));
    }
    Map<String, Object> parameters = new LinkedHashMap<>(run.parameters());
    parameters.put("scenario", scenario.name());
    RunManifestWriter.write(
        RunManifest.of("rae compare", parameters, inputs, FILES),
        outDirectory.resolve(FILES.get(5)));
  }
}
