package org.ruralaccess.analysis.profiles;

import java.time.LocalDate;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * The timetable behind a period, counted as a planner would from the GTFS: the trips running on the
 * date, and those whose first departure falls in the window (a trip of the previous service day
 * still running after midnight is not counted).
 */
public final class TripCounts {

  private TripCounts() {}

  public static int departingIn(
      TransitNetwork transit, LocalDate date, int fromSeconds, int toSeconds) {
    boolean[] active = transit.activeServices(date);
    int count = 0;
    for (int pattern = 0; pattern < transit.patternCount(); pattern++) {
      for (int i = 0; i < transit.patternTripCount(pattern); i++) {
        int trip = transit.tripIndex(pattern, i);
        int departure = transit.departureSeconds(pattern, i, 0);
        if (active[transit.tripService(trip)]
            && departure >= fromSeconds
            && departure < toSeconds) {
          count++;
        }
      }
    }
    return count;
  }
}
