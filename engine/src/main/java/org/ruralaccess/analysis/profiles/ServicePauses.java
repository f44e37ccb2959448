package org.ruralaccess.analysis.profiles;

import java.time.LocalDate;
import java.util.List;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * How the timetables mark school holidays: services that run on the same weekday before and after a
 * date but not on it ("paused"). BODS feeds give school-day services calendar exceptions for the
 * holidays (or list the term dates), so on a holiday Tuesday their trips pause; services that start
 * or end within the feed's range do not count, nor do bank holidays (left out by the caller).
 */
final class ServicePauses {

  private final int[] tripsPerService;
  private final boolean[][] activeByDate; // [date index][service]

  private ServicePauses(int[] tripsPerService, boolean[][] activeByDate) {
    this.tripsPerService = tripsPerService;
    this.activeByDate = activeByDate;
  }

  /** The services running on each of {@code dates} (one weekday, ascending). */
  static ServicePauses of(TransitNetwork transit, List<LocalDate> dates) {
    int[] trips = new int[transit.serviceCount()];
    for (int trip = 0; trip < transit.tripCount(); trip++) {
      trips[transit.tripService(trip)]++;
    }
    boolean[][] active = new boolean[dates.size()][];
    for (int i = 0; i < dates.size(); i++) {
      active[i] = transit.activeServices(dates.get(i));
    }
    return new ServicePauses(trips, active);
  }

  /** Trips on date {@code i}. */
  int trips(int i) {
    int count = 0;
    for (int s = 0; s < tripsPerService.length; s++) {
      count += activeByDate[i][s] ? tripsPerService[s] : 0;
    }
    return count;
  }

  /**
   * Trips of the services that run on an earlier and a later date of the list but not on {@code i}.
   */
  int pausedTrips(int i) {
    int paused = 0;
    for (int s = 0; s < tripsPerService.length; s++) {
      if (!activeByDate[i][s]
          && runsBetween(s, 0, i)
          && runsBetween(s, i + 1, activeByDate.length)) {
        paused += tripsPerService[s];
      }
    }
    return paused;
  }

  private boolean runsBetween(int service, int from, int to) {
    for (int i = from; i < to; i++) {
      if (activeByDate[i][service]) {
        return true;
      }
    }
    return false;
  }
}
