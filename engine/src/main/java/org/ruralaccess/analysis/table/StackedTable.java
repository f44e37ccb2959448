package org.ruralaccess.analysis.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Tables with the same columns stacked into one long table, with a column saying which table each
 * row came from (e.g. {@code rider}: one block of zone rows per rider group). Rows keep their
 * order, block after block in the map's order. The stacked columns lose their map scales: each zone
 * appears once per block, so a choropleth would draw the blocks over each other.
 */
public final class StackedTable {

  private StackedTable() {}

  /**
   * @param keyColumn the added text column, with its meaning
   * @param keyPosition where it goes (0 = first column)
   * @param blocks tables by key value, in output order; all with {@code blocks}' first table's
   *     columns, and all with geometries or all without
   */
  public static ResultTable of(
      String name, Column keyColumn, int keyPosition, LinkedHashMap<String, ResultTable> blocks) {
    if (blocks.isEmpty()) {
      throw new IllegalArgumentException(name + ": nothing to stack");
    }
    ResultTable first = blocks.values().iterator().next();
    List<String> sourceColumns = first.columns();
    boolean geometry = first.hasGeometry();
    List<Column> schema = new ArrayList<>();
    for (Column column : first.schema()) {
      schema.add(column.mapped(MapScale.NONE));
    }
    schema.add(keyPosition, keyColumn);
    List<Object[]> rows = new ArrayList<>();
    List<Geometry> geometries = geometry ? new ArrayList<>() : null;
    for (Map.Entry<String, ResultTable> block : blocks.entrySet()) {
      ResultTable table = block.getValue();
      if (!table.columns().equals(sourceColumns) || table.hasGeometry() != geometry) {
        throw new IllegalArgumentException(
            name + ": block '" + block.getKey() + "' has other columns than the first");
      }
      for (Object[] source : table.rows()) {
        Object[] row = new Object[schema.size()];
        System.arraycopy(source, 0, row, 0, keyPosition);
        row[keyPosition] = block.getKey();
        System.arraycopy(source, keyPosition, row, keyPosition + 1, source.length - keyPosition);
        rows.add(row);
      }
      if (geometry) {
        geometries.addAll(table.geometries());
      }
    }
    return new ResultTable(name, schema, rows, geometries);
  }
}
