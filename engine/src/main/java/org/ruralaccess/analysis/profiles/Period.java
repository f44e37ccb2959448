package org.ruralaccess.analysis.profiles;

import java.util.Arrays;
import java.util.Locale;

/**
 * The named periods of a profile: a kind of day and a departure window on it. The weekday AM peak
 * is the DfT Journey Time Statistics' window (07:00-10:00 on a Tuesday); inter-peak is 10:00-16:00
 * (the DfT TAG inter-peak); evening 18:00-22:00; Saturday and Sunday are the daytime 10:00-16:00,
 * when weekend trips to shops, surgeries and visits are made; school term and school holiday
 * compare the AM peak on a term-time and on a holiday Tuesday.
 */
public enum Period {
  AM_PEAK(DayType.WEEKDAY, 7, 10),
  INTER_PEAK(DayType.WEEKDAY, 10, 16),
  EVENING(DayType.WEEKDAY, 18, 22),
  SATURDAY(DayType.SATURDAY, 10, 16),
  SUNDAY(DayType.SUNDAY, 10, 16),
  SCHOOL_TERM(DayType.SCHOOL_TERM, 7, 10),
  SCHOOL_HOLIDAY(DayType.SCHOOL_HOLIDAY, 7, 10);

  private final DayType dayType;
  private final int fromHour;
  private final int toHour;

  Period(DayType dayType, int fromHour, int toHour) {
    this.dayType = dayType;
    this.fromHour = fromHour;
    this.toHour = toHour;
  }

  public DayType dayType() {
    return dayType;
  }

  public int fromSeconds() {
    return fromHour * 3600;
  }

  public int toSeconds() {
    return toHour * 3600;
  }

  /** {@code am-peak}, {@code school-holiday}: as {@code --periods} spells it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@code 07:00-10:00}. */
  public String window() {
    return String.format("%02d:00-%02d:00", fromHour, toHour);
  }

  public static Period parse(String text) {
    for (Period period : values()) {
      if (period.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return period;
      }
    }
    throw new IllegalArgumentException(
        "'"
            + text
            + "' is not a period; expected "
            + String.join(", ", Arrays.stream(values()).map(Period::label).toList()));
  }
}
