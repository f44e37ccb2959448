package org.ruralaccess.scenario;

import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.ruralaccess.network.transit.ScheduledTrip;
import org.ruralaccess.network.transit.TransitEditor;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * Sets the days of operation of a route's selected trips (optionally only those of one service,
 * e.g. copy the Saturday timetable to Sunday with {@code service: sat-service, days: [sat, sun]}).
 * The trips get a new service {@code scenario:days@<line>}, so services shared with other routes
 * never change.
 *
 * @param service only trips of this baseline service, or null for every selected trip
 */
public record ChangeDays(int line, TripSelector selector, Reference service, ServiceDays days)
    implements TransitModification {

  String newServiceId() {
    return "scenario:days@" + line;
  }

  @Override
  public void resolve(TransitNetwork network, List<String> errors) {
    selector.resolve(network, errors);
    if (service != null) {
      service.resolve(NetworkIds.services(network), "service", errors);
    }
    days.resolve(network.firstServiceDate(), network.lastServiceDate(), errors);
  }

  @Override
  public void apply(TransitEditor editor) {
    editor.addService(
        newServiceId(), days.epochDays(editor.firstServiceDate(), editor.lastServiceDate()));
    Predicate<ScheduledTrip> selected = selector.matcher(editor);
    NavigableSet<String> services = new TreeSet<>();
    editor.trips().forEach(trip -> services.add(trip.serviceId()));
    String onlyService = service == null ? null : service.match(services).orElse("");
    editor.updateTrips(
        trip ->
            selected.test(trip) && (onlyService == null || trip.serviceId().equals(onlyService))
                ? trip.withService(newServiceId())
                : trip);
  }
}
