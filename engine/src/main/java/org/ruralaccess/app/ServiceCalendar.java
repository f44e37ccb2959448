package org.ruralaccess.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * The dates a network's timetables cover: the first and last service date and each date on which at
 * least one trip runs, so that a face can offer only dates with service and refuse a date outside
 * the feeds' calendar before anything is routed.
 *
 * @param firstServiceDate null when the network has no timetables
 * @param lastServiceDate null when the network has no timetables
 * @param datesWithService ascending
 */
public record ServiceCalendar(
    LocalDate firstServiceDate, LocalDate lastServiceDate, List<LocalDate> datesWithService) {

  public ServiceCalendar {
    datesWithService = List.copyOf(datesWithService);
  }

  public static ServiceCalendar of(LoadedNetwork loaded) {
    TransitNetwork transit = loaded.network().transit();
    LocalDate first = transit.firstServiceDate();
    LocalDate last = transit.lastServiceDate();
    List<LocalDate> dates = new ArrayList<>();
    if (first != null && last != null) {
      for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
        if (transit.activeTripCount(date) > 0) {
          dates.add(date);
        }
      }
    }
    return new ServiceCalendar(first, last, dates);
  }

  /**
   * Stops a date outside the timetables, naming the field.
   *
   * @throws BadInputException when {@code date} is before the first or after the last service date
   */
  public void check(String field, LocalDate date) {
    if (firstServiceDate == null
        || date.isBefore(firstServiceDate)
        || date.isAfter(lastServiceDate)) {
      throw new BadInputException(
          field
              + ": "
              + date
              + " is outside the timetables of this network ("
              + firstServiceDate
              + " to "
              + lastServiceDate
              + ")");
    }
  }
}
