package org.ruralaccess.scenario;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ruralaccess.network.transit.TransitEditor;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * Removes selected trips: either the trips named by id, or the trips of a route chosen by a {@link
 * TripSelector} (one direction, a departure band, or both).
 *
 * @param trips trip ids, or empty when {@code selector} chooses
 * @param selector null when {@code trips} names the trips
 */
public record RemoveTrips(int line, List<Reference> trips, TripSelector selector)
    implements TransitModification {

  @Override
  public void resolve(TransitNetwork network, List<String> errors) {
    trips.forEach(trip -> trip.resolve(NetworkIds.trips(network), "trip", errors));
    if (selector != null) {
      selector.resolve(network, errors);
    }
  }

  @Override
  public void apply(TransitEditor editor) {
    if (selector != null) {
      editor.removeTrips(selector.matcher(editor));
      return;
    }
    TreeSet<String> current = new TreeSet<>();
    editor.trips().forEach(trip -> current.add(trip.tripId()));
    // a trip an earlier modification already removed is simply not there any more
    Set<String> ids =
        trips.stream()
            .map(trip -> trip.match(current))
            .flatMap(Optional::stream)
            .collect(Collectors.toSet());
    editor.removeTrips(trip -> ids.contains(trip.tripId()));
  }
}
