package org.ruralaccess.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The usual bank holidays of England and Wales for a year, computed: the Banking and Financial
 * Dealings Act 1971 (Schedule 1: Easter Monday, the last Monday in May, the last Monday in August,
 * 26 December if not a Sunday, 27 December when 25 or 26 December is a Sunday), New Year's Day and
 * the early May holiday by annual royal proclamation (since 1974 and 1978), Good Friday and
 * Christmas Day by common law, each moved to the next weekday when it falls at a weekend as the
 * proclamations do. One-off changes (the 2020 VE day move, 2022's Jubilee, 2023's coronation)
 * cannot be computed: every result is marked {@code computed}.
 */
public final class StatutoryBankHolidays {

  private StatutoryBankHolidays() {}

  public static List<BankHoliday> englandAndWales(int year) {
    List<BankHoliday> days = new ArrayList<>();
    LocalDate newYear = LocalDate.of(year, 1, 1);
    days.add(computed(nextWeekday(newYear), "New Year’s Day", newYear));
    LocalDate easter = easterSunday(year);
    days.add(computed(easter.minusDays(2), "Good Friday", null));
    days.add(computed(easter.plusDays(1), "Easter Monday", null));
    LocalDate may = LocalDate.of(year, 5, 1);
    days.add(
        computed(
            may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
            "Early May bank holiday",
            null));
    days.add(
        computed(
            may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
            "Spring bank holiday",
            null));
    days.add(
        computed(
            LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
            "Summer bank holiday",
            null));
    LocalDate christmas = LocalDate.of(year, 12, 25);
    LocalDate boxing = LocalDate.of(year, 12, 26);
    LocalDate christmasObserved = christmas;
    LocalDate boxingObserved = boxing;
    switch (christmas.getDayOfWeek()) {
      case SATURDAY -> { // both move: Monday 27th and Tuesday 28th
        christmasObserved = christmas.plusDays(2);
        boxingObserved = boxing.plusDays(2);
      }
      case SUNDAY -> christmasObserved = christmas.plusDays(2); // Boxing Day keeps Monday 26th
      case FRIDAY -> boxingObserved = boxing.plusDays(2); // Saturday 26th to Monday 28th
      default -> {}
    }
    days.add(computed(christmasObserved, "Christmas Day", christmas));
    days.add(computed(boxingObserved, "Boxing Day", boxing));
    days.sort((a, b) -> a.date().compareTo(b.date()));
    return List.copyOf(days);
  }

  private static BankHoliday computed(LocalDate date, String title, LocalDate nominal) {
    String notes = nominal != null && !nominal.equals(date) ? "Substitute day" : "";
    return new BankHoliday(date, title, notes, true);
  }

  private static LocalDate nextWeekday(LocalDate date) {
    LocalDate day = date;
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * Easter Sunday in the Gregorian calendar (the anonymous algorithm of 1876, as given by Meeus,
   * Astronomical Algorithms, 1991, chapter 8).
   */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
