package org.ruralaccess.analysis.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Tables with the same columns stacked into one long table, with a column saying which table each
 * row came from (e.g. {@code rider}: one block of zone rows per rider group). Rows keep their
 * order, block after block in the map's order.
 */
public final class StackedTable {

  private StackedTable() {}

  /**
   * @param keyColumn the name of the added column
   * @param keyPosition where it goes (0 = first column)
   * @param blocks tables by key value, in output order; all with {@code blocks}' first table's
   *     columns, and all with geometries or all without
   */
  public static ResultTable of(
      String name, String keyColumn, int keyPosition, LinkedHashMap<String, ResultTable> blocks) {
    if (blocks.isEmpty()) {
      throw new IllegalArgumentException(name + ": nothing to stack");
    }
    List<String> sourceColumns = blocks.values().iterator().next().columns();
    boolean geometry = blocks.values().iterator().next().hasGeometry();
    List<String> columns = new ArrayList<>(sourceColumns);
    columns.add(keyPosition, keyColumn);
    List<Object[]> rows = new ArrayList<>();
    List<Geometry> geometries = geometry ? new ArrayList<>() : null;
    for (Map.Entry<String, ResultTable> block : blocks.entrySet()) {
      ResultTable table = block.getValue();
      if (!table.columns().equals(sourceColumns) || table.hasGeometry() != geometry) {
        throw new IllegalArgumentException(
            name + ": block '" + block.getKey() + "' has other columns than the first");
      }
      for (Object[] source : table.rows()) {
        Object[] row = new Object[columns.size()];
        System.arraycopy(source, 0, row, 0, keyPosition);
        row[keyPosition] = block.getKey();
        System.arraycopy(source, keyPosition, row, keyPosition + 1, source.length - keyPosition);
        rows.add(row);
      }
      if (geometry) {
        geometries.addAll(table.geometries());
      }
    }
    return new ResultTable(name, List.copyOf(columns), rows, geometries);
  }
}
