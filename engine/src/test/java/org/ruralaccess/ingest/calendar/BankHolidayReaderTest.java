package org.ruralaccess.ingest.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ruralaccess.model.calendar.BankHoliday;
import org.ruralaccess.model.calendar.BankHolidays;
import org.ruralaccess.model.calendar.StatutoryBankHolidays;

/** The bundled GOV.UK list, and the statutory rules checked against it year by year. */
class BankHolidayReaderTest {

  private static final BankHolidays HOLIDAYS = BankHolidayReader.englandAndWales();

  @Test
  void readsTheBundledList() {
    // 8 holidays a year for 2019-2027, plus 2022's Jubilee and State Funeral and 2023's
    // coronation: 9 x 8 + 3 = 75 rows
    assertEquals(75, HOLIDAYS.published().size());
    assertEquals(2019, HOLIDAYS.firstPublishedYear());
    assertEquals(2027, HOLIDAYS.lastPublishedYear());
    BankHoliday boxing = HOLIDAYS.find(LocalDate.of(2023, 12, 26)).orElseThrow();
    assertEquals("Boxing Day", boxing.title());
    assertFalse(boxing.computed());
    assertEquals(
        "Bank holiday for the coronation of King Charles III",
        HOLIDAYS.find(LocalDate.of(2023, 5, 8)).orElseThrow().title());
    assertEquals("New Year’s Day", HOLIDAYS.find(LocalDate.of(2022, 1, 3)).orElseThrow().title());
    assertEquals("Substitute day", HOLIDAYS.find(LocalDate.of(2022, 1, 3)).orElseThrow().notes());
    assertFalse(HOLIDAYS.isBankHoliday(LocalDate.of(2023, 6, 13)));
  }

  @Test
  void theStatutoryRulesGiveThePublishedDatesExceptTheOneOffs() {
    for (int year = 2019; year <= 2027; year++) {
      TreeSet<LocalDate> published = new TreeSet<>();
      for (LocalDate date : HOLIDAYS.published().keySet()) {
        if (date.getYear() == year) {
          published.add(date);
        }
      }
      TreeSet<LocalDate> computed = new TreeSet<>();
      StatutoryBankHolidays.englandAndWales(year).forEach(h -> computed.add(h.date()));
      List<String> onlyPublished = new ArrayList<>();
      published.stream()
          .filter(d -> !computed.contains(d))
          .forEach(d -> onlyPublished.add("+" + d));
      computed.stream()
          .filter(d -> !published.contains(d))
          .forEach(d -> onlyPublished.add("-" + d));
      String expected =
          switch (year) {
            // VE day: the early May holiday moved from Monday 4 to Friday 8 May
            case 2020 -> "[+2020-05-08, -2020-05-04]";
            // the spring holiday moved to Thursday 2 June, the Jubilee added Friday 3 June, the
            // State Funeral Monday 19 September
            case 2022 -> "[+2022-06-02, +2022-06-03, +2022-09-19, -2022-05-30]";
            case 2023 -> "[+2023-05-08]"; // the coronation
            default -> "[]";
          };
      assertEquals(expected, onlyPublished.toString(), "year " + year);
    }
  }

  @Test
  void otherYearsAreComputedAndSaySo() {
    // 2028: Easter Sunday 16 April (Meeus), so Good Friday 14 April, Easter Monday 17 April
    BankHoliday goodFriday = HOLIDAYS.find(LocalDate.of(2028, 4, 14)).orElseThrow();
    assertEquals("Good Friday", goodFriday.title());
    assertTrue(goodFriday.computed());
    assertTrue(HOLIDAYS.isBankHoliday(LocalDate.of(2028, 4, 17)));
    // 2028: 25 December is a Monday, 26th a Tuesday
    assertTrue(HOLIDAYS.isBankHoliday(LocalDate.of(2028, 12, 26)));
    // 2032: 25 December a Saturday: Monday 27 and Tuesday 28 are the holidays
    assertTrue(HOLIDAYS.isBankHoliday(LocalDate.of(2032, 12, 27)));
    assertTrue(HOLIDAYS.isBankHoliday(LocalDate.of(2032, 12, 28)));
    assertFalse(HOLIDAYS.isBankHoliday(LocalDate.of(2032, 12, 29)));
    // before the published years too: 2018's early May holiday, Monday 7 May
    assertTrue(HOLIDAYS.find(LocalDate.of(2018, 5, 7)).orElseThrow().computed());
  }
}
