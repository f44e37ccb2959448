package org.ruralaccess.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * The trips the router runs on one date, named rather than laid out: what {@link DayTimetables}
 * turns into arrays, for writers that need trips (a GTFS export of the day). The day's trips are
 * those whose service runs on the date; the previous day's trips are those of the day before still
 * running after midnight, kept by the same rule as the router (at least two stops at or after
 * 24:00:00, so at least one ride); through runs are the chains of a block that {@link
 * StaySeatedRuns} joins into stay-seated through patterns, restricted to the trips kept.
 *
 * @param trips the day's trips (trip index order), then the previous day's (trip index order)
 * @param throughRuns chains of two or more kept trips, one vehicle staying on, in time order
 */
public record DayTrips(LocalDate date, List<DayTrip> trips, List<ThroughRun> throughRuns) {

  private static final int DAY_SECONDS = 24 * 3600;

  /**
   * One trip of the day.
   *
   * @param trip the trip's index in the transit network
   * @param previousDay true for a trip of the day before, still running after midnight
   */
  public record DayTrip(int trip, boolean previousDay) {}

  /** Consecutive trips of one block on which riders stay seated; {@code trips} in time order. */
  public record ThroughRun(List<Integer> trips, boolean previousDay) {}

  public DayTrips {
    trips = List.copyOf(trips);
    throughRuns = List.copyOf(throughRuns);
  }

  public static DayTrips of(TransitNetwork transit, LocalDate date) {
    LocalDate previousDate = date.minusDays(1);
    List<DayTrip> trips = new ArrayList<>();
    boolean[] today = transit.activeServices(date);
    boolean[] yesterday = transit.activeServices(previousDate);
    boolean[] keptYesterday = new boolean[transit.tripCount()];
    for (int trip = 0; trip < transit.tripCount(); trip++) {
      if (today[transit.tripService(trip)]) {
        trips.add(new DayTrip(trip, false));
      }
    }
    for (int trip = 0; trip < transit.tripCount(); trip++) {
      if (yesterday[transit.tripService(trip)] && runsPastMidnight(transit, trip)) {
        trips.add(new DayTrip(trip, true));
        keptYesterday[trip] = true;
      }
    }
    List<ThroughRun> runs = new ArrayList<>();
    for (List<Integer> chain : StaySeatedRuns.chains(transit, date)) {
      if (chain.size() >= 2) {
        runs.add(new ThroughRun(List.copyOf(chain), false));
      }
    }
    for (List<Integer> chain : StaySeatedRuns.chains(transit, previousDate)) {
      // trips run in time order, so the kept ones (still running after midnight) are a suffix
      List<Integer> kept = chain.stream().filter(trip -> keptYesterday[trip]).toList();
      if (kept.size() >= 2) {
        runs.add(new ThroughRun(kept, true));
      }
    }
    return new DayTrips(date, trips, runs);
  }

  /**
   * True when the trip, moved back a day, still has two stops at or after midnight: the rule of
   * {@link DayTimetables} for the previous day's trips.
   */
  static boolean runsPastMidnight(TransitNetwork transit, int trip) {
    int pattern = transit.tripPattern(trip);
    int inPattern = trip - transit.tripIndex(pattern, 0);
    int stops = transit.patternStopCount(pattern);
    int first = 0;
    while (first < stops && transit.arrivalSeconds(pattern, inPattern, first) < DAY_SECONDS) {
      first++;
    }
    return first <= stops - 2;
  }

  /** Number of the day's own trips (not the previous day's). */
  public long sameDayCount() {
    return trips.stream().filter(trip -> !trip.previousDay()).count();
  }
}
