package org.ruralaccess.analysis.comparison;

import java.util.ArrayList;
import java.util.List;
import org.ruralaccess.analysis.table.ResultTable;

/**
 * One row per zone: the zone's identity columns, then for every numeric indicator the baseline
 * value, the scenario value and the change (scenario minus baseline; a minimum travel time that
 * appears or disappears has no change value, as null minus a number is not a number). Indicators
 * that are identical in every zone (walking, cycling, driving) are left out to keep the table
 * readable; the full tables are written beside it.
 */
final class ComparisonTable {

  private static final int IDENTITY_COLUMNS =
      6; // zone_code, zone_name, in_study_area, population, imd_decile, rural_urban

  private ComparisonTable() {}

  static ResultTable of(ResultTable before, ResultTable after) {
    List<String> columns = new ArrayList<>(before.columns().subList(0, IDENTITY_COLUMNS));
    List<Integer> changing = new ArrayList<>();
    for (int c = IDENTITY_COLUMNS; c < before.columns().size(); c++) {
      if (differsSomewhere(before, after, c)) {
        changing.add(c);
        String name = before.columns().get(c);
        columns.add(name + "_base");
        columns.add(name + "_scenario");
        columns.add(name + "_change");
      }
    }
    List<Object[]> rows = new ArrayList<>();
    for (int r = 0; r < before.rows().size(); r++) {
      Object[] b = before.rows().get(r);
      Object[] a = after.rows().get(r);
      Object[] row = new Object[columns.size()];
      System.arraycopy(b, 0, row, 0, IDENTITY_COLUMNS);
      int i = IDENTITY_COLUMNS;
      for (int c : changing) {
        row[i++] = b[c];
        row[i++] = a[c];
        row[i++] = change(b[c], a[c]);
      }
      rows.add(row);
    }
    return new ResultTable("comparison", columns, rows, before.geometries());
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
