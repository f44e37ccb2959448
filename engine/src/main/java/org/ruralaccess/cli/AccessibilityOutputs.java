package org.ruralaccess.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.indicators.AccessibilityResult;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.export.GeoPackageWriter;
import org.ruralaccess.export.RunManifest;
import org.ruralaccess.export.RunManifestWriter;
import org.ruralaccess.export.TableCsvWriter;
import org.ruralaccess.export.TableGeoJsonWriter;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.NetworkInfo;

/**
 * Writes an accessibility run's files, each atomically, after everything is computed: a run that
 * fails part way writes nothing.
 */
final class AccessibilityOutputs {

  static final String GEOPACKAGE = "accessibility.gpkg";
  static final String MANIFEST = "run.json";

  private AccessibilityOutputs() {}

  /**
   * Writes zone_indicators.csv/.geojson, equity.csv, then each extra table as CSV (and GeoJSON when
   * it has geometries), every table as a layer of accessibility.gpkg, and run.json.
   *
   * @param extraTables e.g. the rider indicators and the community transport contribution
   * @return the files written, in order
   */
  static List<String> write(
      Path directory,
      AccessibilityResult result,
      List<ResultTable> extraTables,
      Network network,
      Path networkFile,
      Map<String, Object> parameters,
      List<Path> extraInputs) {
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
    files.add(GEOPACKAGE);
    GeoPackageWriter.write(layers, directory.resolve(GEOPACKAGE));
    files.add(MANIFEST);
    List<RunManifest.InputChecksum> inputs = new ArrayList<>();
    inputs.add(RunManifest.InputChecksum.of("network", networkFile));
    for (NetworkInfo.InputFile input : network.info().inputs()) {
      inputs.add(
          new RunManifest.InputChecksum(
              "network:" + input.role(), input.path(), input.sizeBytes(), input.sha256()));
    }
    for (Path extra : extraInputs) {
      inputs.add(RunManifest.InputChecksum.of("input", extra));
    }
    RunManifestWriter.write(
        RunManifest.of("rae accessibility", parameters, inputs, files),
        directory.resolve(MANIFEST));
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
