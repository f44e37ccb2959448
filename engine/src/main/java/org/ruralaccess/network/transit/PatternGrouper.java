package org.ruralaccess.network.transit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ruralaccess.model.transit.TimedTrip;

/**
 * Groups trips into patterns: same route, same stop sequence, same pickup/drop-off types. Trips of
 * a pattern are sorted by departure at the first stop; a trip that would overtake (be earlier than)
 * the previous one at any stop goes to another pattern with the same stops, as R5's TripPattern
 * splitting does, so that a router may binary-search the trips of a pattern at every stop.
 */
final class PatternGrouper {

  private static final Comparator<TimedTrip> BY_FIRST_DEPARTURE =
      Comparator.<TimedTrip>comparingInt(t -> t.departureSeconds()[0])
          .thenComparingInt(t -> t.arrivalSeconds()[t.arrivalSeconds().length - 1])
          .thenComparing(TimedTrip::tripId);

  private PatternGrouper() {}

  /** Patterns ordered by route id then stop sequence; each a non-empty, non-overtaking list. */
  static List<List<TimedTrip>> group(List<TimedTrip> trips) {
    Map<String, List<TimedTrip>> byKey = new TreeMap<>();
    for (TimedTrip trip : trips) {
      byKey.computeIfAbsent(key(trip), k -> new ArrayList<>()).add(trip);
    }
    List<List<TimedTrip>> patterns = new ArrayList<>();
    for (List<TimedTrip> sameStops : byKey.values()) {
      sameStops.sort(BY_FIRST_DEPARTURE);
      patterns.addAll(splitOvertaking(sameStops));
    }
    return patterns;
  }

  /**
   * Greedy: each trip joins the first sub-pattern whose last trip it does not overtake. Being "not
   * earlier at any stop" is transitive, so checking the last trip is enough.
   */
  private static List<List<TimedTrip>> splitOvertaking(List<TimedTrip> sorted) {
    List<List<TimedTrip>> parts = new ArrayList<>();
    for (TimedTrip trip : sorted) {
      List<TimedTrip> home = null;
      for (List<TimedTrip> part : parts) {
        if (trip.notEarlierThan(part.get(part.size() - 1))) {
          home = part;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        parts.add(home);
      }
      home.add(trip);
    }
    return parts;
  }

  private static String key(TimedTrip trip) {
    StringBuilder key = new StringBuilder(trip.routeId()).append('\u0000');
    for (int i = 0; i < trip.stopIds().length; i++) {
      key.append(trip.stopIds()[i]).append('\u0001').append((char) ('0' + trip.pickupDropOff()[i]));
      key.append('\u0001');
    }
    return key.toString();
  }
}
