package org.ruralaccess.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ruralaccess.analysis.indicators.IndicatorCategory;
import org.ruralaccess.analysis.profiles.DayType;
import org.ruralaccess.analysis.profiles.Period;
import org.ruralaccess.analysis.returntrips.ReturnTripRule;
import org.ruralaccess.model.BadInputException;

/** The day-out flags over the per-category defaults, and the period flags, as parsed. */
class ReturnTripFlagsTest {

  private static final int H = 3600;

  private static final List<IndicatorCategory> RUN =
      List.of(category("gp"), category("hospital"), category("food_store"));

  private static IndicatorCategory category(String key) {
    return new IndicatorCategory(key, key, Set.of(), new int[0], new double[0]);
  }

  private static ReturnTripFlags flags(List<String> categories, List<String> stay) {
    return ReturnTripFlags.parse(categories, null, null, null, stay, null);
  }

  @Test
  void oneValueForEveryCategoryAndOneForOneCategory() {
    // --stay 45 --stay hospital=180: every category stays 45 minutes but the hospital 180
    Map<String, ReturnTripRule> rules =
        ReturnTripFlags.parse(
                List.of("all"),
                List.of("08:00"),
                null,
                List.of("hospital=11:00"),
                List.of("45", "hospital=180"),
                List.of("gp=18:00"))
            .rules(RUN);
    assertEquals(List.of("gp", "hospital", "food_store"), List.copyOf(rules.keySet()));
    // gp: the default opens 08:30 and arrive-by 17:00 kept; leave-after and home-by given
    assertEquals(new ReturnTripRule(8 * H, 8 * H + 1800, 17 * H, 45 * 60, 18 * H), rules.get("gp"));
    // hospital: the default opens 10:00 kept, arrive by 11:00, 180 minutes, home by 19:00
    assertEquals(
        new ReturnTripRule(8 * H, 10 * H, 11 * H, 180 * 60, 19 * H), rules.get("hospital"));
    // food store: the default 08:00 opening, 17:00 arrive-by, 19:00 home-by; 45 minutes
    assertEquals(
        new ReturnTripRule(8 * H, 8 * H, 17 * H, 45 * 60, 19 * H), rules.get("food_store"));
  }

  @Test
  void namedCategoriesOnlyAndTheDefaultsUntouched() {
    Map<String, ReturnTripRule> rules = flags(List.of("hospital"), null).rules(RUN);
    assertEquals(List.of("hospital"), List.copyOf(rules.keySet()));
    assertEquals(
        new ReturnTripRule(7 * H, 10 * H, 10 * H, 120 * 60, 19 * H), rules.get("hospital"));
  }

  @Test
  void aDayThatCannotWorkNamesItsFlag() {
    // 08:30 (gp opens) + 600 minutes = 18:30, before 19:00: fits; 660 minutes ends 19:30: does not
    flags(List.of("gp"), List.of("gp=630")).rules(RUN);
    BadInputException stay =
        assertThrows(
            BadInputException.class, () -> flags(List.of("gp"), List.of("gp=631")).rules(RUN));
    assertEquals(
        "--stay: 631 minutes (gp) do not fit between 08:30 (the later of --leave-after and"
            + " --opens) and --home-by 19:00",
        stay.getMessage());
    BadInputException unknown =
        assertThrows(
            BadInputException.class, () -> flags(List.of("gp"), List.of("dentist=30")).rules(RUN));
    assertEquals(
        "--stay: 'dentist' is not a category of this run's destinations [gp, hospital, food_store]",
        unknown.getMessage());
    BadInputException minutes =
        assertThrows(BadInputException.class, () -> flags(List.of(), List.of("an hour")));
    assertEquals("--stay: 'an hour' is not a number of minutes (0 or more)", minutes.getMessage());
  }

  @Test
  void periodsOnceEachInTheOrderNamedAndDatesByKindOfDay() {
    PeriodFlags flags =
        PeriodFlags.parse(
            List.of("sunday", "AM-Peak", "sunday", "school-holiday"), List.of("sunday=2023-06-18"));
    assertEquals(List.of(Period.SUNDAY, Period.AM_PEAK, Period.SCHOOL_HOLIDAY), flags.periods());
    assertEquals("2023-06-18", flags.dates().get(DayType.SUNDAY).toString());
    BadInputException date =
        assertThrows(
            BadInputException.class,
            () -> PeriodFlags.parse(List.of("sunday"), List.of("2023-06-18")));
    assertEquals(
        "--dates: '2023-06-18' is not DAY=YYYY-MM-DD (e.g. saturday=2023-06-17)",
        date.getMessage());
  }
}
