package org.ruralaccess.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ruralaccess.app.AccessibilityJob;
import org.ruralaccess.app.DepartureWindow;
import org.ruralaccess.app.IndicatorRequest;
import org.ruralaccess.app.RequestValues;
import org.ruralaccess.model.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The flags of {@code rae accessibility}, all shared with {@code rae compare} (the same flag means
 * the same in both): the network, the departure window, the modes, the indicator settings, the
 * zones and destinations, the scenario, the GeoPackage's extra CRS, the rider groups, routing and
 * community transport.
 */
final class AccessibilityOptions {

  @Option(names = "--network", required = true, paramLabel = "FILE")
  Path networkFile;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
  String date;

  @Option(names = "--from", required = true, paramLabel = "HH:MM")
  String from;

  @Option(names = "--to", required = true, paramLabel = "HH:MM")
  String to;

  @Option(names = "--step-minutes", defaultValue = "1", paramLabel = "N")
  int stepMinutes;

  @Option(
      names = "--percentile",
      defaultValue = "50",
      paramLabel = "P",
      description = "travel time percentile over the window (default: ${DEFAULT-VALUE})")
  int percentile;

  @Option(
      names = "--modes",
      defaultValue = "transit,walk,bike,car",
      split = ",",
      paramLabel = "MODE")
  List<String> modes;

  @Option(names = "--cutoffs", defaultValue = "15,30,45,60", split = ",", paramLabel = "MIN")
  int[] cutoffs;

  @Option(
      names = "--cap",
      defaultValue = "10",
      paramLabel = "N",
      description = "cap of the capped counts (DfT JTS: 10)")
  int cap;

  @Option(
      names = "--decay",
      defaultValue = "step",
      paramLabel = "FUNCTION",
      description =
          "gravity decay: step, linear:WIDTH, logistic:SD, exponential:HALF_LIFE (minutes); see docs/indicators.md")
  String decay;

  @Option(names = "--gravity-cutoff", defaultValue = "60", paramLabel = "MIN")
  int gravityCutoffMinutes;

  @Option(
      names = "--style",
      defaultValue = "engine",
      paramLabel = "STYLE",
      description = "column names: engine or jts (DfT JTS05 names, e.g. GPPTt)")
  String style;

  @Option(
      names = "--zones",
      paramLabel = "CSV",
      description =
          "r5r-style points (id,lat,lon,population) to use as zones instead of the network's")
  Path zonesFile;

  @Option(names = "--population-column", defaultValue = "population", paramLabel = "NAME")
  String populationColumn;

  @Option(
      names = "--destinations",
      paramLabel = "CSV",
      description = "destinations (id,name,category,lat,lon,weight) instead of the network's")
  Path destinationsFile;

  @Option(
      names = "--users",
      paramLabel = "CATEGORY=GROUP",
      description =
          "who uses a category, e.g. gp=older (65+), jobs=working-age, hospital=all; groups: all,"
              + " children, young, working-age, older, or bands like 50-64+65-")
  Map<String, String> users;

  @Option(
      names = "--scenario",
      paramLabel = "YAML",
      description =
          "a scenario (see docs/scenarios.md): rae compare compares it with the baseline (required;"
              + " give it again for more scenarios, compared with one baseline run, each in a"
              + " folder of --out named after its file); rae accessibility computes the indicators"
              + " on the scenario's network")
  List<Path> scenarioFiles = new ArrayList<>();

  @Option(
      names = "--crs",
      defaultValue = "4326",
      paramLabel = "EPSG",
      description =
          "27700: also write the GeoPackage in British National Grid (<name>_27700.gpkg); the"
              + " WGS84 one is always written (default: ${DEFAULT-VALUE})")
  int crsEpsg;

  @CommandLine.Mixin RidersOption ridersOption = new RidersOption();

  @CommandLine.Mixin RoutingOptions routingOptions = new RoutingOptions();

  @CommandLine.Mixin
  CommunityTransportOptions communityTransportOptions = new CommunityTransportOptions();

  /** The job the flags describe, every value checked; at most one scenario. */
  AccessibilityJob job() {
    if (scenarioFiles.size() > 1) {
      throw new BadInputException(
          "--scenario: give one scenario here (rae compare compares several), was "
              + scenarioFiles.size());
    }
    return job(scenarioFiles.isEmpty() ? null : scenarioFiles.get(0));
  }

  /** One job per scenario given, the same but for the scenario (none without one). */
  List<AccessibilityJob> jobPerScenario() {
    return scenarioFiles.stream().map(this::job).toList();
  }

  private AccessibilityJob job(Path scenarioFile) {
    return new AccessibilityJob(
        DepartureWindow.of(date, from, to, stepMinutes),
        percentile,
        RequestValues.modes("--modes", modes),
        new IndicatorRequest(cutoffs, cap, decay, gravityCutoffMinutes, style, users),
        routingOptions.overrides(),
        communityTransportOptions.request(),
        zonesFile,
        populationColumn,
        destinationsFile,
        scenarioFile,
        ridersOption.parse(),
        crsEpsg);
  }
}
