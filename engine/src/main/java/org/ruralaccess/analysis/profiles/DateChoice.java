package org.ruralaccess.analysis.profiles;

import java.time.LocalDate;

/**
 * The date a profile uses for a kind of day, and why; or why there is none.
 *
 * @param date null when no date fits ({@code reason} says why)
 * @param trips trips running on the date (the timetables' services that day)
 * @param reason one line for the user: how the date was chosen, or why none was
 */
public record DateChoice(DayType dayType, LocalDate date, int trips, String reason) {

  public boolean found() {
    return date != null;
  }

  static DateChoice none(DayType type, String reason) {
    return new DateChoice(type, null, 0, reason);
  }
}
