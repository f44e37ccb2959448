package org.ruralaccess.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ruralaccess.app.AccessibilityJob;
import org.ruralaccess.app.AccessibilityOperation;
import org.ruralaccess.app.LoadedNetwork;
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
      "%% of users within each cutoff, for each mode, plus equity tables by IMD decile and",
      "urban/rural. Zones and destinations come with the network (region.yaml); flags can replace",
      "them. Writes zone_indicators.csv/.geojson, equity.csv, accessibility.gpkg and run.json;",
      "with community transport schemes also rider_indicators.csv/.geojson (per rider group),",
      "community_transport.csv/.geojson and community_transport_access_changes.csv (with and",
      "without the schemes). The rural questions: --return-trips (there and back the same day),",
      "--periods (evenings, weekends, school holidays) and --nth (the n-th nearest); see",
      "docs/indicators.md."
    })
final class AccessibilityCommand implements Callable<Integer> {

  @CommandLine.Mixin AccessibilityOptions options = new AccessibilityOptions();

  @CommandLine.Mixin RuralQuestionsOptions questions = new RuralQuestionsOptions();

  @Option(
      names = "--isochrones",
      split = ",",
      paramLabel = "MIN",
      description =
          "also every zone's isochrones at these cutoffs (minutes, increasing), one layer per mode"
              + " (isochrones_<mode>) in accessibility.gpkg; see rae isochrone")
  int[] isochroneCutoffs;

  @Option(names = "--out", required = true, paramLabel = "DIR")
  Path outDirectory;

  @Override
  public Integer call() {
    AccessibilityJob job = questions.applyTo(options.job());
    AccessibilityOperation.Result result =
        AccessibilityOperation.run(
            LoadedNetwork.read(options.networkFile), job, isochroneCutoffs, new CliProgress());
    List<String> files = result.writeTo(outDirectory);
    Progress.say(
        "wrote "
            + outDirectory.resolve(files.get(0))
            + " and "
            + (files.size() - 1)
            + " more files in "
            + outDirectory);
    return 0;
  }
}
