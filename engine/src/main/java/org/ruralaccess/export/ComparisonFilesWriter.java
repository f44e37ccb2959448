package org.ruralaccess.export;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.ruralaccess.analysis.comparison.ScenarioComparison;
import org.ruralaccess.scenario.Scenario;

/** Writes a scenario comparison's folder, each file atomically, after everything is computed. */
public final class ComparisonFilesWriter {

  public static final List<String> FILES =
      List.of(
          "comparison.csv",
          "comparison.geojson",
          "access_changes.csv",
          "comparison.gpkg",
          "summary.md",
          "run.json");

  private ComparisonFilesWriter() {}

  /**
   * @param window the departure window as shown in summary.md, e.g. {@code 2019-05-13 14:00-16:00}
   * @return the files written, in order
   */
  public static List<String> write(
      Path directory,
      Scenario scenario,
      ScenarioComparison.Result result,
      String window,
      Function<List<String>, RunManifest> manifest) {
    TableCsvWriter.write(result.comparison(), directory.resolve(FILES.get(0)));
    TableGeoJsonWriter.write(result.comparison(), directory.resolve(FILES.get(1)));
    TableCsvWriter.write(result.summary(), directory.resolve(FILES.get(2)));
    GeoPackageWriter.write(
        List.of(result.comparison(), result.summary()), directory.resolve(FILES.get(3)));
    ComparisonSummaryWriter.write(scenario, result, window, directory.resolve(FILES.get(4)));
    RunManifestWriter.write(manifest.apply(FILES), directory.resolve(FILES.get(5)));
    return FILES;
  }
}
