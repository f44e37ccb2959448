package org.ruralaccess.model;

/**
 * Times of day as int seconds since midnight of the service day, as GTFS counts them: values past
 * 24:00:00 belong to trips that run past midnight and stay on the service day they started on.
 */
public final class ClockTime {

  private ClockTime() {}

  /**
   * Parses {@code H:MM}, {@code HH:MM} or {@code HH:MM:SS} (hours may exceed 23).
   *
   * @throws IllegalArgumentException with a message saying what was expected
   */
  public static int parseSeconds(String text) {
    String trimmed = text == null ? "" : text.trim();
    String[] parts = trimmed.split(":", -1);
    if (parts.length < 2 || parts.length > 3) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a time; expected HH:MM or HH:MM:SS");
    }
    if (trimmed.startsWith("-")) {
      throw new IllegalArgumentException(
          "'" + text + "' is a negative time; times count up from 0");
    }
    try {
      int hours = Integer.parseInt(parts[0]);
      int minutes = Integer.parseInt(parts[1]);
      int seconds = parts.length == 3 ? Integer.parseInt(parts[2]) : 0;
      if (hours < 0 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) {
        throw new IllegalArgumentException(
            "'" + text + "' is not a valid time; minutes and seconds must be 00-59");
      }
      return hours * 3600 + minutes * 60 + seconds;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a time; expected HH:MM or HH:MM:SS");
    }
  }

  /** Formats as {@code HH:MM:SS}; hours may exceed 23. */
  public static String format(int secondsSinceMidnight) {
    int hours = secondsSinceMidnight / 3600;
    int minutes = (secondsSinceMidnight % 3600) / 60;
    int seconds = secondsSinceMidnight % 60;
    return String.format("%02d:%02d:%02d", hours, minutes, seconds);
  }
}
