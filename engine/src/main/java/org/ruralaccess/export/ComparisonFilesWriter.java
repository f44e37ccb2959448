package org.ruralaccess.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ruralaccess.analysis.comparison.ScenarioComparison;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.scenario.Scenario;

/** Writes a scenario comparison's folder, each file atomically, after everything is computed. */
public final class ComparisonFilesWriter {

  public static final String GEOPACKAGE_STEM = "comparison";
  public static final String SUMMARY = "summary.md";
  public static final String MANIFEST = "run.json";

  /**
   * What summary.md says about the run.
   *
   * @param window the departure window, e.g. {@code 2019-05-13 14:00-16:00}
   * @param percentile of travel time over the window's departures
   */
  public record Summary(String window, int percentile) {}

  private ComparisonFilesWriter() {}

  /**
   * Writes the table of several options side by side ({@code options.csv} and its dictionary) into
   * the directory holding their folders; returns the files written.
   */
  public static List<String> writeOptions(Path directory, ResultTable options) {
    return TableFilesWriter.write(directory, List.of(options));
  }

  /**
   * Writes comparison.csv/.geojson and access_changes.csv (and the rider tables when there are,
   * then {@code extraTables}, e.g. the unplaced points), each with its data dictionary,
   * comparison.gpkg (and comparison_27700.gpkg when asked), summary.md and run.json.
   *
   * @return the files written, in order
   */
  public static List<String> write(
      Path directory,
      Scenario scenario,
      ScenarioComparison.Result result,
      Summary summary,
      List<ResultTable> extraTables,
      GeoPackageOptions geoPackage,
      Function<List<String>, RunManifest> manifest) {
    List<ResultTable> tables = new ArrayList<>();
    tables.add(result.comparison());
    tables.add(result.summary());
    tables.addAll(result.riderTables());
    tables.addAll(extraTables);
    List<String> files = TableFilesWriter.write(directory, tables);
    files.addAll(geoPackage.write(tables, directory, GEOPACKAGE_STEM));
    files.add(SUMMARY);
    ComparisonSummaryWriter.write(scenario, result, summary, directory.resolve(SUMMARY));
    files.add(MANIFEST);
    RunManifestWriter.write(manifest.apply(files), directory.resolve(MANIFEST));
    return files;
  }
}
