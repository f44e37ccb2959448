package org.ruralaccess.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ruralaccess.analysis.accessibility.AccessibilityAnalysis;
import org.ruralaccess.analysis.comparison.ScenarioComparison;
import org.ruralaccess.analysis.indicators.AccessibilityResult;
import org.ruralaccess.network.Network;
import org.ruralaccess.scenario.Scenario;
import org.ruralaccess.scenario.ScenarioReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rae accessibility}: per-zone indicators and equity tables for a departure window. */
@Command(
    name = "accessibility",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Accessibility indicators per zone (LSOA) and equity tables, for each mode.",
      "Per zone: minimum travel time to the nearest destination of",
      "each category, destinations and opportunities within 15/30/45/60 minutes, gravity scores and",
      "% of users within each cutoff, for each mode, plus equity tables by IMD decile and",
      "urban/rural. Zones and destinations come with the network (region.yaml); flags can replace",
      "them. Writes zone_indicators.csv/.geojson, equity.csv, accessibility.gpkg and run.json."
    })
final class AccessibilityCommand implements Callable<Integer> {

  @CommandLine.Mixin AccessibilityOptions options = new AccessibilityOptions();

  @Option(
      names = "--scenario",
      paramLabel = "YAML",
      description = "indicators for this scenario instead of the stored network (see rae compare)")
  Path scenarioFile;

  @Option(names = "--out", required = true, paramLabel = "DIR")
  Path outDirectory;

  @Override
  public Integer call() {
    Scenario scenario = scenarioFile == null ? null : ScenarioReader.read(scenarioFile);
    AccessibilityOptions.Prepared run = options.prepare("accessibility");
    Network network = run.network();
    if (scenario != null) {
      ScenarioComparison.ScenarioNetwork applied = ScenarioComparison.applyTo(network, scenario);
      Progress.say(
          "scenario '"
              + scenario.name()
              + "': "
              + applied.changes().tripsBefore()
              + " trips before, "
              + applied.changes().tripsAfter()
              + " after");
      network = applied.network();
    }
    AccessibilityResult result =
        AccessibilityAnalysis.run(
            network,
            run.zones(),
            run.destinations(),
            run.request(),
            AccessibilityOptions.progress());
    java.util.List<Path> inputs = new java.util.ArrayList<>(run.extraInputs());
    java.util.Map<String, Object> parameters = new java.util.LinkedHashMap<>(run.parameters());
    if (scenario != null) {
      inputs.add(scenarioFile);
      parameters.put("scenario", scenario.name());
    }
    AccessibilityOutputs.write(
        outDirectory, result, run.network(), options.networkFile, parameters, inputs);
    Progress.say(
        "wrote "
            + outDirectory.resolve("zone_indicators.csv")
            + " and 4 more files in "
            + outDirectory);
    return 0;
  }
}
