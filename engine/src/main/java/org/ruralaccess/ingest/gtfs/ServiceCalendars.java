package org.ruralaccess.ingest.gtfs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;
import org.onebusaway.gtfs.model.AgencyAndId;
import org.onebusaway.gtfs.model.ServiceCalendar;
import org.onebusaway.gtfs.model.ServiceCalendarDate;
import org.onebusaway.gtfs.model.calendar.ServiceDate;

/**
 * The days each service runs: calendar.txt weekday flags between start and end date, then
 * calendar_dates.txt additions and removals. A service defined only by calendar_dates is fine. The
 * result per service is a sorted {@code int[]} of epoch days (days since 1970-01-01): a one-year
 * weekday service is about 260 ints, and a binary search answers "active on date?".
 */
final class ServiceCalendars {

  private ServiceCalendars() {}

  /** Namespaced service id to sorted epoch days, sorted by id. */
  static Map<String, int[]> activeDays(GtfsFeed feed) {
    Map<String, BitSet> days = new TreeMap<>();
    for (ServiceCalendar calendar : feed.dao().getAllCalendars()) {
      BitSet bits = days.computeIfAbsent(id(feed, calendar.getServiceId()), k -> new BitSet());
      LocalDate end = date(calendar.getEndDate());
      for (LocalDate day = date(calendar.getStartDate());
          !day.isAfter(end);
          day = day.plusDays(1)) {
        if (runsOn(calendar, day.getDayOfWeek())) {
          bits.set((int) day.toEpochDay());
        }
      }
    }
    for (ServiceCalendarDate exception : feed.dao().getAllCalendarDates()) {
      BitSet bits = days.computeIfAbsent(id(feed, exception.getServiceId()), k -> new BitSet());
      int epochDay = (int) date(exception.getDate()).toEpochDay();
      bits.set(epochDay, exception.getExceptionType() == ServiceCalendarDate.EXCEPTION_TYPE_ADD);
    }
    Map<String, int[]> result = new TreeMap<>();
    days.forEach((service, bits) -> result.put(service, bits.stream().toArray()));
    return result;
  }

  private static String id(GtfsFeed feed, AgencyAndId serviceId) {
    return feed.namespaced(serviceId);
  }

  private static LocalDate date(ServiceDate date) {
    return LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
  }

  private static boolean runsOn(ServiceCalendar calendar, DayOfWeek day) {
    int flag =
        switch (day) {
          case MONDAY -> calendar.getMonday();
          case TUESDAY -> calendar.getTuesday();
          case WEDNESDAY -> calendar.getWednesday();
          case THURSDAY -> calendar.getThursday();
          case FRIDAY -> calendar.getFriday();
          case SATURDAY -> calendar.getSaturday();
          case SUNDAY -> calendar.getSunday();
        };
    return flag == 1;
  }
}
