package org.ruralaccess.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ruralaccess.analysis.accessibility.AccessibilityAnalysis;
import org.ruralaccess.analysis.indicators.AccessibilityResult;
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

  @Option(names = "--out", required = true, paramLabel = "DIR")
  Path outDirectory;

  @Override
  public Integer call() {
    AccessibilityOptions.Prepared run = options.prepare("accessibility");
    AccessibilityResult result =
        AccessibilityAnalysis.run(
            run.network(),
            run.zones(),
            run.destinations(),
            run.request(),
            AccessibilityOptions.progress());
    AccessibilityOutputs.write(
        outDirectory,
        result,
        run.network(),
        options.networkFile,
        run.parameters(),
        run.extraInputs());
    Progress.say(
        "wrote "
            + outDirectory.resolve("zone_indicators.csv")
            + " and 4 more files in "
            + outDirectory);
    return 0;
  }
}
