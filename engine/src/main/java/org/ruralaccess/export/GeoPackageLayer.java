package org.ruralaccess.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.analysis.table.ColumnType;
import org.ruralaccess.analysis.table.ResultTable;

/**
 * How one result table becomes a GeoPackage table: its SQL column types (the schema's {@link
 * ColumnType}, never guessed from the values: a column empty in every row keeps its type), its
 * geometry type, and its geometries in the file's CRS (polygons promoted to one-part multipolygons
 * when a layer mixes both, because a MULTIPOLYGON column may only hold multipolygons).
 *
 * @param geometryType POLYGON, MULTIPOLYGON, POINT or GEOMETRY; null for an attributes table
 * @param geometries one per row (null entries for rows without geometry); null for attributes
 * @param envelope of all geometries, null when there are none
 */
record GeoPackageLayer(
    ResultTable table,
    List<String> sqlTypes,
    String geometryType,
    List<Geometry> geometries,
    Envelope envelope) {

  /** GeoPackage recommends plain SQL identifiers for table names; gpkg_ and rtree_ are reserved. */
  private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  static GeoPackageLayer of(ResultTable table, GeoPackageCrs crs) {
    CellFormat.checkColumns(table);
    String lower = table.name() == null ? "" : table.name().toLowerCase(Locale.ROOT);
    if (!TABLE_NAME.matcher(lower).matches()
        || lower.startsWith("gpkg_")
        || lower.startsWith("rtree_")
        || lower.startsWith("sqlite_")) {
      throw new IllegalArgumentException(
          "GeoPackage layer name must be letters, digits and _ (not gpkg_, rtree_ or sqlite_): "
              + table.name());
    }
    for (String column : table.columns()) {
      String name = column.toLowerCase(Locale.ROOT);
      if (name.equals(GeoPackageWriter.ID_COLUMN)
          || (table.hasGeometry() && name.equals(GeoPackageWriter.GEOMETRY_COLUMN))) {
        throw new IllegalArgumentException(
            table.name() + ": column name " + column + " is reserved in the GeoPackage");
      }
    }
    List<String> sqlTypes = new ArrayList<>();
    for (Column column : table.schema()) {
      sqlTypes.add(column.type().name());
    }
    if (!table.hasGeometry()) {
      return new GeoPackageLayer(table, List.copyOf(sqlTypes), null, null, null);
    }
    String geometryType = geometryType(table.geometries());
    List<Geometry> geometries = new ArrayList<>();
    Envelope envelope = new Envelope();
    for (Geometry geometry : crs.fromWgs84(table.geometries())) {
      if (geometry == null || geometry.isEmpty()) {
        geometries.add(null);
        continue;
      }
      if (geometry instanceof Polygon polygon && geometryType.equals("MULTIPOLYGON")) {
        geometry = polygon.getFactory().createMultiPolygon(new Polygon[] {polygon});
      }
      geometries.add(geometry);
      envelope.expandToInclude(geometry.getEnvelopeInternal());
    }
    return new GeoPackageLayer(
        table,
        List.copyOf(sqlTypes),
        geometryType,
        Collections.unmodifiableList(geometries),
        envelope.isNull() ? null : envelope);
  }

  boolean hasGeometry() {
    return geometryType != null;
  }

  private static String geometryType(List<Geometry> geometries) {
    boolean points = false;
    boolean polygons = false;
    boolean multiPolygons = false;
    boolean others = false;
    for (Geometry geometry : geometries) {
      switch (geometry) {
        case null -> {}
        case Point p -> points = true;
        case Polygon p -> polygons = true;
        case MultiPolygon p -> multiPolygons = true;
        default -> others = true;
      }
    }
    if (others || (points && (polygons || multiPolygons))) {
      return "GEOMETRY";
    }
    if (points) {
      return "POINT";
    }
    if (multiPolygons) {
      return "MULTIPOLYGON";
    }
    return polygons ? "POLYGON" : "GEOMETRY";
  }
}
