package org.ruralaccess.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ruralaccess.analysis.accessibility.AccessibilityAnalysis;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.analysis.accessibility.RiderIndicators;
import org.ruralaccess.analysis.accessibility.RiderTransitTimes;
import org.ruralaccess.analysis.comparison.CommunityTransportContribution;
import org.ruralaccess.analysis.comparison.ScenarioComparison;
import org.ruralaccess.analysis.indicators.AccessibilityIndicators;
import org.ruralaccess.analysis.indicators.AccessibilityResult;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.RiderGroup;
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
      "them. Writes zone_indicators.csv/.geojson, equity.csv, accessibility.gpkg and run.json;",
      "with community transport schemes also rider_indicators.csv/.geojson (per rider group),",
      "community_transport.csv/.geojson and community_transport_access_changes.csv (with and",
      "without the schemes)."
    })
final class AccessibilityCommand implements Callable<Integer> {

  @CommandLine.Mixin AccessibilityOptions options = new AccessibilityOptions();

  @CommandLine.Mixin RidersOption ridersOption = new RidersOption();

  @Option(
      names = "--scenario",
      paramLabel = "YAML",
      description = "indicators for this scenario instead of the stored network (see rae compare)")
  Path scenarioFile;

  @Option(names = "--out", required = true, paramLabel = "DIR")
  Path outDirectory;

  @Override
  public Integer call() {
    Set<RiderGroup> namedRiders = ridersOption.parse();
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
    AccessibilityRequest request = run.request();
    List<RiderGroup> riders = RidersOption.decide(namedRiders, network, request);
    AccessibilityAnalysis.Progress progress = AccessibilityOptions.progress();
    Map<TravelMode, int[][]> times =
        AccessibilityAnalysis.travelTimes(
            network, run.zones(), run.destinations(), request, request.modes(), progress);
    AccessibilityResult result =
        AccessibilityIndicators.compute(
            run.zones(), run.destinations(), times, request.indicators());
    List<ResultTable> riderTables =
        riders.isEmpty() ? List.of() : riderTables(network, run, riders, times, progress);

    List<Path> inputs = new ArrayList<>(run.extraInputs());
    Map<String, Object> parameters = new LinkedHashMap<>(run.parameters());
    parameters.put("riders", riders.stream().map(RiderGroup::label).toList());
    if (scenario != null) {
      inputs.add(scenarioFile);
      parameters.put("scenario", scenario.name());
    }
    List<String> files =
        AccessibilityOutputs.write(
            outDirectory,
            result,
            riderTables,
            run.network(),
            options.networkFile,
            parameters,
            inputs);
    Progress.say(
        "wrote "
            + outDirectory.resolve(files.get(0))
            + " and "
            + (files.size() - 1)
            + " more files in "
            + outDirectory);
    return 0;
  }

  /** rider_indicators, community_transport and community_transport_access_changes. */
  private static List<ResultTable> riderTables(
      Network network,
      AccessibilityOptions.Prepared run,
      List<RiderGroup> riders,
      Map<TravelMode, int[][]> times,
      AccessibilityAnalysis.Progress progress) {
    RiderTransitTimes riderTimes =
        RiderTransitTimes.compute(
            network,
            run.zones(),
            run.destinations(),
            run.request(),
            riders,
            times.get(TravelMode.TRANSIT),
            progress);
    CommunityTransportContribution.Result contribution =
        CommunityTransportContribution.compute(
            run.zones(), run.destinations(), riderTimes, run.request().indicators());
    return List.of(
        RiderIndicators.table(
            run.zones(), run.destinations(), times, riderTimes, run.request().indicators()),
        contribution.table(),
        contribution.accessChanges());
  }
}
