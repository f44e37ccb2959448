package org.ruralaccess.analysis.profiles;

import java.time.DayOfWeek;
import java.util.Locale;

/**
 * The kinds of day a profile compares. Weekdays are Tuesdays, as in the DfT Journey Time
 * Statistics; school-term and school-holiday days are Tuesdays too, so that only the school
 * calendar differs between them.
 */
public enum DayType {
  WEEKDAY(DayOfWeek.TUESDAY),
  SATURDAY(DayOfWeek.SATURDAY),
  SUNDAY(DayOfWeek.SUNDAY),
  SCHOOL_TERM(DayOfWeek.TUESDAY),
  SCHOOL_HOLIDAY(DayOfWeek.TUESDAY);

  private final DayOfWeek representative;

  DayType(DayOfWeek representative) {
    this.representative = representative;
  }

  /** The day of the week chosen automatically. */
  public DayOfWeek representative() {
    return representative;
  }

  /** Whether a date given by the user fits: a weekday for the weekday types, else the day. */
  public boolean admits(DayOfWeek day) {
    return switch (this) {
      case SATURDAY -> day == DayOfWeek.SATURDAY;
      case SUNDAY -> day == DayOfWeek.SUNDAY;
      default -> day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    };
  }

  /** {@code weekday}, {@code school-term}: as {@code --dates} spells it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static DayType parse(String text) {
    for (DayType type : values()) {
      if (type.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "'"
            + text
            + "' is not a day type; expected weekday, saturday, sunday, school-term or"
            + " school-holiday");
  }
}
