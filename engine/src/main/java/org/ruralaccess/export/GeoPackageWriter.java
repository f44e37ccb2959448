package org.ruralaccess.export;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.support.AtomicFiles;

/**
 * Writes result tables into one OGC GeoPackage 1.3 file (opens in QGIS and GDAL): a feature table
 * per layer with geometries (column {@value #GEOMETRY_COLUMN}, in WGS84 or British National Grid)
 * with an R*Tree spatial index, an attributes table per layer without (e.g. equity), the required
 * gpkg_spatial_ref_sys, gpkg_contents, gpkg_geometry_columns and gpkg_extensions, and QGIS layer
 * styles ({@link QgisLayerStyles}) so the main layers open coloured with a legend. Column types
 * come from the tables' schemas.
 *
 * <p>Atomic: written to a temporary sibling (journal off, one transaction) and renamed. Byte for
 * byte deterministic for the same tables, SQLite version and {@code lastChange}: nothing depends on
 * the clock.
 */
public final class GeoPackageWriter {

  static final int APPLICATION_ID_GPKG = 0x47504B47;
  static final int USER_VERSION_1_3 = 10300;
  static final String ID_COLUMN = "fid";
  static final String GEOMETRY_COLUMN = "geom";

  /** gpkg_contents.last_change when the caller gives none: fixed, so files stay reproducible. */
  public static final Instant DEFAULT_LAST_CHANGE = Instant.EPOCH;

  private static final DateTimeFormatter LAST_CHANGE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private GeoPackageWriter() {}

  public static void write(List<ResultTable> layers, Path file) {
    write(layers, DEFAULT_LAST_CHANGE, GeoPackageCrs.WGS84, file);
  }

  /**
   * @param lastChange written to gpkg_contents.last_change and the styles' update_time (the newest
   *     input's modification time; never "now", which would make every run's file different)
   * @param crs the coordinate reference system of the feature tables
   */
  public static void write(
      List<ResultTable> layers, Instant lastChange, GeoPackageCrs crs, Path file) {
    List<GeoPackageLayer> prepared = prepare(layers, crs);
    try {
      AtomicFiles.writeFile(
          file,
          temp -> {
            try {
              writeDatabase(temp, prepared, lastChange, crs);
            } catch (SQLException e) {
              throw new IOException(e.getMessage(), e);
            } finally {
              AtomicFiles.deleteQuietly(Path.of(temp + "-journal"));
            }
          });
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot write GeoPackage: " + e.getMessage(), e);
    }
  }

  private static void writeDatabase(
      Path temp, List<GeoPackageLayer> prepared, Instant lastChange, GeoPackageCrs crs)
      throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + temp)) {
      try (Statement sql = db.createStatement()) {
        sql.execute("PRAGMA application_id = " + APPLICATION_ID_GPKG);
        sql.execute("PRAGMA user_version = " + USER_VERSION_1_3);
        // the file is a private temporary until the rename: no journal needed for atomicity
        sql.execute("PRAGMA journal_mode = OFF");
        sql.execute("PRAGMA synchronous = OFF");
      }
      db.setAutoCommit(false);
      GeoPackageSchema.createCoreTables(db, crs);
      GeoPackageRtree.createExtensionsTable(db);
      String changed = LAST_CHANGE.format(lastChange);
      List<QgisLayerStyles.Style> styles = new ArrayList<>();
      for (GeoPackageLayer layer : prepared) {
        writeLayer(db, layer, changed, crs);
        styles.addAll(QgisLayerStyles.of(layer.table()));
      }
      if (!styles.isEmpty()) {
        QgisLayerStyles.write(db, styles, changed);
      }
      db.commit();
    }
  }

  private static List<GeoPackageLayer> prepare(List<ResultTable> layers, GeoPackageCrs crs) {
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("a GeoPackage needs at least one layer");
    }
    Set<String> names = new HashSet<>();
    List<GeoPackageLayer> prepared = new ArrayList<>();
    for (ResultTable table : layers) {
      GeoPackageLayer layer = GeoPackageLayer.of(table, crs);
      if (!names.add(table.name().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("GeoPackage layer " + table.name() + " twice");
      }
      prepared.add(layer);
    }
    return prepared;
  }

  private static void writeLayer(
      Connection db, GeoPackageLayer layer, String lastChange, GeoPackageCrs crs)
      throws SQLException {
    GeoPackageSchema.createLayer(db, layer, lastChange, crs.srsId());
    ResultTable table = layer.table();
    int columns = table.schema().size();
    List<String> names = table.columns();
    StringBuilder insert =
        new StringBuilder("INSERT INTO ").append(quote(table.name())).append(" (");
    StringBuilder values = new StringBuilder();
    if (layer.hasGeometry()) {
      insert.append(GEOMETRY_COLUMN);
      values.append('?');
    }
    for (int c = 0; c < columns; c++) {
      insert.append(c > 0 || layer.hasGeometry() ? ", " : "").append(quote(names.get(c)));
      values.append(c > 0 || layer.hasGeometry() ? ", ?" : "?");
    }
    insert.append(") VALUES (").append(values).append(')');
    try (PreparedStatement row = db.prepareStatement(insert.toString())) {
      for (int r = 0; r < table.rows().size(); r++) {
        int parameter = 1;
        if (layer.hasGeometry()) {
          var geometry = layer.geometries().get(r);
          row.setBytes(
              parameter++,
              geometry == null ? null : GeoPackageBinary.encode(geometry, crs.srsId()));
        }
        Object[] cells = table.rows().get(r);
        for (int c = 0; c < columns; c++) {
          bind(row, parameter++, layer.sqlTypes().get(c), cells[c]);
        }
        row.executeUpdate();
      }
    }
    if (layer.hasGeometry()) {
      GeoPackageRtree.index(db, table.name(), layer.geometries());
    }
  }

  private static void bind(PreparedStatement row, int parameter, String sqlType, Object value)
      throws SQLException {
    String text = CellFormat.text(value);
    if (text == null) {
      row.setNull(parameter, Types.NULL);
    } else if (sqlType.equals("INTEGER")) {
      row.setLong(parameter, ((Number) value).longValue());
    } else if (sqlType.equals("REAL")) {
      // the rounded value, so QGIS shows the same number as the CSV and GeoJSON
      row.setDouble(parameter, Double.parseDouble(text));
    } else {
      row.setString(parameter, text);
    }
  }

  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  static Double[] bounds(Envelope envelope) {
    if (envelope == null) {
      return new Double[4];
    }
    return new Double[] {
      envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY()
    };
  }
}
