package org.ruralaccess.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.indicators.AccessibilityResult;
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

  static final List<String> FILES =
      List.of(
          "zone_indicators.csv",
          "zone_indicators.geojson",
          "equity.csv",
          "accessibility.gpkg",
          "run.json");

  private AccessibilityOutputs() {}

  static void write(
      Path directory,
      AccessibilityResult result,
      Network network,
      Path networkFile,
      Map<String, Object> parameters,
      List<Path> extraInputs) {
    TableCsvWriter.write(result.zoneIndicators(), directory.resolve(FILES.get(0)));
    TableGeoJsonWriter.write(result.zoneIndicators(), directory.resolve(FILES.get(1)));
    TableCsvWriter.write(result.equity(), directory.resolve(FILES.get(2)));
    GeoPackageWriter.write(
        List.of(result.zoneIndicators(), result.equity()), directory.resolve(FILES.get(3)));
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
        RunManifest.of("rae accessibility", parameters, inputs, FILES),
        directory.resolve(FILES.get(4)));
  }
}
