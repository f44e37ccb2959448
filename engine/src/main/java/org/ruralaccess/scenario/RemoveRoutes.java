package org.ruralaccess.scenario;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ruralaccess.network.transit.TransitEditor;
import org.ruralaccess.network.transit.TransitNetwork;

/** Removes every trip of the named routes. */
public record RemoveRoutes(int line, List<Reference> routes) implements TransitModification {

  @Override
  public void resolve(TransitNetwork network, List<String> errors) {
    routes.forEach(route -> route.resolve(NetworkIds.routes(network), "route", errors));
  }

  @Override
  public void apply(TransitEditor editor) {
    Set<String> ids =
        routes.stream().map(route -> route.require(editor.routeIds())).collect(Collectors.toSet());
    editor.removeTrips(trip -> ids.contains(trip.routeId()));
  }
}
