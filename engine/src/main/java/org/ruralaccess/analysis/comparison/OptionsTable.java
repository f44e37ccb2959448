package org.ruralaccess.analysis.comparison;

import java.util.ArrayList;
import java.util.List;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.analysis.table.Units;

/**
 * Several options (scenarios) compared with one baseline, side by side: per option, destination
 * category and cutoff, the study-area zones and residents gaining and losing access by transit
 * within the cutoff, and the net gain. These are the {@code all} rows of each option's {@code
 * access_changes} table, so a planner can rank the options in one sheet.
 */
public final class OptionsTable {

  public static final String NAME = "options";

  private OptionsTable() {}

  /**
   * @param folders each option's folder of the output directory, in order
   * @param scenarioNames each option's scenario name
   * @param results each option's comparison
   */
  public static ResultTable of(
      List<String> folders, List<String> scenarioNames, List<ScenarioComparison.Result> results) {
    List<Column> columns =
        List.of(
            Column.text(
                "option", "the option's folder in this directory (its scenario file's name)"),
            Column.text("scenario", "the scenario's name (the name: field of its file)"),
            Column.text("category", "destination category"),
            Column.integer("cutoff_minutes", Units.MINUTES, "the cutoff: within this many minutes"),
            Column.integer(
                "zones_gaining", Units.ZONES, "study-area zones newly within the cutoff"),
            Column.integer(
                "residents_gaining", Units.PEOPLE, "their users of the category, rounded"),
            Column.integer(
                "zones_losing", Units.ZONES, "study-area zones no longer within the cutoff"),
            Column.integer(
                "residents_losing", Units.PEOPLE, "their users of the category, rounded"),
            Column.integer(
                "residents_net",
                Units.PEOPLE,
                "residents gaining less residents losing: the option's net gain"));
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      ResultTable changes = results.get(i).summary();
      List<String> names = changes.columns();
      for (Object[] change : changes.rows()) {
        if (!"all".equals(change[names.indexOf("group_type")])) {
          continue;
        }
        long gaining = ((Number) change[names.indexOf("residents_gaining")]).longValue();
        long losing = ((Number) change[names.indexOf("residents_losing")]).longValue();
        rows.add(
            new Object[] {
              folders.get(i),
              scenarioNames.get(i),
              change[names.indexOf("category")],
              change[names.indexOf("cutoff_minutes")],
              change[names.indexOf("zones_gaining")],
              gaining,
              change[names.indexOf("zones_losing")],
              losing,
              gaining - losing
            });
      }
    }
    return new ResultTable(NAME, columns, rows, null);
  }
}
