package org.ruralaccess.model.community;

import java.util.Locale;

/**
 * When the rider books, relative to the trip: on the spot ({@link Type#SPONTANEOUS}), earlier the
 * same day with some minutes' notice ({@link Type#SAME_DAY}), or some days ahead ({@link
 * Type#DAYS_AHEAD}, "the day before" is one day). A scheme whose booking rule the rider cannot meet
 * is left out of the request.
 *
 * @param noticeMinutes SAME_DAY only: how long before the trip the rider books
 * @param daysAhead DAYS_AHEAD only: how many days before the trip the rider books (by any deadline
 *     that day)
 */
public record BookingAssumption(Type type, int noticeMinutes, int daysAhead) {

  public enum Type {
    SPONTANEOUS,
    SAME_DAY,
    DAYS_AHEAD
  }

  public BookingAssumption {
    if (noticeMinutes < 0 || daysAhead < 0) {
      throw new IllegalArgumentException("notice and days ahead must be >= 0");
    }
  }

  public static BookingAssumption spontaneous() {
    return new BookingAssumption(Type.SPONTANEOUS, 0, 0);
  }

  public static BookingAssumption sameDay(int noticeMinutes) {
    return new BookingAssumption(Type.SAME_DAY, noticeMinutes, 0);
  }

  public static BookingAssumption dayBefore() {
    return daysAhead(1);
  }

  public static BookingAssumption daysAhead(int days) {
    return new BookingAssumption(Type.DAYS_AHEAD, 0, days);
  }

  /**
   * Reads {@code spontaneous}, {@code same-day:MINUTES}, {@code day-before} or {@code
   * days-ahead:N}.
   *
   * @throws IllegalArgumentException naming the accepted forms
   */
  public static BookingAssumption parse(String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    try {
      if (value.equals("spontaneous")) {
        return spontaneous();
      }
      if (value.equals("day-before")) {
        return dayBefore();
      }
      if (value.startsWith("same-day:")) {
        return sameDay(Integer.parseInt(value.substring("same-day:".length())));
      }
      if (value.startsWith("days-ahead:")) {
        return daysAhead(Integer.parseInt(value.substring("days-ahead:".length())));
      }
    } catch (IllegalArgumentException e) {
      // falls through to the message below (bad or negative number)
    }
    throw new IllegalArgumentException(
        "'"
            + text
            + "' is not a booking assumption; use spontaneous, same-day:MINUTES (e.g."
            + " same-day:60), day-before or days-ahead:N");
  }

  /** True when a rider booking this way meets the rule. */
  public boolean meets(BookingRule rule) {
    return switch (rule.type()) {
      case NONE -> true;
      case SAME_DAY ->
          switch (type) {
            case SPONTANEOUS -> rule.minimumNoticeMinutes() == 0;
            case SAME_DAY -> rule.minimumNoticeMinutes() <= noticeMinutes;
            case DAYS_AHEAD -> true;
          };
      case PRIOR_DAYS -> type == Type.DAYS_AHEAD && daysAhead >= rule.priorDays();
    };
  }

  /** The form {@link #parse} reads, for outputs and run.json. */
  public String label() {
    return switch (type) {
      case SPONTANEOUS -> "spontaneous";
      case SAME_DAY -> "same-day:" + noticeMinutes;
      case DAYS_AHEAD -> daysAhead == 1 ? "day-before" : "days-ahead:" + daysAhead;
    };
  }
}
