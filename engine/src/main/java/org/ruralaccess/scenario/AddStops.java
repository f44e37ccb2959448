package org.ruralaccess.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.network.transit.ScheduledTrip;
import org.ruralaccess.network.transit.TransitEditor;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * Adds stops to a route's trips right after stop {@code after}: in every trip of the route that
 * calls at {@code after} before its last stop, the new stops are inserted in the order given. The
 * running time from {@code after} to the next stop is shared out by straight-line distance along
 * after, new stops, next stop; each new stop adds {@code dwellSeconds}, so later stops move by the
 * added dwell only.
 */
public record AddStops(
    int line, Reference route, Reference after, List<StopSpec> stops, int dwellSeconds)
    implements TransitModification {

  @Override
  public void resolve(TransitNetwork network, List<String> errors) {
    var routeId = route.resolve(NetworkIds.routes(network), "route", errors);
    var afterId = after.resolve(NetworkIds.stops(network), "stop", errors);
    stops.forEach(stop -> stop.resolve(network, errors));
    if (routeId.isPresent() && afterId.isPresent()) {
      NetworkIds.requireCall(network, routeId.get(), afterId.get(), false, after.line(), errors);
    }
  }

  @Override
  public void apply(TransitEditor editor) {
    String routeId = route.require(editor.routeIds());
    String afterId = after.require(editor.stopIds());
    stops.forEach(stop -> stop.addTo(editor));
    Predicate<ScheduledTrip> onRoute = trip -> trip.routeId().equals(routeId);
    editor.updateTrips(trip -> onRoute.test(trip) ? withStops(trip, afterId, editor) : trip);
  }

  private ScheduledTrip withStops(ScheduledTrip trip, String afterId, TransitEditor editor) {
    int at = trip.stopIds().subList(0, trip.stopCount() - 1).indexOf(afterId);
    if (at < 0) {
      return trip;
    }
    // cumulative straight-line metres from 'after' through the new stops to the next stop
    int k = stops.size();
    double[] lats = new double[k + 2];
    double[] lons = new double[k + 2];
    lats[0] = editor.stopLat(afterId);
    lons[0] = editor.stopLon(afterId);
    for (int i = 0; i < k; i++) {
      lats[i + 1] = stops.get(i).latIn(editor);
      lons[i + 1] = stops.get(i).lonIn(editor);
    }
    lats[k + 1] = editor.stopLat(trip.stopIds().get(at + 1));
    lons[k + 1] = editor.stopLon(trip.stopIds().get(at + 1));
    double[] cumulativeMeters = new double[k + 2];
    for (int i = 1; i < k + 2; i++) {
      cumulativeMeters[i] =
          cumulativeMeters[i - 1]
              + Coordinate.distanceMeters(lats[i - 1], lons[i - 1], lats[i], lons[i]);
    }
    int leave = trip.departureSeconds().get(at);
    int runSeconds = trip.arrivalSeconds().get(at + 1) - leave;
    List<String> stopIds = new ArrayList<>(trip.stopIds().subList(0, at + 1));
    List<Byte> flags = new ArrayList<>(trip.pickupDropOff().subList(0, at + 1));
    List<Integer> arrivals = new ArrayList<>(trip.arrivalSeconds().subList(0, at + 1));
    List<Integer> departures = new ArrayList<>(trip.departureSeconds().subList(0, at + 1));
    for (int i = 0; i < k; i++) {
      double share =
          cumulativeMeters[k + 1] == 0 ? 0 : cumulativeMeters[i + 1] / cumulativeMeters[k + 1];
      int arrival = leave + (int) Math.round(runSeconds * share) + i * dwellSeconds;
      stopIds.add(stops.get(i).networkId(editor));
      flags.add((byte) 0);
      arrivals.add(arrival);
      departures.add(arrival + dwellSeconds);
    }
    int shift = k * dwellSeconds;
    for (int i = at + 1; i < trip.stopCount(); i++) {
      stopIds.add(trip.stopIds().get(i));
      flags.add(trip.pickupDropOff().get(i));
      arrivals.add(trip.arrivalSeconds().get(i) + shift);
      departures.add(trip.departureSeconds().get(i) + shift);
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
