package org.ruralaccess.analysis.profiles;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ruralaccess.model.calendar.BankHolidays;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * Chooses a representative date for each kind of day from the timetables' own calendar, inside the
 * range they cover, leaving out bank holidays in England and Wales:
 *
 * <ul>
 *   <li>weekday, Saturday, Sunday: of the Tuesdays (Saturdays, Sundays) that are not bank holidays,
 *       the one with the most trips running; the earliest of equals;
 *   <li>school term: the same among the Tuesdays on which no service pauses ({@link
 *       ServicePauses}); school holiday: the Tuesday on which the most trips pause, the earliest of
 *       equals. Both only when the timetables pause some service on some Tuesday at all: otherwise
 *       they do not tell school days from holidays, and there is no date.
 * </ul>
 *
 * The most trips, rather than the first date, because feeds often start or end mid-week with
 * services still being added or withdrawn; the date with the fullest timetable is the typical one.
 */
public final class ProfileDates {

  private ProfileDates() {}

  public static Map<DayType, DateChoice> choose(
      TransitNetwork transit, BankHolidays holidays, Set<DayType> types) {
    Map<DayType, DateChoice> chosen = new EnumMap<>(DayType.class);
    LocalDate first = transit.firstServiceDate();
    LocalDate last = transit.lastServiceDate();
    for (DayType type : types) {
      chosen.put(
          type,
          first == null
              ? DateChoice.none(type, "the timetables run on no date")
              : choose(transit, holidays, type, first, last));
    }
    return chosen;
  }

  private static DateChoice choose(
      TransitNetwork transit,
      BankHolidays holidays,
      DayType type,
      LocalDate first,
      LocalDate last) {
    List<LocalDate> dates = datesOf(type.representative(), first, last);
    String range = first + " to " + last;
    String day =
        type.representative().toString().charAt(0)
            + type.representative().toString().substring(1).toLowerCase(java.util.Locale.ROOT);
    if (dates.isEmpty()) {
      return DateChoice.none(type, "the timetables (" + range + ") include no " + day);
    }
    ServicePauses pauses = ServicePauses.of(transit, dates);
    int best = -1;
    boolean distinguishes = false;
    for (int i = 0; i < dates.size(); i++) {
      if (holidays.isBankHoliday(dates.get(i))) {
        continue;
      }
      int paused = pauses.pausedTrips(i);
      distinguishes |= paused > 0;
      boolean better =
          switch (type) {
            case SCHOOL_HOLIDAY -> paused > 0 && (best < 0 || paused > pauses.pausedTrips(best));
            case SCHOOL_TERM -> paused == 0 && (best < 0 || pauses.trips(i) > pauses.trips(best));
            default -> best < 0 || pauses.trips(i) > pauses.trips(best);
          };
      if (better) {
        best = i;
      }
    }
    if ((type == DayType.SCHOOL_TERM || type == DayType.SCHOOL_HOLIDAY) && !distinguishes) {
      return DateChoice.none(
          type,
          "the timetables ("
              + range
              + ") do not tell school days from holidays: no service pauses on a Tuesday that is"
              + " not a bank holiday");
    }
    if (best < 0) {
      return DateChoice.none(
          type, "every " + day + " in the timetables (" + range + ") is a bank holiday");
    }
    LocalDate date = dates.get(best);
    String why =
        switch (type) {
          case SCHOOL_HOLIDAY ->
              "the Tuesday on which the most trips pause ("
                  + pauses.pausedTrips(best)
                  + " trips of services running on Tuesdays before and after)";
          case SCHOOL_TERM -> "the Tuesday with no service paused and the most trips";
          default -> "the " + day + " with the most trips";
        };
    return new DateChoice(
        type, date, pauses.trips(best), why + ", in " + range + ", bank holidays left out");
  }

  /** Every {@code day} from {@code first} to {@code last}, ascending. */
  static List<LocalDate> datesOf(DayOfWeek day, LocalDate first, LocalDate last) {
    List<LocalDate> dates = new ArrayList<>();
    LocalDate date = first.with(java.time.temporal.TemporalAdjusters.nextOrSame(day));
    for (; !date.isAfter(last); date = date.plusWeeks(1)) {
      dates.add(date);
    }
    return dates;
  }

  /** A date the user gave for {@code type}: checked against the timetables' range and the day. */
  public static DateChoice given(
      TransitNetwork transit, BankHolidays holidays, DayType type, LocalDate date) {
    LocalDate first = transit.firstServiceDate();
    LocalDate last = transit.lastServiceDate();
    if (first == null || date.isBefore(first) || date.isAfter(last)) {
      return DateChoice.none(
          type,
          date + " is outside the timetables of this network (" + first + " to " + last + ")");
    }
    if (!type.admits(date.getDayOfWeek())) {
      return DateChoice.none(
          type, date + " is a " + date.getDayOfWeek() + ", not a day of type " + type.label());
    }
    String holiday =
        holidays.find(date).map(h -> " (a bank holiday: " + h.title() + ")").orElse("");
    return new DateChoice(type, date, transit.activeTripCount(date), "given" + holiday);
  }
}
