package org.ruralaccess.export;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.ruralaccess.analysis.comparison.ScenarioComparison;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.scenario.Scenario;
import org.ruralaccess.scenario.ScenarioApplier;

/**
 * {@code summary.md}: a page a planner can paste into a committee report: what the scenario changes
 * in the network, and who gains or loses access by public transport to each service within each
 * cutoff, overall and by IMD decile. Deterministic (no timestamps).
 */
public final class ComparisonSummaryWriter {

  private ComparisonSummaryWriter() {}

  public static void write(
      Scenario scenario,
      ScenarioComparison.Result result,
      ComparisonFilesWriter.Summary summary,
      Path file) {
    AtomicWriter.write(
        file,
        out -> {
          Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          text.write(markdown(scenario, result, summary));
          text.flush();
        });
  }

  static String markdown(
      Scenario scenario, ScenarioComparison.Result result, ComparisonFilesWriter.Summary summary) {
    StringBuilder md = new StringBuilder();
    md.append("# Scenario: ").append(scenario.name()).append("\n\n");
    if (scenario.description() != null && !scenario.description().isBlank()) {
      md.append(scenario.description().strip()).append("\n\n");
    }
    md.append("Public transport and walking, ")
        .append(summary.window())
        .append(", ")
        .append(percentileName(summary.percentile()))
        .append(" travel time over the window's departures. Study-area zones only.\n\n");
    appendChanges(md, result.changes());
    appendOpportunities(md, result);
    appendAccess(md, result.summary());
    if (result.riderTables().size() == 2) {
      appendRiders(md, result.riderTables().get(1));
    }
    md.append(
        "\nA zone gains access when its population-weighted origin reaches the nearest"
            + " destination of the category within the cutoff in the scenario but not in the"
            + " baseline ("
            + percentileName(summary.percentile())
            + " over the window's departures). Residents are the service's"
            + " users (e.g. ages 0-15 for schools). Per-zone values: comparison.csv.\n");
    return md.toString();
  }

  private static void appendChanges(StringBuilder md, ScenarioApplier.Changes changes) {
    md.append("## What changes in the network\n\n");
    md.append("| | |\n|---|---|\n");
    md.append("| routes added | ").append(list(changes.routesAdded())).append(" |\n");
    md.append("| routes removed | ").append(list(changes.routesRemoved())).append(" |\n");
    md.append("| routes changed | ").append(list(changes.routesChanged())).append(" |\n");
    md.append("| stops added | ").append(list(changes.stopsAdded())).append(" |\n");
    md.append("| trips | ")
        .append(changes.tripsBefore())
        .append(" before, ")
        .append(changes.tripsAfter())
        .append(" after |\n");
    md.append("| community transport schemes added | ")
        .append(list(changes.schemesAdded()))
        .append(" |\n");
    md.append("| community transport schemes removed | ")
        .append(list(changes.schemesRemoved()))
        .append(" |\n");
    md.append("| community transport schemes changed | ")
        .append(list(changes.schemesChanged()))
        .append(" |\n\n");
  }

  /** Users-weighted average of each category's destinations within each cutoff, by transit. */
  private static void appendOpportunities(StringBuilder md, ScenarioComparison.Result result) {
    ResultTable before = result.baseline().zoneIndicators();
    ResultTable after = result.scenario().zoneIndicators();
    md.append("## Opportunities reachable by public transport (average per resident user)\n\n");
    md.append("| service | within | baseline | scenario | change |\n|---|---|---|---|---|\n");
    int inStudyArea = before.columns().indexOf("in_study_area");
    for (String column : before.columns()) {
      if (!column.contains("_transit_opp")) {
        continue;
      }
      String category = column.substring(0, column.indexOf("_transit_opp"));
      int users = before.columns().indexOf(category + "_users");
      int c = before.columns().indexOf(column);
      double base = weightedMean(before, c, users, inStudyArea);
      double scenario = weightedMean(after, c, users, inStudyArea);
      md.append("| ")
          .append(category)
          .append(" | ")
          .append(column.substring(column.indexOf("_transit_opp") + "_transit_opp".length()))
          .append(" min | ")
          .append(format(base))
          .append(" | ")
          .append(format(scenario))
          .append(" | ")
          .append(format(scenario - base))
          .append(" |\n");
    }
    md.append("\n");
  }

  private static double weightedMean(ResultTable table, int column, int users, int inStudyArea) {
    double sum = 0;
    double weight = 0;
    for (Object[] row : table.rows()) {
      if (row[inStudyArea] instanceof Number flag
          && flag.intValue() == 1
          && row[users] instanceof Number u) {
        sum += u.doubleValue() * (row[column] instanceof Number v ? v.doubleValue() : 0);
        weight += u.doubleValue();
      }
    }
    return weight == 0 ? 0 : sum / weight;
  }

  private static String format(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    return String.format(java.util.Locale.ROOT, "%.1f", rounded == 0 ? 0.0 : rounded); // no "-0.0"
  }

  private static void appendAccess(StringBuilder md, ResultTable summary) {
    md.append("## Who gains and who loses access\n\n");
    md.append(
        "| service | within | residents gaining | residents losing | zones gaining | zones losing |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (Object[] row : summary.rows()) {
      if ("all".equals(row[2])) {
        md.append("| ")
            .append(row[0])
            .append(" | ")
            .append(row[1])
            .append(" min | ")
            .append(row[5])
            .append(" | ")
            .append(row[7])
            .append(" | ")
            .append(row[4])
            .append(" | ")
            .append(row[6])
            .append(" |\n");
      }
    }
    md.append("\n### By deprivation (IMD 2019 decile, 1 = most deprived)\n\n");
    md.append(
        "| service | within | decile | residents gaining | residents losing |\n|---|---|---|---|---|\n");
    for (Object[] row : summary.rows()) {
      if ("imd_decile".equals(row[2])
          && (((Number) row[5]).longValue() > 0 || ((Number) row[7]).longValue() > 0)) {
        md.append("| ")
            .append(row[0])
            .append(" | ")
            .append(row[1])
            .append(" min | ")
            .append(row[3])
            .append(" | ")
            .append(row[5])
            .append(" | ")
            .append(row[7])
            .append(" |\n");
      }
    }
  }

  /** Gains and losses per rider group (with the schemes each may use), where there are any. */
  private static void appendRiders(StringBuilder md, ResultTable riderChanges) {
    md.append("\n## By rider group (community transport each group may use)\n\n");
    md.append(
        "| rider | service | within | residents gaining | residents losing |\n"
            + "|---|---|---|---|---|\n");
    boolean any = false;
    for (Object[] row : riderChanges.rows()) {
      // columns: rider, category, cutoff_minutes, group_type, group, zones_gaining,
      // residents_gaining, zones_losing, residents_losing
      if ("all".equals(row[3])
          && (((Number) row[6]).longValue() > 0 || ((Number) row[8]).longValue() > 0)) {
        any = true;
        md.append("| ")
            .append(row[0])
            .append(" | ")
            .append(row[1])
            .append(" | ")
            .append(row[2])
            .append(" min | ")
            .append(row[6])
            .append(" | ")
            .append(row[8])
            .append(" |\n");
      }
    }
    if (!any) {
      md.append("| every group | | | 0 | 0 |\n");
    }
  }

  /** "the median (50th percentile)", "the 25th percentile", "the 1st percentile"... */
  static String percentileName(int percentile) {
    if (percentile == 50) {
      return "the median (50th percentile)";
    }
    int lastTwo = percentile % 100;
    String suffix =
        lastTwo >= 11 && lastTwo <= 13
            ? "th"
            : switch (percentile % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return "the " + percentile + suffix + " percentile";
  }

  private static String list(List<String> values) {
    return values.isEmpty() ? "none" : String.join(", ", values);
  }
}
