package org.ruralaccess.testing;

import java.util.ArrayList;
import java.util.List;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.analysis.table.ColumnType;

/** Result-table schemas for writer tests, written {@code "name:type"} (integer, real, text). */
public final class TestColumns {

  private TestColumns() {}

  public static List<Column> of(String... specs) {
    List<Column> columns = new ArrayList<>();
    for (String spec : specs) {
      int colon = spec.lastIndexOf(':');
      ColumnType type =
          switch (spec.substring(colon + 1)) {
            case "integer" -> ColumnType.INTEGER;
            case "real" -> ColumnType.REAL;
            case "text" -> ColumnType.TEXT;
            default -> throw new IllegalArgumentException("no type in " + spec);
          };
      columns.add(new Column(spec.substring(0, colon), type, "", "test column", null));
    }
    return columns;
  }
}
