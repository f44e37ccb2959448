package org.ruralaccess.model.community;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The days a scheme runs, as GTFS calendar plus calendar_dates: weekdays within a date range, plus
 * added dates, minus removed dates. A scheme given only by dates has no weekdays.
 *
 * @param startDate first day of the range, inclusive; {@link LocalDate#MIN} when open
 * @param endDate last day of the range, inclusive; {@link LocalDate#MAX} when open
 */
public record OperatingDays(
    Set<DayOfWeek> weekdays,
    LocalDate startDate,
    LocalDate endDate,
    SortedSet<LocalDate> addedDates,
    SortedSet<LocalDate> removedDates) {

  public OperatingDays {
    weekdays =
        Collections.unmodifiableSet(
            weekdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekdays));
    addedDates = Collections.unmodifiableSortedSet(new TreeSet<>(addedDates));
    removedDates = Collections.unmodifiableSortedSet(new TreeSet<>(removedDates));
  }

  public static OperatingDays weekly(Set<DayOfWeek> weekdays, LocalDate start, LocalDate end) {
    return new OperatingDays(weekdays, start, end, new TreeSet<>(), new TreeSet<>());
  }

  public boolean runsOn(LocalDate date) {
    if (removedDates.contains(date)) {
      return false;
    }
    if (addedDates.contains(date)) {
      return true;
    }
    return weekdays.contains(date.getDayOfWeek())
        && !date.isBefore(startDate)
        && !date.isAfter(endDate);
  }
}
