package org.ruralaccess.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.profiles.DayType;
import org.ruralaccess.analysis.profiles.Period;
import org.ruralaccess.model.BadInputException;

/**
 * {@code --periods} and {@code --dates} as given, parsed: the periods in the order named (each
 * once), and the dates the user fixes per kind of day ({@code --dates weekday=2023-06-13}).
 */
public record PeriodFlags(List<Period> periods, Map<DayType, LocalDate> dates) {

  public PeriodFlags {
    periods = List.copyOf(periods);
    dates = dates.isEmpty() ? Map.of() : new EnumMap<>(dates);
  }

  public static PeriodFlags parse(List<String> periodTexts, List<String> dateTexts) {
    List<Period> periods = new ArrayList<>();
    for (String text : periodTexts) {
      try {
        Period period = Period.parse(text);
        if (!periods.contains(period)) {
          periods.add(period);
        }
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--periods: " + e.getMessage());
      }
    }
    if (periods.isEmpty()) {
      throw new BadInputException("--periods: name at least one period");
    }
    Map<DayType, LocalDate> dates = new EnumMap<>(DayType.class);
    for (String text : dateTexts == null ? List.<String>of() : dateTexts) {
      int equals = text.indexOf('=');
      if (equals < 0) {
        throw new BadInputException(
            "--dates: '" + text + "' is not DAY=YYYY-MM-DD (e.g. saturday=2023-06-17)");
      }
      DayType type;
      try {
        type = DayType.parse(text.substring(0, equals));
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--dates: " + e.getMessage());
      }
      dates.put(type, RequestValues.date("--dates " + type.label(), text.substring(equals + 1)));
    }
    return new PeriodFlags(periods, dates);
  }
}
