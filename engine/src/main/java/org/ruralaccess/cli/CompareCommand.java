package org.ruralaccess.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ruralaccess.app.AccessibilityJob;
import org.ruralaccess.app.CompareOperation;
import org.ruralaccess.app.LoadedNetwork;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code rae compare}: what a scenario does to each zone's access, against the baseline. */
@CommandLine.Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Compares a scenario (new route, cut, headway or days change...) with the baseline network.",
      "Per zone: baseline, scenario and change of every indicator that changes; a summary of the",
      "residents gaining or losing access within each cutoff, by IMD decile and age band; the",
      "routes and stops changed. Writes comparison.csv/.geojson, comparison.gpkg, access_changes.csv,",
      "summary.md and run.json; with community transport schemes also rider_comparison.csv/.geojson",
      "and rider_access_changes.csv (per rider group of --riders). Takes every flag of",
      "rae accessibility. The scenario is checked in full before anything runs."
    })
final class CompareCommand implements Callable<Integer> {

  @CommandLine.Mixin AccessibilityOptions options = new AccessibilityOptions();

  @Option(names = "--out", required = true, paramLabel = "DIR")
  Path outDirectory;

  @Override
  public Integer call() {
    AccessibilityJob job = options.job();
    CompareOperation.Result result =
        CompareOperation.run(LoadedNetwork.read(options.networkFile), job, new CliProgress());
    List<String> files = result.writeTo(outDirectory);
    Progress.say(
        "wrote "
            + outDirectory.resolve("summary.md")
            + " and "
            + (files.size() - 1)
            + " more files in "
            + outDirectory);
    return 0;
  }
}
