package org.ruralaccess.scenario;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Days of operation written in a scenario: weekdays between two dates, both included. Without
 * dates, the baseline network's first to last service date.
 *
 * @param from first date, or null for the network's first service date
 * @param to last date, or null for the network's last service date
 */
public record ServiceDays(Set<DayOfWeek> weekdays, LocalDate from, LocalDate to, int line) {

  public ServiceDays {
    weekdays = Set.copyOf(weekdays);
  }

  void resolve(LocalDate networkFirst, LocalDate networkLast, List<String> errors) {
    LocalDate first = from != null ? from : networkFirst;
    LocalDate last = to != null ? to : networkLast;
    if (first == null || last == null) {
      errors.add(
          "line " + line + ": the network runs on no day; give 'from' and 'to' dates (YYYY-MM-DD)");
    } else if (epochDays(first, last).length == 0) {
      errors.add(
          "line "
              + line
              + ": "
              + weekdays.stream()
                  .sorted()
                  .map(day -> day.name().substring(0, 3).toLowerCase(Locale.ROOT))
                  .toList()
              + " between "
              + first
              + " and "
              + last
              + " is no day at all; check the days and the dates");
    }
  }

  /** The sorted epoch days, with the network's date range filling missing dates. */
  int[] epochDays(LocalDate networkFirst, LocalDate networkLast) {
    LocalDate first = from != null ? from : networkFirst;
    LocalDate last = to != null ? to : networkLast;
    return IntStream.rangeClosed((int) first.toEpochDay(), (int) last.toEpochDay())
        .filter(day -> weekdays.contains(LocalDate.ofEpochDay(day).getDayOfWeek()))
        .toArray();
  }
}
