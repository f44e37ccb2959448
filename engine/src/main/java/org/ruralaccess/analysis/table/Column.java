package org.ruralaccess.analysis.table;

import java.util.Objects;

/**
 * One column of a result table: its name, the type every writer uses for it whatever the values (so
 * a column empty in every row is still a number in the GeoPackage), its unit and its meaning (both
 * written to the table's data dictionary), and how a map should colour it.
 *
 * @param unit a word from {@link Units} ({@code minutes}, {@code percent}, {@code people}...), or
 *     empty for text
 * @param meaning one sentence a planner can read, e.g. "minimum travel time to the nearest gp by
 *     transit"
 * @param mapScale the map style the column suits, {@link MapScale#NONE} for columns not worth a map
 */
public record Column(String name, ColumnType type, String unit, String meaning, MapScale mapScale) {

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    unit = unit == null ? "" : unit;
    Objects.requireNonNull(meaning, "meaning");
    mapScale = mapScale == null ? MapScale.NONE : mapScale;
  }

  /** A text column (codes, names, labels). */
  public static Column text(String name, String meaning) {
    return new Column(name, ColumnType.TEXT, "", meaning, MapScale.NONE);
  }

  /** A whole-number column. */
  public static Column integer(String name, String unit, String meaning) {
    return new Column(name, ColumnType.INTEGER, unit, meaning, MapScale.NONE);
  }

  /** A decimal column. */
  public static Column decimal(String name, String unit, String meaning) {
    return new Column(name, ColumnType.REAL, unit, meaning, MapScale.NONE);
  }

  public Column named(String newName) {
    return new Column(newName, type, unit, meaning, mapScale);
  }

  public Column meaning(String newMeaning) {
    return new Column(name, type, unit, newMeaning, mapScale);
  }

  public Column mapped(MapScale scale) {
    return new Column(name, type, unit, meaning, scale);
  }

  /** Whether {@code value} may stand in this column: null, or of the column's type. */
  public boolean accepts(Object value) {
    return switch (type) {
      case TEXT -> value == null || value instanceof String;
      case INTEGER -> value == null || value instanceof Integer || value instanceof Long;
      case REAL ->
          value == null
              || value instanceof Double
              || value instanceof Integer
              || value instanceof Long;
    };
  }
}
