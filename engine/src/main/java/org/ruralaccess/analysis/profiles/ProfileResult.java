package org.ruralaccess.analysis.profiles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.indicators.IndicatorCategory;
import org.ruralaccess.analysis.returntrips.ReturnTripTimes;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * A profile: the periods with their dates and timetables, the {@code profile} table, and per period
 * and category the study-area summary for the summary page.
 */
public record ProfileResult(
    List<ProfilePeriod> periods, ResultTable table, List<ProfileSummaryRow> summary) {

  static ProfileResult of(
      ZoneSet zones,
      List<IndicatorCategory> categories,
      List<ProfilePeriod> periods,
      int[][][] minSeconds,
      Map<LocalDate, ReturnTripTimes> returnTrips) {
    ProfileTable table = new ProfileTable(zones, categories, periods, minSeconds, returnTrips);
    return new ProfileResult(List.copyOf(periods), table.build(), table.summary());
  }
}
