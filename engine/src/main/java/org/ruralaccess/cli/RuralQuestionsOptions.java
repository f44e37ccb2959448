package org.ruralaccess.cli;

import java.util.List;
import org.ruralaccess.app.AccessibilityJob;
import org.ruralaccess.app.PeriodFlags;
import org.ruralaccess.app.ReturnTripFlags;
import org.ruralaccess.app.RuralQuestions;
import org.ruralaccess.model.BadInputException;
import picocli.CommandLine.Option;

/**
 * The flags of the rural questions in {@code rae accessibility}: return trips and their day out,
 * time and day profiles, and the n-th nearest destination. Values are checked by {@code app}.
 */
final class RuralQuestionsOptions {

  @Option(
      names = "--return-trips",
      arity = "0..1",
      fallbackValue = "all",
      split = ",",
      paramLabel = "CATEGORY",
      description =
          "can residents get there and back the same day? For every category, or those named"
              + " (e.g. gp,hospital); writes return_trips.csv/.geojson, return_trip_equity.csv and"
              + " return_trips_summary.md")
  List<String> returnTrips;

  @Option(
      names = "--leave-after",
      split = ",",
      paramLabel = "[CATEGORY=]HH:MM",
      description = "leave home at or after (default 07:00 for every category)")
  List<String> leaveAfter;

  @Option(
      names = "--opens",
      split = ",",
      paramLabel = "[CATEGORY=]HH:MM",
      description =
          "the visit starts at arrival but not before this (a fixed appointment: equal to"
              + " --arrive-by); defaults per category in docs/indicators.md")
  List<String> opens;

  @Option(
      names = "--arrive-by",
      split = ",",
      paramLabel = "[CATEGORY=]HH:MM",
      description = "arrive at the destination by (e.g. gp=17:00, hospital=10:00)")
  List<String> arriveBy;

  @Option(
      names = "--stay",
      split = ",",
      paramLabel = "[CATEGORY=]MINUTES",
      description = "minutes at the destination (e.g. gp=60, food_store=90)")
  List<String> stay;

  @Option(
      names = "--home-by",
      split = ",",
      paramLabel = "[CATEGORY=]HH:MM",
      description = "be home by (default 19:00; 18:00 from school or college)")
  List<String> homeBy;

  @Option(
      names = "--periods",
      split = ",",
      paramLabel = "PERIOD",
      description =
          "a time and day profile: am-peak, inter-peak, evening, saturday, sunday, school-term,"
              + " school-holiday; dates chosen from the timetables (printed); writes"
              + " profile.csv/.geojson and profile_summary.md")
  List<String> periods;

  @Option(
      names = "--dates",
      split = ",",
      paramLabel = "DAY=YYYY-MM-DD",
      description =
          "fix a profile date: weekday, saturday, sunday, school-term or school-holiday, e.g."
              + " saturday=2023-06-17")
  List<String> dates;

  @Option(
      names = "--nth",
      split = ",",
      paramLabel = "N",
      description = "time to the n-th nearest destination of each category, e.g. 1,3")
  int[] nth;

  /** The job with the questions asked; a bad value is one line naming its flag. */
  AccessibilityJob applyTo(AccessibilityJob job) {
    String dayFlag = ReturnTripFlags.firstGiven(leaveAfter, opens, arriveBy, stay, homeBy);
    if (returnTrips == null && dayFlag != null) {
      throw new BadInputException(dayFlag + " needs --return-trips");
    }
    if (periods == null && dates != null) {
      throw new BadInputException("--dates needs --periods");
    }
    ReturnTripFlags trips =
        returnTrips == null
            ? null
            : ReturnTripFlags.parse(returnTrips, leaveAfter, opens, arriveBy, stay, homeBy);
    PeriodFlags profile = periods == null ? null : PeriodFlags.parse(periods, dates);
    AccessibilityJob withNth =
        nth == null
            ? job
            : new AccessibilityJob(
                job.window(),
                job.percentile(),
                job.modes(),
                job.indicators().withNthNearest(nth),
                job.routing(),
                job.communityTransport(),
                job.zonesFile(),
                job.populationColumn(),
                job.destinationsFile(),
                job.scenarioFile(),
                job.riders(),
                job.crsEpsg());
    return withNth.withQuestions(new RuralQuestions(trips, profile));
  }
}
