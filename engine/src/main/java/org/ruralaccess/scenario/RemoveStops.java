package org.ruralaccess.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ruralaccess.network.transit.ScheduledTrip;
import org.ruralaccess.network.transit.TransitEditor;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * Stops a route's trips calling at the listed stops: the stops leave the trips' stop sequences and
 * the times at the other stops stay (the bus still drives past; use {@link AdjustSpeed} for time
 * saved). A trip left with fewer than two stops is removed.
 */
public record RemoveStops(int line, Reference route, List<Reference> stops)
    implements TransitModification {

  @Override
  public void resolve(TransitNetwork network, List<String> errors) {
    var routeId = route.resolve(NetworkIds.routes(network), "route", errors);
    for (Reference stop : stops) {
      var stopId = stop.resolve(NetworkIds.stops(network), "stop", errors);
      if (routeId.isPresent() && stopId.isPresent()) {
        NetworkIds.requireCall(network, routeId.get(), stopId.get(), true, stop.line(), errors);
      }
    }
  }

  @Override
  public void apply(TransitEditor editor) {
    String routeId = route.require(editor.routeIds());
    Set<String> removed =
        stops.stream().map(stop -> stop.require(editor.stopIds())).collect(Collectors.toSet());
    editor.removeTrips(
        trip ->
            trip.routeId().equals(routeId)
                && trip.stopIds().stream().filter(stop -> !removed.contains(stop)).count() < 2);
    editor.updateTrips(trip -> trip.routeId().equals(routeId) ? without(trip, removed) : trip);
  }

  private static ScheduledTrip without(ScheduledTrip trip, Set<String> removed) {
    List<String> stopIds = new ArrayList<>();
    List<Byte> flags = new ArrayList<>();
    List<Integer> arrivals = new ArrayList<>();
    List<Integer> departures = new ArrayList<>();
    for (int i = 0; i < trip.stopCount(); i++) {
      if (!removed.contains(trip.stopIds().get(i))) {
        stopIds.add(trip.stopIds().get(i));
        flags.add(trip.pickupDropOff().get(i));
        arrivals.add(trip.arrivalSeconds().get(i));
        departures.add(trip.departureSeconds().get(i));
      }
    }
    return new ScheduledTrip(
        trip.tripId(),
        trip.routeId(),
        trip.serviceId(),
        trip.blockId(),
        stopIds,
        flags,
        arrivals,
        departures);
  }
}
