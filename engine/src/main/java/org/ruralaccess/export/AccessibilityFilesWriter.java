package org.ruralaccess.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.ruralaccess.analysis.indicators.AccessibilityResult;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.support.Futures;

/**
 * Writes an accessibility run's folder, each file atomically, after everything is computed: a run
 * that fails part way writes nothing.
 */
public final class AccessibilityFilesWriter {

  public static final String GEOPACKAGE_STEM = "accessibility";
  public static final String MANIFEST = "run.json";

  private AccessibilityFilesWriter() {}

  /**
   * Writes zone_indicators.csv/.geojson, equity.csv, then each extra table as CSV (and GeoJSON when
   * it has geometries), each with its data dictionary, every table as a layer of accessibility.gpkg
   * (and accessibility_27700.gpkg when asked), the summary pages (e.g. {@code
   * return_trips_summary.md}), and run.json.
   *
   * @param extraTables e.g. the rider indicators and the community transport contribution
   * @param manifest the run's manifest given the files written
   * @return the files written, in order
   */
  public static List<String> write(
      Path directory,
      AccessibilityResult result,
      List<ResultTable> extraTables,
      List<MarkdownPage> pages,
      GeoPackageOptions geoPackage,
      Function<List<String>, RunManifest> manifest) {
    return write(directory, result, extraTables, List.of(), pages, geoPackage, manifest);
  }

  /**
   * As above, with layers written to the GeoPackage only (the zones' isochrones: polygons a
   * spreadsheet cannot use).
   */
  public static List<String> write(
      Path directory,
      AccessibilityResult result,
      List<ResultTable> extraTables,
      List<ResultTable> geoPackageOnlyLayers,
      List<MarkdownPage> pages,
      GeoPackageOptions geoPackage,
      Function<List<String>, RunManifest> manifest) {
    List<ResultTable> tables = new ArrayList<>();
    tables.add(result.zoneIndicators());
    tables.add(result.equity());
    tables.addAll(extraTables);
    List<ResultTable> layers = new ArrayList<>(tables);
    layers.addAll(geoPackageOnlyLayers);
    // the GeoPackage (SQLite, one thread) is written while the CSV and GeoJSON files are: each
    // writer uses one core, and the two take about as long
    CompletableFuture<List<String>> geoPackageFiles =
        CompletableFuture.supplyAsync(() -> geoPackage.write(layers, directory, GEOPACKAGE_STEM));
    List<String> files;
    try {
      files = TableFilesWriter.write(directory, tables);
    } catch (RuntimeException e) {
      geoPackageFiles.handle((written, failure) -> null).join(); // no write left running
      throw e;
    }
    files.addAll(Futures.join(geoPackageFiles));
    for (MarkdownPage page : pages) {
      files.add(page.fileName());
      AtomicWriter.write(
          directory.resolve(page.fileName()),
          out -> out.write(page.markdown().getBytes(StandardCharsets.UTF_8)));
    }
    files.add(MANIFEST);
    RunManifestWriter.write(manifest.apply(files), directory.resolve(MANIFEST));
    return files;
  }
}
