package org.ruralaccess.analysis.comparison;

import java.util.ArrayList;
import java.util.List;
import org.ruralaccess.analysis.table.ResultTable;

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
    List<Integer> changing = new ArrayList<>();
    for (int c = identityColumns(before); c < before.columns().size(); c++) {
      if (differsSomewhere(before, after, c)) {
        changing.add(c);
      }
    }
    return table("comparison", before, after, changing, List.of(), "base", "scenario");
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
    List<String> columns = new ArrayList<>(before.columns().subList(0, identity));
    for (int c = identity; c < width; c++) {
      String column = before.columns().get(c);
      if (once[c]) {
        columns.add(column);
      } else if (both[c]) {
        columns.add(column + "_" + beforeLabel);
        columns.add(column + "_" + afterLabel);
        columns.add(column + "_change");
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
          row[i++] = change(b[c], a[c]);
        }
      }
      rows.add(row);
    }
    return new ResultTable(name, List.copyOf(columns), rows, before.geometries());
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

  private static Object change(Object before, Object after) {
    if (!(before instanceof Number b) || !(after instanceof Number a)) {
      return null;
    }
    if (before instanceof Double || after instanceof Double) {
      return a.doubleValue() - b.doubleValue();
    }
    return a.longValue() - b.longValue();
  }
}
