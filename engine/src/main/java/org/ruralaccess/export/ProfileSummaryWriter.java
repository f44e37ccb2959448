package org.ruralaccess.export;

import java.util.Locale;
import org.ruralaccess.analysis.profiles.ProfilePeriod;
import org.ruralaccess.analysis.profiles.ProfileResult;
import org.ruralaccess.analysis.profiles.ProfileSummaryRow;

/**
 * {@code profile_summary.md}: the periods compared on one page for a committee report: which date
 * stood for each period and how many buses ran, then per service the share of residents within an
 * hour by public transport, with a return trip that works that day, and the zones that lose access
 * against the weekday morning peak. Deterministic (no timestamps).
 */
public final class ProfileSummaryWriter {

  public static final String FILE = "profile_summary.md";

  private ProfileSummaryWriter() {}

  public static MarkdownPage page(ProfileResult result, String percentileText) {
    StringBuilder md = new StringBuilder();
    md.append("# Evenings, weekends and school holidays\n\n");
    md.append("Public transport and walking, ")
        .append(percentileText)
        .append(" travel time over each period's departures (one a minute). Study-area zones")
        .append(" only.\n\n");
    md.append("## The periods\n\n");
    md.append(
        "| period | date | window | trips running that day | trips starting in the window |\n");
    md.append("|---|---|---|---|---|\n");
    for (ProfilePeriod period : result.periods()) {
      md.append("| ")
          .append(period.period().label())
          .append(" | ")
          .append(period.date())
          .append(" (")
          .append(day(period))
          .append(") | ")
          .append(period.period().window())
          .append(" | ")
          .append(period.tripsRunning())
          .append(" | ")
          .append(period.tripsDeparting())
          .append(" |\n");
    }
    boolean returnTrips = result.summary().stream().anyMatch(r -> r.pctReturnTrip() != null);
    md.append("\n## Residents within an hour")
        .append(returnTrips ? ", and there and back the same day" : "")
        .append("\n\n");
    md.append("| service | period | users | within 60 min |")
        .append(returnTrips ? " return trip works |" : "")
        .append(" zones losing access vs. AM peak | their users |\n");
    md.append("|---|---|---|---|").append(returnTrips ? "---|" : "").append("---|---|\n");
    for (ProfileSummaryRow row : result.summary()) {
      md.append("| ")
          .append(row.category())
          .append(" | ")
          .append(row.period().period().label())
          .append(" | ")
          .append(ReturnTripSummaryWriter.whole(row.users()))
          .append(" | ")
          .append(ReturnTripSummaryWriter.percent(row.pctWithin60()))
          .append(" | ");
      if (returnTrips) {
        md.append(ReturnTripSummaryWriter.percent(row.pctReturnTrip())).append(" | ");
      }
      md.append(row.zonesWithGap())
          .append(" | ")
          .append(ReturnTripSummaryWriter.whole(row.usersWithGap()))
          .append(" |\n");
    }
    md.append(
        "\nA zone loses access in a period when its nearest destination of the service is not"
            + " within 60 minutes then, while it is in the weekday morning peak (the DfT Journey Time"
            + " Statistics' Tuesday 07:00-10:00). Dates were chosen from the timetables' own"
            + " calendar (the date of each kind with the most trips, bank holidays left out) unless"
            + " given. Per zone: profile.csv.\n");
    return new MarkdownPage(FILE, md.toString());
  }

  private static String day(ProfilePeriod period) {
    String day = period.date().getDayOfWeek().toString();
    return day.charAt(0) + day.substring(1).toLowerCase(Locale.ROOT);
  }
}
