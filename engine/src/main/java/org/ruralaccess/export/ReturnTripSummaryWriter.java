package org.ruralaccess.export;

import java.util.Locale;
import java.util.Map;
import org.ruralaccess.analysis.returntrips.ReturnTripResult;
import org.ruralaccess.analysis.returntrips.ReturnTripRule;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.ClockTime;

/**
 * {@code return_trips_summary.md}: a page a planner can paste into a committee report: the day out
 * asked for each service, and the share of residents who can make it and get home the same day, by
 * rider group, with and without community transport, overall, by urban/rural and by deprivation.
 * Deterministic (no timestamps).
 */
public final class ReturnTripSummaryWriter {

  public static final String FILE = "return_trips_summary.md";

  private ReturnTripSummaryWriter() {}

  public static MarkdownPage page(ReturnTripResult result) {
    StringBuilder md = new StringBuilder();
    md.append("# There and back the same day\n\n");
    md.append("Public transport and walking, with the community transport each group may use")
        .append(" and can book (the same booking for both legs), on ")
        .append(result.request().date())
        .append(" (")
        .append(dayName(result))
        .append("). Study-area zones only. Exact to the minute: every departure is tried.\n\n");
    md.append("## The day out asked for\n\n");
    md.append("| service | leave home after | service opens | arrive by | stay | home by |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (Map.Entry<String, ReturnTripRule> rule : result.request().rules().entrySet()) {
      ReturnTripRule r = rule.getValue();
      md.append("| ")
          .append(rule.getKey())
          .append(" | ")
          .append(hhmm(r.leaveAfterSeconds()))
          .append(" | ")
          .append(hhmm(r.opensSeconds()))
          .append(" | ")
          .append(hhmm(r.arriveBySeconds()))
          .append(" | ")
          .append(r.staySeconds() / 60)
          .append(" min | ")
          .append(hhmm(r.homeBySeconds()))
          .append(" |\n");
    }
    md.append("\n## Residents who can get there and back\n\n");
    md.append(
        "| service | rider group | group of zones | users | with community transport | without |\n");
    md.append("|---|---|---|---|---|---|\n");
    ResultTable equity = result.equity();
    for (Object[] row : equity.rows()) {
      String type = (String) row[0];
      boolean zonesInGroup = ((Number) row[4]).intValue() > 0;
      if (type.equals("all")
          || type.equals("rural_urban") && zonesInGroup && !"not_classified".equals(row[1])) {
        md.append("| ")
            .append(row[3])
            .append(" | ")
            .append(row[2])
            .append(" | ")
            .append(type.equals("all") ? "all" : row[1])
            .append(" | ")
            .append(whole(row[5]))
            .append(" | ")
            .append(percent(row[7]))
            .append(" | ")
            .append(percent(row[9]))
            .append(" |\n");
      }
    }
    md.append("\n### By deprivation (IMD 2019 decile, 1 = most deprived)\n\n");
    md.append("| service | rider group | decile | users | with community transport | without |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (Object[] row : equity.rows()) {
      if ("imd_decile".equals(row[0]) && ((Number) row[4]).intValue() > 0) {
        md.append("| ")
            .append(row[3])
            .append(" | ")
            .append(row[2])
            .append(" | ")
            .append(row[1])
            .append(" | ")
            .append(whole(row[5]))
            .append(" | ")
            .append(percent(row[7]))
            .append(" | ")
            .append(percent(row[9]))
            .append(" |\n");
      }
    }
    md.append(
        "\nA zone's residents can get there and back when, from the zone's population-weighted"
            + " origin, some journey leaves home after the time shown, reaches a destination of the"
            + " service by the time shown, allows the stay (counted from arrival, or from opening"
            + " when arriving early), and some journey gets home by the time shown. Users are the"
            + " service's users (e.g. ages 0-15 for schools; 65+ for the older riders' rows). By"
            + " age band and per zone, with the itinerary (leave home, arrive, leave, home again,"
            + " hours away): return_trip_equity.csv and return_trips.csv.\n");
    return new MarkdownPage(FILE, md.toString());
  }

  private static String dayName(ReturnTripResult result) {
    String day = result.request().date().getDayOfWeek().toString();
    return day.charAt(0) + day.substring(1).toLowerCase(Locale.ROOT);
  }

  static String hhmm(int seconds) {
    return ClockTime.format(seconds).substring(0, 5);
  }

  static String whole(Object value) {
    return value instanceof Number n ? Long.toString(Math.round(n.doubleValue())) : "";
  }

  static String percent(Object value) {
    return value instanceof Number n
        ? String.format(Locale.ROOT, "%.1f%%", Math.round(n.doubleValue() * 10) / 10.0)
        : "no users";
  }
}
