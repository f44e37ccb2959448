package org.ruralaccess.analysis.comparison;

import java.util.ArrayList;
import java.util.List;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.analysis.table.ColumnType;
import org.ruralaccess.analysis.table.MapScale;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.analysis.table.Units;

/**
 * One row per zone: the zone's identity columns, then for every numeric indicator the value on each
 * side and the change (after minus before; a minimum travel time that appears or disappears has no
 * change value, as null minus a number is not a number).
 *
 * <p>A scenario comparison ({@link #of}) keeps only the indicators that change somewhere (walking,
 * cycling and driving do not), to keep the table readable; the full tables are written beside it.
 * The community transport contribution ({@link #everyIndicator}) keeps every indicator, so that its
 * columns do not depend on the data and rider groups stack into one table.
 */
final class ComparisonTable {

  /** zone_code, zone_name, in_study_area, population, imd_decile, rural_urban. */
  private static final int IDENTITY_COLUMNS = 6;

  /** The identity columns, with the ONS rural-urban class after them when the zones have one. */
  private static int identityColumns(ResultTable table) {
    List<String> columns = table.columns();
    return columns.size() > IDENTITY_COLUMNS && columns.get(IDENTITY_COLUMNS).equals("RUC21CD")
        ? IDENTITY_COLUMNS + 1
        : IDENTITY_COLUMNS;
  }

  private ComparisonTable() {}

  /** Baseline against scenario: {@code <indicator>_base, _scenario, _change}. */
  static ResultTable of(ResultTable before, ResultTable after) {
    return of("comparison", List.of(before), List.of(after)).get(0);
  }

  /**
   * Several baseline-scenario pairs with the same columns (e.g. one per rider group), each keeping
   * the indicators that change in any pair, so that the tables stack.
   */
  static List<ResultTable> of(String name, List<ResultTable> befores, List<ResultTable> afters) {
    List<Integer> changing = new ArrayList<>();
    for (int c = identityColumns(befores.get(0)); c < befores.get(0).columns().size(); c++) {
      for (int pair = 0; pair < befores.size(); pair++) {
        if (differsSomewhere(befores.get(pair), afters.get(pair), c)) {
          changing.add(c);
          break;
        }
      }
    }
    List<ResultTable> tables = new ArrayList<>();
    for (int pair = 0; pair < befores.size(); pair++) {
      tables.add(
          table(
              name, befores.get(pair), afters.get(pair), changing, List.of(), "base", "scenario"));
    }
    return tables;
  }

  /**
   * Every indicator, {@code <indicator>_<beforeLabel>, _<afterLabel>, _change}; the users columns
   * ({@code *_users}), the same residents on both sides, once.
   */
  static ResultTable everyIndicator(
      String name, ResultTable before, ResultTable after, String beforeLabel, String afterLabel) {
    List<Integer> compared = new ArrayList<>();
    List<Integer> keptOnce = new ArrayList<>();
    for (int c = identityColumns(before); c < before.columns().size(); c++) {
      (before.columns().get(c).endsWith("_users") ? keptOnce : compared).add(c);
    }
    return table(name, before, after, compared, keptOnce, beforeLabel, afterLabel);
  }

  private static ResultTable table(
      String name,
      ResultTable before,
      ResultTable after,
      List<Integer> compared,
      List<Integer> keptOnce,
      String beforeLabel,
      String afterLabel) {
    if (!before.columns().equals(after.columns()) || before.rows().size() != after.rows().size()) {
      throw new IllegalArgumentException(name + ": the two sides have other columns or zones");
    }
    int width = before.columns().size();
    int identity = identityColumns(before);
    boolean[] once = new boolean[width];
    boolean[] both = new boolean[width];
    keptOnce.forEach(c -> once[c] = true);
    compared.forEach(c -> both[c] = true);
    List<Column> columns = new ArrayList<>(before.schema().subList(0, identity));
    for (int c = identity; c < width; c++) {
      Column column = before.column(c);
      if (once[c]) {
        columns.add(column);
      } else if (both[c]) {
        columns.add(side(column, beforeLabel));
        columns.add(side(column, afterLabel));
        columns.add(change(column, beforeLabel, afterLabel));
      }
    }
    List<Object[]> rows = new ArrayList<>();
    for (int r = 0; r < before.rows().size(); r++) {
      Object[] b = before.rows().get(r);
      Object[] a = after.rows().get(r);
      Object[] row = new Object[columns.size()];
      System.arraycopy(b, 0, row, 0, identity);
      int i = identity;
      for (int c = identity; c < width; c++) {
        if (once[c]) {
          row[i++] = b[c];
        } else if (both[c]) {
          row[i++] = b[c];
          row[i++] = a[c];
          row[i++] = change(before.column(c), b[c], a[c]);
        }
      }
      rows.add(row);
    }
    return new ResultTable(name, columns, rows, before.geometries());
  }

  private static boolean differsSomewhere(ResultTable before, ResultTable after, int column) {
    for (int r = 0; r < before.rows().size(); r++) {
      Object b = before.rows().get(r)[column];
      Object a = after.rows().get(r)[column];
      if (b == null ? a != null : !b.equals(a)) {
        return true;
      }
    }
    return false;
  }

  private static Column side(Column column, String label) {
    return column
        .named(column.name() + "_" + label)
        .meaning(label + ": " + column.meaning())
        .mapped(MapScale.NONE);
  }

  /** The change column: the same type; percentages change in points; changes map diverging. */
  private static Column change(Column column, String beforeLabel, String afterLabel) {
    String unit = column.unit().equals(Units.PERCENT) ? Units.PERCENTAGE_POINTS : column.unit();
    MapScale scale =
        switch (column.mapScale()) {
          case TRAVEL_TIME -> MapScale.TRAVEL_TIME_CHANGE;
          case PERCENT -> MapScale.PERCENT_CHANGE;
          default -> MapScale.NONE;
        };
    return new Column(
        column.name() + "_change",
        column.type(),
        unit,
        afterLabel + " minus " + beforeLabel + ": " + column.meaning(),
        scale);
  }

  private static Object change(Column column, Object before, Object after) {
    if (!(before instanceof Number b) || !(after instanceof Number a)) {
      return null;
    }
    if (column.type() == ColumnType.REAL) {
      return a.doubleValue() - b.doubleValue();
    }
    return a.longValue() - b.longValue();
  }
}
