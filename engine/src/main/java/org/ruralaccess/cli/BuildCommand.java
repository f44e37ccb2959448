package org.ruralaccess.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ruralaccess.app.BuildOperation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rae build}: a region's GTFS feeds and OSM extract into one stored network file. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the multimodal network of a region from DIR/region.yaml (GTFS feeds + OSM extract).",
      "Writes the network FILE, FILE's build report (.report.json) and its located data problems",
      "(.issues.geojson)."
    })
final class BuildCommand implements Callable<Integer> {

  @Option(
      names = "--region",
      required = true,
      paramLabel = "DIR",
      description = "region folder with region.yaml")
  Path regionDirectory;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "network file (default: DIR/network.rae)")
  Path out;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    BuildOperation.Result result = BuildOperation.run(regionDirectory, out, new CliProgress());
    result.write(new CliProgress());
    Progress.say(result.summary((System.nanoTime() - start) / 1e9));
    return 0;
  }
}
