package org.ruralaccess.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.ruralaccess.analysis.table.ResultTable;

/**
 * Writes isochrone features to a GeoPackage (or GeoJSON when the file name ends in {@code
 * .geojson}) and the run's record beside it as {@code <name>.run.json}, so two runs in one folder
 * keep their own records. Each file atomically, the features first: a failure leaves no record of
 * files that do not exist.
 */
public final class IsochroneFilesWriter {

  private IsochroneFilesWriter() {}

  /**
   * @return the names of the files written (the output's, then the record's)
   */
  public static List<String> write(
      ResultTable features, Path out, Function<List<String>, RunManifest> manifest) {
    String name = out.getFileName().toString();
    if (isGeoJson(out)) {
      TableGeoJsonWriter.write(features, out);
    } else {
      GeoPackageWriter.write(List.of(features), out);
    }
    String record = recordName(out);
    List<String> files = List.of(name, record);
    RunManifestWriter.write(manifest.apply(files), out.resolveSibling(record));
    return files;
  }

  public static boolean isGeoJson(Path out) {
    return out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".geojson");
  }

  /** {@code isochrones.gpkg} -> {@code isochrones.run.json}. */
  public static String recordName(Path out) {
    String name = out.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name) + ".run.json";
  }
}
