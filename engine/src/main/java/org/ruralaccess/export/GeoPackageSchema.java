package org.ruralaccess.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The GeoPackage 1.3 core tables (DDL as in the spec's annex C) and the per-layer table, contents
 * row and geometry-column row. Column types come from the result table's schema.
 */
final class GeoPackageSchema {

  private static final List<String> CORE_TABLES =
      List.of(
          "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,"
              + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,"
              + " definition TEXT NOT NULL, description TEXT)",
          "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY,"
              + " data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '',"
              + " last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
              + " min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,"
              + " CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id)"
              + " REFERENCES gpkg_spatial_ref_sys(srs_id))",
          "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL,"
              + " column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,"
              + " srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,"
              + " CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),"
              + " CONSTRAINT uk_gc_table_name UNIQUE (table_name),"
              + " CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),"
              + " CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id)"
              + " REFERENCES gpkg_spatial_ref_sys (srs_id))");

  private GeoPackageSchema() {}

  /** The core tables, with the three required SRS rows and {@code crs} when it is not WGS84. */
  static void createCoreTables(Connection db, GeoPackageCrs crs) throws SQLException {
    try (Statement sql = db.createStatement()) {
      for (String ddl : CORE_TABLES) {
        sql.execute(ddl);
      }
    }
    try (PreparedStatement srs =
        db.prepareStatement("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)")) {
      spatialRefSys(srs, "Undefined cartesian SRS", -1, "NONE", "undefined cartesian SRS");
      spatialRefSys(srs, "Undefined geographic SRS", 0, "NONE", "undefined geographic SRS");
      epsg(srs, GeoPackageCrs.WGS84);
      if (crs != GeoPackageCrs.WGS84) {
        epsg(srs, crs);
      }
    }
  }

  private static void epsg(PreparedStatement srs, GeoPackageCrs crs) throws SQLException {
    srs.setString(1, crs.srsName());
    srs.setInt(2, crs.srsId());
    srs.setString(3, "EPSG");
    srs.setInt(4, crs.srsId());
    srs.setString(5, crs.definition());
    srs.setString(6, crs.description());
    srs.executeUpdate();
  }

  private static void spatialRefSys(
      PreparedStatement srs, String name, int id, String organization, String description)
      throws SQLException {
    srs.setString(1, name);
    srs.setInt(2, id);
    srs.setString(3, organization);
    srs.setInt(4, id);
    srs.setString(5, "undefined");
    srs.setString(6, description);
    srs.executeUpdate();
  }

  static void createLayer(Connection db, GeoPackageLayer layer, String lastChange, int srsId)
      throws SQLException {
    String name = layer.table().name();
    StringBuilder ddl =
        new StringBuilder("CREATE TABLE ")
            .append(GeoPackageWriter.quote(name))
            .append(" (")
            .append(GeoPackageWriter.ID_COLUMN)
            .append(" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL");
    if (layer.hasGeometry()) {
      ddl.append(", ").append(GeoPackageWriter.GEOMETRY_COLUMN).append(' ');
      ddl.append(layer.geometryType());
    }
    for (int c = 0; c < layer.sqlTypes().size(); c++) {
      ddl.append(", ").append(GeoPackageWriter.quote(layer.table().columns().get(c)));
      ddl.append(' ').append(layer.sqlTypes().get(c));
    }
    try (Statement sql = db.createStatement()) {
      sql.execute(ddl.append(')').toString());
    }
    try (PreparedStatement contents =
        db.prepareStatement("INSERT INTO gpkg_contents VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?)")) {
      contents.setString(1, name);
      contents.setString(2, layer.hasGeometry() ? "features" : "attributes");
      contents.setString(3, name);
      contents.setString(4, lastChange);
      Double[] bounds = GeoPackageWriter.bounds(layer.envelope());
      for (int i = 0; i < 4; i++) {
        contents.setObject(5 + i, bounds[i]);
      }
      contents.setObject(9, layer.hasGeometry() ? srsId : null);
      contents.executeUpdate();
    }
    if (layer.hasGeometry()) {
      try (PreparedStatement columns =
          db.prepareStatement("INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)")) {
        columns.setString(1, name);
        columns.setString(2, GeoPackageWriter.GEOMETRY_COLUMN);
        columns.setString(3, layer.geometryType());
        columns.setInt(4, srsId);
        columns.executeUpdate();
      }
    }
  }
}
