package org.ruralaccess.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ruralaccess.export.BuildReportWriter;
import org.ruralaccess.ingest.region.RegionConfig;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.network.build.BuildReport;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.network.store.NetworkStore;
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
    RegionConfig region = RegionConfigReader.read(regionDirectory);
    Path networkFile = out != null ? out : region.directory().resolve("network.rae");
    Progress.say("building network '" + region.name() + "' -> " + networkFile);
    NetworkBuilder.Result result = new NetworkBuilder(Progress::say).build(region);
    BuildReport report = result.report();
    Path reportFile = sibling(networkFile, ".report.json");
    Path issuesFile = sibling(networkFile, ".issues.geojson");
    BuildReportWriter.writeJson(report, reportFile);
    BuildReportWriter.writeGeoJson(report, issuesFile);
    long errors = report.issues().stream().filter(i -> i.severity() == Severity.ERROR).count();
    if (result.network() == null) {
      throw new BadInputException(
          errors + " data error(s) stop the build; no network was written. See " + reportFile);
    }
    Progress.say("writing " + networkFile);
    NetworkStore.write(result.network(), networkFile);
    Progress.say(summary(report, reportFile, issuesFile, (System.nanoTime() - start) / 1e9));
    return 0;
  }

  static Path sibling(Path file, String suffix) {
    String name = file.getFileName().toString();
    String stem = name.endsWith(".rae") ? name.substring(0, name.length() - 4) : name;
    return file.toAbsolutePath().resolveSibling(stem + suffix);
  }

  private static String summary(
      BuildReport report, Path reportFile, Path issuesFile, double seconds) {
    StringBuilder text = new StringBuilder(String.format("built in %.1f s:", seconds));
    report
        .counts()
        .forEach((name, value) -> text.append("\n  ").append(name).append(": ").append(value));
    long warnings = report.issues().stream().filter(i -> i.severity() == Severity.WARNING).count();
    text.append("\n  data issues: ")
        .append(report.issues().size())
        .append(" (")
        .append(warnings)
        .append(" warnings)");
    text.append("\nreport: ").append(reportFile).append("\nissues map: ").append(issuesFile);
    return text.toString();
  }
}
