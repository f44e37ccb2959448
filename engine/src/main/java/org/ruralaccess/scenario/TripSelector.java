package org.ruralaccess.scenario;

import java.util.List;
import java.util.function.Predicate;
import org.ruralaccess.network.transit.ScheduledTrip;
import org.ruralaccess.network.transit.TransitEditor;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * Which trips of a route a modification touches: all of them, or those ending at one stop (a
 * direction, {@code towards}), and/or those leaving their first stop in {@code [fromSeconds,
 * toSeconds)}.
 *
 * @param towards the last stop of the selected trips, or null for every direction
 * @param fromSeconds start of the departure band, or -1 for no band
 * @param toSeconds end of the band (exclusive), or -1 for no band
 */
public record TripSelector(Reference route, Reference towards, int fromSeconds, int toSeconds) {

  void resolve(TransitNetwork network, List<String> errors) {
    route.resolve(NetworkIds.routes(network), "route", errors);
    if (towards != null) {
      towards.resolve(NetworkIds.stops(network), "stop", errors);
    }
  }

  /** True when the trip's first departure is inside the band (always, without a band). */
  boolean inBand(ScheduledTrip trip) {
    int departure = trip.firstDepartureSeconds();
    return fromSeconds < 0 || (departure >= fromSeconds && departure < toSeconds);
  }

  Predicate<ScheduledTrip> matcher(TransitEditor editor) {
    String routeId = route.require(editor.routeIds());
    String lastStop = towards == null ? null : towards.require(editor.stopIds());
    return trip ->
        trip.routeId().equals(routeId)
            && (lastStop == null || trip.stopIds().get(trip.stopCount() - 1).equals(lastStop))
            && inBand(trip);
  }
}
