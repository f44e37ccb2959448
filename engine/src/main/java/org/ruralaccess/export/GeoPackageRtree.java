package org.ruralaccess.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The GeoPackage spatial index (extension {@code gpkg_rtree_index}, GeoPackage 1.3 annex F.3): an
 * SQLite R*Tree {@code rtree_<table>_geom} holding each row's envelope, the six triggers that keep
 * it in step when a GIS edits the layer, and the extension's row in {@code gpkg_extensions}.
 *
 * <p>The index is filled here from the envelopes the writer already has, and the triggers are made
 * after the rows are in: their ST_* functions exist only in GDAL (QGIS, ogr2ogr), which then keep
 * the index right on every edit. QGIS and GDAL use the index to draw and query only what is in
 * view.
 */
final class GeoPackageRtree {

  static final String EXTENSION = "gpkg_rtree_index";
  static final String DEFINITION = "http://www.geopackage.org/spec120/#extension_rtree";

  /** The triggers of the spec's annex F.3, with {@code <t>}, {@code <c>}, {@code <i>} filled in. */
  private static final List<String> TRIGGERS =
      List.of(
          "CREATE TRIGGER \"rtree_<t>_<c>_insert\" AFTER INSERT ON \"<t>\""
              + " WHEN (new.\"<c>\" NOT NULL AND NOT ST_IsEmpty(NEW.\"<c>\"))"
              + " BEGIN INSERT OR REPLACE INTO \"rtree_<t>_<c>\" VALUES (NEW.\"<i>\","
              + " ST_MinX(NEW.\"<c>\"), ST_MaxX(NEW.\"<c>\"),"
              + " ST_MinY(NEW.\"<c>\"), ST_MaxY(NEW.\"<c>\")); END",
          "CREATE TRIGGER \"rtree_<t>_<c>_update1\" AFTER UPDATE OF \"<c>\" ON \"<t>\""
              + " WHEN OLD.\"<i>\" = NEW.\"<i>\" AND"
              + " (NEW.\"<c>\" NOTNULL AND NOT ST_IsEmpty(NEW.\"<c>\"))"
              + " BEGIN INSERT OR REPLACE INTO \"rtree_<t>_<c>\" VALUES (NEW.\"<i>\","
              + " ST_MinX(NEW.\"<c>\"), ST_MaxX(NEW.\"<c>\"),"
              + " ST_MinY(NEW.\"<c>\"), ST_MaxY(NEW.\"<c>\")); END",
          "CREATE TRIGGER \"rtree_<t>_<c>_update2\" AFTER UPDATE OF \"<c>\" ON \"<t>\""
              + " WHEN OLD.\"<i>\" = NEW.\"<i>\" AND (NEW.\"<c>\" ISNULL OR ST_IsEmpty(NEW.\"<c>\"))"
              + " BEGIN DELETE FROM \"rtree_<t>_<c>\" WHERE id = OLD.\"<i>\"; END",
          "CREATE TRIGGER \"rtree_<t>_<c>_update3\" AFTER UPDATE ON \"<t>\""
              + " WHEN OLD.\"<i>\" != NEW.\"<i>\" AND"
              + " (NEW.\"<c>\" NOTNULL AND NOT ST_IsEmpty(NEW.\"<c>\"))"
              + " BEGIN DELETE FROM \"rtree_<t>_<c>\" WHERE id = OLD.\"<i>\";"
              + " INSERT OR REPLACE INTO \"rtree_<t>_<c>\" VALUES (NEW.\"<i>\","
              + " ST_MinX(NEW.\"<c>\"), ST_MaxX(NEW.\"<c>\"),"
              + " ST_MinY(NEW.\"<c>\"), ST_MaxY(NEW.\"<c>\")); END",
          "CREATE TRIGGER \"rtree_<t>_<c>_update4\" AFTER UPDATE ON \"<t>\""
              + " WHEN OLD.\"<i>\" != NEW.\"<i>\" AND (NEW.\"<c>\" ISNULL OR ST_IsEmpty(NEW.\"<c>\"))"
              + " BEGIN DELETE FROM \"rtree_<t>_<c>\" WHERE id IN (OLD.\"<i>\", NEW.\"<i>\"); END",
          "CREATE TRIGGER \"rtree_<t>_<c>_delete\" AFTER DELETE ON \"<t>\""
              + " WHEN old.\"<c>\" NOT NULL"
              + " BEGIN DELETE FROM \"rtree_<t>_<c>\" WHERE id = OLD.\"<i>\"; END");

  private GeoPackageRtree() {}

  static void createExtensionsTable(Connection db) throws SQLException {
    try (Statement sql = db.createStatement()) {
      sql.execute(
          "CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT,"
              + " extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL,"
              + " CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))");
    }
  }

  /**
   * Indexes the layer's rows: row {@code r} has fid {@code r + 1} (the rows were inserted in order
   * into an empty AUTOINCREMENT table).
   */
  static void index(Connection db, String table, List<Geometry> geometries) throws SQLException {
    String name = "rtree_" + table + "_" + GeoPackageWriter.GEOMETRY_COLUMN;
    try (Statement sql = db.createStatement()) {
      sql.execute(
          "CREATE VIRTUAL TABLE "
              + GeoPackageWriter.quote(name)
              + " USING rtree(id, minx, maxx, miny, maxy)");
    }
    try (PreparedStatement entry =
        db.prepareStatement(
            "INSERT INTO " + GeoPackageWriter.quote(name) + " VALUES (?, ?, ?, ?, ?)")) {
      for (int r = 0; r < geometries.size(); r++) {
        Geometry geometry = geometries.get(r);
        if (geometry == null) {
          continue;
        }
        Envelope envelope = geometry.getEnvelopeInternal();
        entry.setLong(1, r + 1);
        entry.setDouble(2, envelope.getMinX());
        entry.setDouble(3, envelope.getMaxX());
        entry.setDouble(4, envelope.getMinY());
        entry.setDouble(5, envelope.getMaxY());
        entry.executeUpdate();
      }
    }
    try (Statement sql = db.createStatement()) {
      for (String trigger : TRIGGERS) {
        sql.execute(
            trigger
                .replace("<t>", table)
                .replace("<c>", GeoPackageWriter.GEOMETRY_COLUMN)
                .replace("<i>", GeoPackageWriter.ID_COLUMN));
      }
    }
    try (PreparedStatement extension =
        db.prepareStatement("INSERT INTO gpkg_extensions VALUES (?, ?, ?, ?, 'write-only')")) {
      extension.setString(1, table);
      extension.setString(2, GeoPackageWriter.GEOMETRY_COLUMN);
      extension.setString(3, EXTENSION);
      extension.setString(4, DEFINITION);
      extension.executeUpdate();
    }
  }
}
