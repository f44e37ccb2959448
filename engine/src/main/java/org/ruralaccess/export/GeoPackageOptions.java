package org.ruralaccess.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ruralaccess.analysis.table.ResultTable;

/**
 * How a run's GeoPackage is written: its {@code last_change} (the newest input's modification time,
 * so the same inputs give the same bytes) and, besides the WGS84 file, one in another CRS when
 * asked ({@code --crs 27700}: {@code <name>_27700.gpkg} in British National Grid).
 *
 * @param alsoIn the extra CRS, or null for the WGS84 file alone
 */
public record GeoPackageOptions(Instant lastChange, GeoPackageCrs alsoIn) {

  public static final GeoPackageOptions DEFAULTS =
      new GeoPackageOptions(GeoPackageWriter.DEFAULT_LAST_CHANGE, null);

  public GeoPackageOptions {
    Objects.requireNonNull(lastChange, "lastChange");
    alsoIn = alsoIn == GeoPackageCrs.WGS84 ? null : alsoIn;
  }

  /**
   * Writes {@code stem}.gpkg (WGS84) and, when asked, {@code stem_<srs>}.gpkg into {@code
   * directory}; returns the file names written, in order.
   */
  List<String> write(List<ResultTable> layers, Path directory, String stem) {
    List<String> files = new ArrayList<>();
    files.add(stem + ".gpkg");
    GeoPackageWriter.write(
        layers, lastChange, GeoPackageCrs.WGS84, directory.resolve(stem + ".gpkg"));
    if (alsoIn != null) {
      String name = stem + "_" + alsoIn.srsId() + ".gpkg";
      files.add(name);
      GeoPackageWriter.write(layers, lastChange, alsoIn, directory.resolve(name));
    }
    return files;
  }
}
