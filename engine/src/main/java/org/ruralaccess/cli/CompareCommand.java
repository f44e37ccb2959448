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
      "rae accessibility. Give --scenario more than once to compare several scenarios with one",
      "baseline run, each written to a folder of --out named after its file, with options.csv",
      "beside them (the options side by side). Every scenario is checked in full before anything",
      "runs."
    })
final class CompareCommand implements Callable<Integer> {

  @CommandLine.Mixin AccessibilityOptions options = new AccessibilityOptions();

  @Option(names = "--out", required = true, paramLabel = "DIR")
  Path outDirectory;

  @Override
  public Integer call() {
    List<AccessibilityJob> jobs = options.jobPerScenario();
    CompareOperation.Results results =
        CompareOperation.run(
            LoadedNetwork.read(options.networkFile), jobs, null, new CliProgress());
    List<String> files = results.writeTo(outDirectory);
    if (results.each().size() == 1) {
      Progress.say(
          "wrote "
              + outDirectory.resolve("summary.md")
              + " and "
              + (files.size() - 1)
              + " more files in "
              + outDirectory);
    } else {
      Progress.say(
          "wrote "
              + files.size()
              + " files in "
              + outDirectory
              + ", one folder per scenario: "
              + String.join(", ", results.folders()));
    }
    return 0;
  }
}
