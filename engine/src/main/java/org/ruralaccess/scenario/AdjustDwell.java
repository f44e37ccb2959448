package org.ruralaccess.scenario;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.ruralaccess.network.transit.ScheduledTrip;
import org.ruralaccess.network.transit.TransitEditor;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * Sets the dwell time (arrival to departure) of the selected trips at their intermediate stops, or
 * only at the listed stops; later times move by the difference. The first stop's departure and the
 * last stop's arrival-departure pair keep their dwell.
 *
 * @param stops the stops to change, or empty for every intermediate stop
 */
public record AdjustDwell(int line, TripSelector selector, List<Reference> stops, int dwellSeconds)
    implements TransitModification {

  @Override
  public void resolve(TransitNetwork network, List<String> errors) {
    selector.resolve(network, errors);
    var routeId = selector.route().match(NetworkIds.routes(network));
    for (Reference stop : stops) {
      var stopId = stop.resolve(NetworkIds.stops(network), "stop", errors);
      if (routeId.isPresent() && stopId.isPresent()) {
        NetworkIds.requireCall(network, routeId.get(), stopId.get(), true, stop.line(), errors);
      }
    }
  }

  @Override
  public void apply(TransitEditor editor) {
    Predicate<ScheduledTrip> selected = selector.matcher(editor);
    Set<String> stopIds =
        stops.stream().map(stop -> stop.require(editor.stopIds())).collect(Collectors.toSet());
    editor.updateTrips(trip -> selected.test(trip) ? withDwell(trip, stopIds) : trip);
  }

  private ScheduledTrip withDwell(ScheduledTrip trip, Set<String> stopIds) {
    int[] dwell = Timings.dwellSeconds(trip);
    for (int i = 1; i < dwell.length - 1; i++) {
      if (stopIds.isEmpty() || stopIds.contains(trip.stopIds().get(i))) {
        dwell[i] = dwellSeconds;
      }
    }
    return Timings.rebuild(trip, Timings.runningSeconds(trip), dwell);
  }
}
