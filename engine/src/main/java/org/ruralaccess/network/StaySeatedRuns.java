package org.ruralaccess.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ruralaccess.network.transit.TransitNetwork;
import org.ruralaccess.routing.RaptorTimetableBuilder;

/**
 * Stay-seated continuations: GTFS trips sharing a {@code block_id} are one vehicle's day, and where
 * one trip ends at the stop the next one starts from, passengers stay on board (common in BODS
 * feeds: a route number changes at a terminus, the bus goes on). Rather than teach the router a
 * special transfer, each such chain of trips becomes one extra "through" pattern in the day's
 * timetable, with the joint stop once (arrival of the first trip, departure of the next); the
 * separate trips stay as they are, so riders can also alight. OTP calls these interlined or
 * stay-seated transfers; R5 ignores them.
 */
final class StaySeatedRuns {

  private StaySeatedRuns() {}

  /** Adds the through patterns of blocks running on {@code serviceDate}; returns how many. */
  static int addThroughPatterns(
      RaptorTimetableBuilder builder,
      TransitNetwork transit,
      LocalDate serviceDate,
      int offsetSeconds) {
    int added = 0;
    for (List<Integer> chain : chains(transit, serviceDate)) {
      if (chain.size() >= 2 && addThroughPattern(builder, transit, chain, offsetSeconds)) {
        added++;
      }
    }
    return added;
  }

  /** Maximal runs of consecutive trips in a block that continue from the same stop. */
  static List<List<Integer>> chains(TransitNetwork transit, LocalDate serviceDate) {
    Map<String, List<Integer>> tripsByBlock = new TreeMap<>();
    boolean[] active = transit.activeServices(serviceDate);
    for (int trip = 0; trip < transit.tripCount(); trip++) {
      String block = transit.tripBlockId(trip);
      if (block != null && active[transit.tripService(trip)]) {
        tripsByBlock.computeIfAbsent(block, b -> new ArrayList<>()).add(trip);
      }
    }
    List<List<Integer>> chains = new ArrayList<>();
    for (List<Integer> trips : tripsByBlock.values()) {
      trips.sort((a, b) -> Integer.compare(firstDeparture(transit, a), firstDeparture(transit, b)));
      List<Integer> chain = new ArrayList<>(List.of(trips.get(0)));
      for (int i = 1; i < trips.size(); i++) {
        int previous = trips.get(i - 1);
        int next = trips.get(i);
        if (continues(transit, previous, next)) {
          chain.add(next);
        } else {
          chains.add(chain);
          chain = new ArrayList<>(List.of(next));
        }
      }
      chains.add(chain);
    }
    return chains;
  }

  private static boolean continues(TransitNetwork transit, int previous, int next) {
    int[] previousStops = transit.patternStops(transit.tripPattern(previous));
    int[] nextStops = transit.patternStops(transit.tripPattern(next));
    return previousStops[previousStops.length - 1] == nextStops[0]
        && lastArrival(transit, previous) <= firstDeparture(transit, next);
  }

  private static boolean addThroughPattern(
      RaptorTimetableBuilder builder,
      TransitNetwork transit,
      List<Integer> chain,
      int offsetSeconds) {
    List<Integer> stops = new ArrayList<>();
    List<Boolean> board = new ArrayList<>();
    List<Boolean> alight = new ArrayList<>();
    List<Integer> arrivals = new ArrayList<>();
    List<Integer> departures = new ArrayList<>();
    for (int t = 0; t < chain.size(); t++) {
      int trip = chain.get(t);
      int pattern = transit.tripPattern(trip);
      int inPattern = trip - transit.tripIndex(pattern, 0);
      int[] patternStops = transit.patternStops(pattern);
      for (int pos = 0; pos < patternStops.length; pos++) {
        int arrival = transit.arrivalSeconds(pattern, inPattern, pos) + offsetSeconds;
        int departure = transit.departureSeconds(pattern, inPattern, pos) + offsetSeconds;
        if (t > 0
            && pos == 0) { // the joint stop: keep the first trip's arrival, take this departure
          departures.set(departures.size() - 1, departure);
          board.set(board.size() - 1, transit.canBoard(pattern, pos));
          continue;
        }
        stops.add(patternStops[pos]);
        board.add(transit.canBoard(pattern, pos));
        alight.add(transit.canAlight(pattern, pos));
        arrivals.add(arrival);
        departures.add(departure);
      }
    }
    int first = 0; // yesterday's runs: keep the stops from midnight on
    while (first < arrivals.size() && arrivals.get(first) < 0) {
      first++;
    }
    if (first > stops.size() - 2) {
      return false;
    }
    int end = stops.size();
    builder.addPattern(
        stops.subList(first, end).stream().mapToInt(Integer::intValue).toArray(),
        toArray(board.subList(first, end)),
        toArray(alight.subList(first, end)),
        new int[][] {arrivals.subList(first, end).stream().mapToInt(Integer::intValue).toArray()},
        new int[][] {
          departures.subList(first, end).stream().mapToInt(Integer::intValue).toArray()
        });
    return true;
  }

  private static boolean[] toArray(List<Boolean> values) {
    boolean[] array = new boolean[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    return array;
  }

  private static int firstDeparture(TransitNetwork transit, int trip) {
    int pattern = transit.tripPattern(trip);
    return transit.departureSeconds(pattern, trip - transit.tripIndex(pattern, 0), 0);
  }

  private static int lastArrival(TransitNetwork transit, int trip) {
    int pattern = transit.tripPattern(trip);
    return transit.arrivalSeconds(
        pattern, trip - transit.tripIndex(pattern, 0), transit.patternStopCount(pattern) - 1);
  }
}
