package org.ruralaccess.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.TravelMode;

/** Flag values shared by the commands, parsed with messages naming the flag. */
final class CliValues {

  private CliValues() {}

  static LocalDate date(String flag, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadInputException(flag + ": '" + text + "' is not a date; expected YYYY-MM-DD");
    }
  }

  static int time(String flag, String text) {
    try {
      return ClockTime.parseSeconds(text);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(flag + ": " + e.getMessage());
    }
  }

  static TravelMode mode(String flag, String text) {
    return Arrays.stream(TravelMode.values())
        .filter(m -> m.label().equalsIgnoreCase(text.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                new BadInputException(
                    flag + ": '" + text + "' is not a mode; expected transit, walk, bike or car"));
  }
}
