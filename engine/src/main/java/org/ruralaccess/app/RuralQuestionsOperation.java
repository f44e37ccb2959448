package org.ruralaccess.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ruralaccess.analysis.indicators.IndicatorCategory;
import org.ruralaccess.analysis.profiles.DateChoice;
import org.ruralaccess.analysis.profiles.DayType;
import org.ruralaccess.analysis.profiles.Period;
import org.ruralaccess.analysis.profiles.ProfileAnalysis;
import org.ruralaccess.analysis.profiles.ProfileDates;
import org.ruralaccess.analysis.profiles.ProfilePeriod;
import org.ruralaccess.analysis.profiles.ProfileResult;
import org.ruralaccess.analysis.profiles.TripCounts;
import org.ruralaccess.analysis.returntrips.ReturnTripAnalysis;
import org.ruralaccess.analysis.returntrips.ReturnTripRequest;
import org.ruralaccess.analysis.returntrips.ReturnTripResult;
import org.ruralaccess.analysis.returntrips.ReturnTripRule;
import org.ruralaccess.analysis.returntrips.ReturnTripSearch;
import org.ruralaccess.analysis.returntrips.ReturnTripTimes;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.export.MarkdownPage;
import org.ruralaccess.export.ProfileSummaryWriter;
import org.ruralaccess.export.ReturnTripSummaryWriter;
import org.ruralaccess.ingest.calendar.BankHolidayReader;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.calendar.BankHolidays;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;

/**
 * The rural questions inside {@code rae accessibility}: return trips on the run's date, and time
 * and day profiles. {@link #plan} checks every flag against the run's categories and the timetables
 * (dates chosen and printed) before anything is routed; {@link Plan#run} computes.
 */
final class RuralQuestionsOperation {

  /** The tables, summary pages and run.json parameters of the questions answered. */
  record Answers(
      List<ResultTable> tables, List<MarkdownPage> pages, Map<String, Object> parameters) {

    static final Answers NONE = new Answers(List.of(), List.of(), Map.of());
  }

  /** What was asked, checked. */
  record Plan(
      Network network,
      AccessibilityInputs inputs,
      AccessibilityJob job,
      List<IndicatorCategory> categories,
      Map<String, ReturnTripRule> rules,
      List<ProfilePeriod> periods,
      Map<String, Object> parameters) {

    Answers run(List<RiderGroup> riders, ProgressListener progress) {
      if (rules == null && periods == null) {
        return Answers.NONE;
      }
      List<ResultTable> tables = new ArrayList<>();
      List<MarkdownPage> pages = new ArrayList<>();
      ReturnTripResult trips = null;
      if (rules != null) {
        trips =
            ReturnTripAnalysis.run(
                network,
                inputs.zones(),
                inputs.destinations(),
                returnTripRequest(inputs.request().date()),
                riders.isEmpty() ? List.of(job.communityTransport().rider()) : riders,
                progress);
        tables.add(trips.trips());
        tables.add(trips.equity());
        pages.add(ReturnTripSummaryWriter.page(trips));
      }
      if (periods != null) {
        ProfileResult profile =
            ProfileAnalysis.run(
                network,
                inputs.zones(),
                inputs.destinations(),
                categories,
                periods,
                job.percentile(),
                inputs.request().routing(),
                job.communityTransport(),
                rules == null ? Map.of() : returnTripsByDate(trips, progress),
                progress);
        tables.add(profile.table());
        pages.add(
            ProfileSummaryWriter.page(
                profile, job.percentile() == 50 ? "median" : "p" + job.percentile()));
      }
      return new Answers(List.copyOf(tables), List.copyOf(pages), parameters);
    }

    private ReturnTripRequest returnTripRequest(LocalDate date) {
      return new ReturnTripRequest(
          date,
          rules,
          inputs.request().routing(),
          job.communityTransport(),
          inputs.request().indicators());
    }

    /** The run's own rider's return trips on each profile date (the run's date reused). */
    private Map<LocalDate, ReturnTripTimes> returnTripsByDate(
        ReturnTripResult onRunDate, ProgressListener progress) {
      CommunityTransportRequest ct = job.communityTransport();
      Map<LocalDate, ReturnTripTimes> byDate = new LinkedHashMap<>();
      ReturnTripTimes own =
          ct.enabled() ? onRunDate.byRider().get(ct.rider()) : onRunDate.withoutSchemes();
      if (own != null) {
        byDate.put(onRunDate.request().date(), own);
      }
      for (ProfilePeriod period : periods) {
        if (!byDate.containsKey(period.date())) {
          byDate.put(
              period.date(),
              ReturnTripSearch.run(
                  network,
                  inputs.zones(),
                  inputs.destinations(),
                  onRunDate.categories(),
                  onRunDate.categories().stream().map(c -> rules.get(c.key())).toList(),
                  period.date(),
                  inputs.request().routing(),
                  ct,
                  "return trips on " + period.date(),
                  progress));
        }
      }
      return byDate;
    }
  }

  private RuralQuestionsOperation() {}

  static Plan plan(
      Network network,
      AccessibilityInputs inputs,
      AccessibilityJob job,
      ProgressListener progress) {
    RuralQuestions questions = job.questions();
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (!questions.any()) {
      return new Plan(network, inputs, job, List.of(), null, null, parameters);
    }
    if (!job.modes().contains(TravelMode.TRANSIT)) {
      ServiceDateCheck.warnOrFail(network, inputs.request().date(), TravelMode.TRANSIT, progress);
    }
    List<IndicatorCategory> categories =
        IndicatorCategory.of(
            inputs.destinations(), inputs.request().indicators().usersByCategory());
    Map<String, ReturnTripRule> rules = null;
    if (questions.returnTrips() != null) {
      rules = questions.returnTrips().rules(categories);
      Map<String, Object> trips = new LinkedHashMap<>();
      trips.put("date", inputs.request().date().toString());
      trips.put("categories", ReturnTripFlags.parameters(rules));
      parameters.put("returnTrips", trips);
    }
    List<ProfilePeriod> periods = null;
    if (questions.periods() != null) {
      periods = periods(network, questions.periods(), progress);
      List<Map<String, Object>> described = new ArrayList<>();
      for (ProfilePeriod period : periods) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("period", period.period().label());
        entry.put("date", period.date().toString());
        entry.put("window", period.period().window());
        entry.put("tripsRunning", period.tripsRunning());
        entry.put("tripsDeparting", period.tripsDeparting());
        described.add(entry);
      }
      parameters.put("periods", described);
    }
    return new Plan(network, inputs, job, categories, rules, periods, parameters);
  }

  /** The periods with their dates (the AM peak added for the gap column), each date printed. */
  private static List<ProfilePeriod> periods(
      Network network, PeriodFlags flags, ProgressListener progress) {
    List<Period> asked = new ArrayList<>(flags.periods());
    if (!asked.contains(Period.AM_PEAK)) {
      asked.add(0, Period.AM_PEAK);
      progress.note("profile: am-peak added, the gap column compares every period with it");
    }
    for (DayType type : flags.dates().keySet()) {
      if (asked.stream().noneMatch(p -> p.dayType() == type)) {
        throw new BadInputException(
            "--dates: " + type.label() + " is the day of no period in --periods");
      }
    }
    Set<DayType> types = EnumSet.noneOf(DayType.class);
    asked.forEach(p -> types.add(p.dayType()));
    BankHolidays holidays = BankHolidayReader.englandAndWales();
    Map<DayType, DateChoice> chosen = new EnumMap<>(DayType.class);
    Set<DayType> automatic = EnumSet.noneOf(DayType.class);
    for (DayType type : types) {
      LocalDate given = flags.dates().get(type);
      if (given != null) {
        DateChoice choice = ProfileDates.given(network.transit(), holidays, type, given);
        if (!choice.found()) {
          throw new BadInputException(
              "--dates: " + type.label() + "=" + given + ": " + choice.reason());
        }
        chosen.put(type, choice);
      } else {
        automatic.add(type);
      }
    }
    chosen.putAll(ProfileDates.choose(network.transit(), holidays, automatic));
    for (DayType type : types) {
      DateChoice choice = chosen.get(type);
      if (!choice.found()) {
        throw new BadInputException(
            "--periods: "
                + type.label()
                + ": "
                + choice.reason()
                + "; give its date with --dates "
                + type.label()
                + "=YYYY-MM-DD");
      }
      progress.note(
          "profile date, "
              + type.label()
              + ": "
              + choice.date()
              + " ("
              + choice.date().getDayOfWeek()
              + ", "
              + choice.trips()
              + " trips): "
              + choice.reason()
              + computedNote(holidays, choice.date()));
    }
    List<ProfilePeriod> periods = new ArrayList<>();
    for (Period period : asked) {
      DateChoice choice = chosen.get(period.dayType());
      periods.add(
          new ProfilePeriod(
              period,
              choice.date(),
              choice.trips(),
              TripCounts.departingIn(
                  network.transit(), choice.date(), period.fromSeconds(), period.toSeconds())));
    }
    return periods;
  }

  private static String computedNote(BankHolidays holidays, LocalDate date) {
    return holidays.isPublished(date.getYear())
        ? ""
        : " (bank holidays of "
            + date.getYear()
            + " computed from the statutory rules: one-off holidays are not known)";
  }
}
