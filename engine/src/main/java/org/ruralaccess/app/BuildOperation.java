package org.ruralaccess.app;

import java.nio.file.Path;
import java.util.List;
import org.ruralaccess.export.BuildReportWriter;
import org.ruralaccess.ingest.region.RegionConfig;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.build.BuildReport;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.network.store.NetworkStore;
import org.ruralaccess.support.ProgressListener;

/** {@code rae build}: a region's GTFS feeds, OSM extract, zones and destinations into one file. */
public final class BuildOperation {

  /**
   * A build and where its files go: the network ({@code null} when a data error stopped it), the
   * report of counts and data problems, and the located problems as GeoJSON.
   */
  public record Result(
      String regionName,
      Network network,
      BuildReport report,
      Path networkFile,
      Path reportFile,
      Path issuesFile) {

    /**
     * Writes the report and the issues map, then the network; a build stopped by data errors writes
     * the report and fails naming it, with no network file.
     */
    public void write(ProgressListener progress) {
      BuildReportWriter.writeJson(report, reportFile);
      BuildReportWriter.writeGeoJson(report, issuesFile);
      if (network == null) {
        List<IssueDigest.Entry> errors =
            IssueDigest.of(report.issues()).stream()
                .filter(e -> e.severity() == Severity.ERROR)
                .toList();
        errors.forEach(e -> progress.note(e.line()));
        int count = errors.stream().mapToInt(IssueDigest.Entry::count).sum();
        ImportIssue first = errors.isEmpty() ? null : errors.getFirst().first();
        throw new BadInputException(
            count
                + " data error(s) stop the build; no network was written"
                + (first == null
                    ? ""
                    : "; first: "
                        + IssueDigest.where(first)
                        + " "
                        + first.code()
                        + ": "
                        + first.message())
                + ". See "
                + reportFile);
      }
      progress.note("writing " + networkFile);
      NetworkStore.write(network, networkFile);
    }

    /** What was built, for the console: counts, data issues and where the report is. */
    public String summary(double seconds) {
      StringBuilder text = new StringBuilder(String.format("built in %.1f s:", seconds));
      report
          .counts()
          .forEach((name, value) -> text.append("\n  ").append(name).append(": ").append(value));
      long warnings =
          report.issues().stream().filter(i -> i.severity() == Severity.WARNING).count();
      text.append("\n  data issues: ")
          .append(report.issues().size())
          .append(" (")
          .append(warnings)
          .append(" warnings)");
      // every code with its first place, so a skipped row is never only a number in report.json
      IssueDigest.of(report.issues()).forEach(e -> text.append("\n    ").append(e.line()));
      text.append("\nreport: ").append(reportFile).append("\nissues map: ").append(issuesFile);
      return text.toString();
    }
  }

  private BuildOperation() {}

  /**
   * @param networkFile where the network goes; null for {@code DIR/network.rae}
   */
  public static Result run(Path regionDirectory, Path networkFile, ProgressListener progress) {
    RegionConfig region = RegionConfigReader.read(regionDirectory);
    Path target = networkFile != null ? networkFile : region.directory().resolve("network.rae");
    progress.note("building network '" + region.name() + "' -> " + target);
    NetworkBuilder.Result built = new NetworkBuilder(progress::note).build(region);
    return new Result(
        region.name(),
        built.network(),
        built.report(),
        target,
        sibling(target, ".report.json"),
        sibling(target, ".issues.geojson"));
  }

  /** {@code out/poa.rae} gives {@code out/poa.report.json}. */
  static Path sibling(Path file, String suffix) {
    String name = file.getFileName().toString();
    String stem = name.endsWith(".rae") ? name.substring(0, name.length() - 4) : name;
    return file.toAbsolutePath().resolveSibling(stem + suffix);
  }
}
