package org.ruralaccess.analysis.returntrips;

import java.util.Map;

/**
 * The day out each destination category asks of a resident unless the user says otherwise (the
 * table in {@code docs/indicators.md}, "Return trips"). Every day runs from 07:00 to 19:00 (home by
 * 18:00 from school or college); the visit is what differs:
 *
 * <ul>
 *   <li>schools 08:45-15:15 and further education 09:00-16:00, fixed days; jobs 09:00-17:00;
 *   <li>GP and healthcare: any slot 08:30-18:00, a 60-minute stay (so arrive by 17:00);
 *   <li>hospital outpatients: arrive by 10:00, a 120-minute stay;
 *   <li>food store (08:00-18:30) and town centre (09:00-17:30): a 90-minute stay;
 *   <li>any other category: 09:00-17:00, a 60-minute stay.
 * </ul>
 *
 * These are the engine's stated assumptions, not published standards: a planner replaces them with
 * local opening hours and appointment times.
 */
public final class ReturnTripDefaults {

  private static final int H = 3600;
  private static final int M = 60;

  /** Any category the engine does not know. */
  public static final ReturnTripRule GENERAL =
      new ReturnTripRule(7 * H, 9 * H, 16 * H, 60 * M, 19 * H);

  private static final ReturnTripRule SCHOOL_DAY =
      new ReturnTripRule(7 * H, 8 * H + 45 * M, 8 * H + 45 * M, 390 * M, 18 * H);
  private static final ReturnTripRule GP_SLOT =
      new ReturnTripRule(7 * H, 8 * H + 30 * M, 17 * H, 60 * M, 19 * H);

  private static final Map<String, ReturnTripRule> BY_CATEGORY =
      Map.of(
          "primary_school",
          SCHOOL_DAY,
          "secondary_school",
          SCHOOL_DAY,
          "schools",
          SCHOOL_DAY,
          "further_education",
          new ReturnTripRule(7 * H, 9 * H, 9 * H, 420 * M, 18 * H),
          "gp",
          GP_SLOT,
          "healthcare",
          GP_SLOT,
          "hospital",
          new ReturnTripRule(7 * H, 10 * H, 10 * H, 120 * M, 19 * H),
          "jobs",
          new ReturnTripRule(7 * H, 9 * H, 9 * H, 480 * M, 19 * H),
          "food_store",
          new ReturnTripRule(7 * H, 8 * H, 17 * H, 90 * M, 19 * H),
          "town_centre",
          new ReturnTripRule(7 * H, 9 * H, 16 * H, 90 * M, 19 * H));

  private ReturnTripDefaults() {}

  /** The default day for a category key ({@code gp}, {@code secondary_school}, ...). */
  public static ReturnTripRule forCategory(String key) {
    return BY_CATEGORY.getOrDefault(key, GENERAL);
  }
}
