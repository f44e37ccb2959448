package org.ruralaccess.analysis.table;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A result table ready for export: a schema of typed columns with units and meanings, rows of
 * values, and an optional geometry per row (WGS84) for GeoJSON and GeoPackage. Values are {@code
 * String}, {@code Integer}, {@code Long} or {@code Double} as the column's {@link ColumnType} says;
 * {@code null} is "no value" (empty in CSV, null in JSON), never a sentinel number. Every value is
 * checked against its column when the table is made, so the writers can trust the schema.
 *
 * @param name layer name (GeoPackage table name; file stem)
 * @param schema the columns, in order
 * @param geometries one per row, or null for a table without geometry
 */
public record ResultTable(
    String name, List<Column> schema, List<Object[]> rows, List<Geometry> geometries) {

  public ResultTable {
    schema = List.copyOf(schema);
    for (Object[] row : rows) {
      if (row.length != schema.size()) {
        throw new IllegalArgumentException(
            name + ": a row has " + row.length + " values for " + schema.size() + " columns");
      }
      for (int c = 0; c < row.length; c++) {
        if (!schema.get(c).accepts(row[c])) {
          throw new IllegalArgumentException(
              name
                  + ": column "
                  + schema.get(c).name()
                  + " is "
                  + schema.get(c).type()
                  + " but holds "
                  + row[c].getClass().getSimpleName()
                  + " "
                  + row[c]);
        }
      }
    }
    if (geometries != null && geometries.size() != rows.size()) {
      throw new IllegalArgumentException(name + ": one geometry per row needed");
    }
  }

  /** The column names, in order. */
  public List<String> columns() {
    return schema.stream().map(Column::name).toList();
  }

  public Column column(int index) {
    return schema.get(index);
  }

  public boolean hasGeometry() {
    return geometries != null;
  }
}
