package org.ruralaccess.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ruralaccess.analysis.indicators.AccessibilityResult;
import org.ruralaccess.analysis.table.ResultTable;

/**
 * Writes an accessibility run's folder, each file atomically, after everything is computed: a run
 * that fails part way writes nothing.
 */
public final class AccessibilityFilesWriter {

  public static final String GEOPACKAGE = "accessibility.gpkg";
  public static final String MANIFEST = "run.json";

  private AccessibilityFilesWriter() {}

  /**
   * Writes zone_indicators.csv/.geojson, equity.csv, then each extra table as CSV (and GeoJSON when
   * it has geometries), every table as a layer of accessibility.gpkg, and run.json.
   *
   * @param extraTables e.g. the rider indicators and the community transport contribution
   * @param manifest the run's manifest given the files written
   * @return the files written, in order
   */
  public static List<String> write(
      Path directory,
      AccessibilityResult result,
      List<ResultTable> extraTables,
      Function<List<String>, RunManifest> manifest) {
    return write(directory, result, extraTables, List.of(), manifest);
  }

  /**
   * As above, with summary pages (e.g. {@code return_trips_summary.md}) written after the
   * GeoPackage.
   */
  public static List<String> write(
      Path directory,
      AccessibilityResult result,
      List<ResultTable> extraTables,
      List<MarkdownPage> pages,
      Function<List<String>, RunManifest> manifest) {
    return write(directory, result, extraTables, List.of(), pages, manifest);
  }

  /**
   * As above, with layers written to accessibility.gpkg only (the zones' isochrones: polygons a
   * spreadsheet cannot use).
   */
  public static List<String> write(
      Path directory,
      AccessibilityResult result,
      List<ResultTable> extraTables,
      List<ResultTable> geoPackageOnlyLayers,
      List<MarkdownPage> pages,
      Function<List<String>, RunManifest> manifest) {
    List<String> files = new ArrayList<>();
    List<ResultTable> layers = new ArrayList<>();
    for (ResultTable table : tables(result, extraTables)) {
      files.add(table.name() + ".csv");
      TableCsvWriter.write(table, directory.resolve(table.name() + ".csv"));
      if (table.hasGeometry()) {
        files.add(table.name() + ".geojson");
        TableGeoJsonWriter.write(table, directory.resolve(table.name() + ".geojson"));
      }
      layers.add(table);
    }
    layers.addAll(geoPackageOnlyLayers);
    files.add(GEOPACKAGE);
    GeoPackageWriter.write(layers, directory.resolve(GEOPACKAGE));
    for (MarkdownPage page : pages) {
      files.add(page.fileName());
      AtomicWriter.write(
          directory.resolve(page.fileName()),
          out -> out.write(page.markdown().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    files.add(MANIFEST);
    RunManifestWriter.write(manifest.apply(files), directory.resolve(MANIFEST));
    return files;
  }

  private static List<ResultTable> tables(AccessibilityResult result, List<ResultTable> extra) {
    List<ResultTable> tables = new ArrayList<>();
    tables.add(result.zoneIndicators());
    tables.add(result.equity());
    tables.addAll(extra);
    return tables;
  }
}
