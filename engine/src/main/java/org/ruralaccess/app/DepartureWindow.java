package org.ruralaccess.app;

import java.time.LocalDate;
import org.ruralaccess.model.BadInputException;

/**
 * When journeys start: one departure every {@code stepSeconds} in [{@code fromSeconds}, {@code
 * toSeconds}) on {@code date}, as the user gave it ({@code fromText}, {@code toText} are kept for
 * the run record).
 */
public record DepartureWindow(
    LocalDate date,
    int fromSeconds,
    int toSeconds,
    int stepSeconds,
    String fromText,
    String toText) {

  /** A checked window from what the user typed. */
  public static DepartureWindow of(String date, String from, String to, int stepMinutes) {
    LocalDate serviceDate = RequestValues.date("--date", date);
    int fromSeconds = RequestValues.time("--from", from);
    int toSeconds = RequestValues.time("--to", to);
    if (toSeconds <= fromSeconds) {
      throw new BadInputException("--to (" + to + ") must be after --from (" + from + ")");
    }
    if (stepMinutes < 1) {
      throw new BadInputException("--step-minutes must be at least 1, was " + stepMinutes);
    }
    return new DepartureWindow(serviceDate, fromSeconds, toSeconds, stepMinutes * 60, from, to);
  }

  public int stepMinutes() {
    return stepSeconds / 60;
  }

  /** {@code 2019-05-13 14:00-16:00}, for messages and summaries. */
  public String label() {
    return date + " " + fromText + "-" + toText;
  }
}
