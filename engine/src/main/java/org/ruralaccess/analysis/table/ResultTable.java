package org.ruralaccess.analysis.table;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A result table ready for export: named columns and rows of values, with an optional geometry per
 * row (WGS84) for GeoJSON and GeoPackage. Values are {@code String}, {@code Integer}, {@code Long}
 * or {@code Double}; {@code null} is "no value" (empty in CSV, null in JSON), never a sentinel
 * number.
 *
 * @param name layer name (GeoPackage table name; file stem)
 * @param geometries one per row, or null for a table without geometry
 */
public record ResultTable(
    String name, List<String> columns, List<Object[]> rows, List<Geometry> geometries) {

  public ResultTable {
    for (Object[] row : rows) {
      if (row.length != columns.size()) {
        throw new IllegalArgumentException(
            name + ": a row has " + row.length + " values for " + columns.size() + " columns");
      }
    }
    if (geometries != null && geometries.size() != rows.size()) {
      throw new IllegalArgumentException(name + ": one geometry per row needed");
    }
  }

  public boolean hasGeometry() {
    return geometries != null;
  }
}
