package org.ruralaccess.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.analysis.table.MapScale;
import org.ruralaccess.analysis.table.ResultTable;

/**
 * QGIS layer styles stored in the GeoPackage's {@code layer_styles} table (the table QGIS itself
 * writes with "Save style > In database"), so a layer opens coloured with a legend: one style per
 * column the table marks for a map ({@link MapScale}), the first the layer's default. Each style is
 * a rule-based renderer ({@link QgisStyleQml}) whose classes are fixed (15-minute bands up to an
 * hour, then 60-90 and 90+; 0, under 50, 50 to 100 and 100 %; diverging changes), so the same
 * colour means the same thing in every run and region, and an empty value ("not reached") gets its
 * own grey class instead of vanishing from the map. Other styles are one click away: Layer
 * Properties > Style > Load Style > from database.
 */
final class QgisLayerStyles {

  /** One stored style: the layer, the style's name (the column), its description, its QML. */
  record Style(String table, String name, String description, String qml, boolean isDefault) {}

  private QgisLayerStyles() {}

  /** The styles of a layer: none for a table without geometry or without mapped columns. */
  static List<Style> of(ResultTable table) {
    List<Style> styles = new ArrayList<>();
    if (!table.hasGeometry()) {
      return styles;
    }
    boolean points = points(table.geometries());
    for (Column column : table.schema()) {
      if (column.mapScale() == MapScale.NONE) {
        continue;
      }
      styles.add(
          new Style(
              table.name(),
              column.name(),
              column.meaning(),
              QgisStyleQml.rules(column, points),
              styles.isEmpty()));
    }
    return styles;
  }

  /** Creates {@code layer_styles} (registered as an attributes table) and writes the styles. */
  static void write(Connection db, List<Style> styles, String updateTime) throws SQLException {
    try (Statement sql = db.createStatement()) {
      // QGIS declares styleName TEXT(30); ours are column names, up to 37 characters
      // (healthcare_transit_min_minutes_change), and GDAL's validator flags a string longer than
      // its declared width, so styleName is TEXT with no width (QGIS reads it all the same)
      sql.execute(
          "CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
              + " f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256),"
              + " f_geometry_column TEXT(256), styleName TEXT, styleQML TEXT, styleSLD TEXT,"
              + " useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30),"
              + " update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))");
      sql.execute(
          "INSERT INTO gpkg_contents (table_name, data_type, identifier, description,"
              + " last_change) VALUES ('layer_styles', 'attributes', 'layer_styles', '', '"
              + updateTime
              + "')");
    }
    try (PreparedStatement row =
        db.prepareStatement(
            "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name,"
                + " f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description,"
                + " owner, ui, update_time) VALUES ('', '', ?, ?, ?, ?, '', ?, ?, '', '', ?)")) {
      for (Style style : styles) {
        row.setString(1, style.table());
        row.setString(2, GeoPackageWriter.GEOMETRY_COLUMN);
        row.setString(3, style.name());
        row.setString(4, style.qml());
        row.setBoolean(5, style.isDefault());
        row.setString(6, style.description());
        row.setString(7, updateTime);
        row.executeUpdate();
      }
    }
  }

  private static boolean points(List<Geometry> geometries) {
    boolean any = false;
    for (Geometry geometry : geometries) {
      if (geometry != null && !(geometry instanceof Point)) {
        return false;
      }
      any |= geometry != null;
    }
    return any;
  }
}
