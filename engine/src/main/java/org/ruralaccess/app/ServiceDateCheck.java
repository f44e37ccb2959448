package org.ruralaccess.app;

import java.time.LocalDate;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;

/**
 * Stops a transit request for a date the timetables do not cover; warns on a date without trips.
 */
final class ServiceDateCheck {

  private ServiceDateCheck() {}

  static void warnOrFail(
      Network network, LocalDate date, TravelMode mode, ProgressListener progress) {
    if (mode != TravelMode.TRANSIT) {
      return;
    }
    LocalDate first = network.transit().firstServiceDate();
    LocalDate last = network.transit().lastServiceDate();
    if (first == null || date.isBefore(first) || date.isAfter(last)) {
      throw new BadInputException(
          "--date "
              + date
              + " is outside the timetables of this network ("
              + first
              + " to "
              + last
              + ")");
    }
    if (network.transit().activeTripCount(date) == 0) {
      progress.note(
          "warning: no trip runs on "
              + date
              + " ("
              + date.getDayOfWeek()
              + "); transit times equal walking");
    }
  }
}
