package org.ruralaccess.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.network.transit.ScheduledTrip;
import org.ruralaccess.network.transit.TransitEditor;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * Runs a route every {@code headwaySeconds} within a band of first departures. Per pattern of the
 * route (same stops in the same order, so per direction and branch): the pattern's trips leaving
 * their first stop in {@code [from, to)} are removed, and copies of its <em>representative
 * trip</em>, the earliest of the removed ones, are inserted leaving at {@code from, from + headway,
 * ...} while before {@code to}. Copies keep the representative's running times, dwell times and
 * service and get the id {@code <representative id>~HH:MM:SS}. A pattern with no trip in the band
 * is left alone: there is no timetable to repeat; a route (or direction) with no trip in the band
 * at all is an error.
 */
public record ChangeHeadway(int line, TripSelector selector, int headwaySeconds)
    implements TransitModification {

  @Override
  public void resolve(TransitNetwork network, List<String> errors) {
    List<String> own = new ArrayList<>();
    selector.resolve(network, own);
    errors.addAll(own);
    if (own.isEmpty() && !anyTripInBand(network)) {
      errors.add(
          "line "
              + line
              + ": route "
              + selector.route().match(NetworkIds.routes(network)).orElseThrow()
              + (selector.towards() == null ? "" : " towards " + selector.towards().id())
              + " has no trip leaving between "
              + ClockTime.format(selector.fromSeconds())
              + " and "
              + ClockTime.format(selector.toSeconds())
              + ", so there is no timetable to repeat; use add-route for a new service");
    }
  }

  private boolean anyTripInBand(TransitNetwork network) {
    String routeId = selector.route().match(NetworkIds.routes(network)).orElseThrow();
    String lastStop =
        selector.towards() == null
            ? null
            : selector.towards().match(NetworkIds.stops(network)).orElseThrow();
    for (int p = 0; p < network.patternCount(); p++) {
      int[] stops = network.patternStops(p);
      if (!network.routeId(network.patternRoute(p)).equals(routeId)
          || (lastStop != null && !network.stopId(stops[stops.length - 1]).equals(lastStop))) {
        continue;
      }
      for (int t = 0; t < network.patternTripCount(p); t++) {
        int departure = network.departureSeconds(p, t, 0);
        if (departure >= selector.fromSeconds() && departure < selector.toSeconds()) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public void apply(TransitEditor editor) {
    Map<String, List<ScheduledTrip>> inBandByPattern = new TreeMap<>();
    var matches = selector.matcher(editor);
    for (ScheduledTrip trip : editor.trips()) {
      if (matches.test(trip)) {
        inBandByPattern.computeIfAbsent(trip.patternKey(), k -> new ArrayList<>()).add(trip);
      }
    }
    editor.removeTrips(matches);
    for (List<ScheduledTrip> pattern : inBandByPattern.values()) {
      ScheduledTrip representative = pattern.get(0);
      for (ScheduledTrip trip : pattern) {
        if (trip.firstDepartureSeconds() < representative.firstDepartureSeconds()
            || (trip.firstDepartureSeconds() == representative.firstDepartureSeconds()
                && trip.tripId().compareTo(representative.tripId()) < 0)) {
          representative = trip;
        }
      }
      for (int departure = selector.fromSeconds();
          departure < selector.toSeconds();
          departure += headwaySeconds) {
        editor.addTrip(
            representative.shifted(
                representative.tripId() + "~" + ClockTime.format(departure),
                departure - representative.firstDepartureSeconds()));
      }
    }
  }
}
