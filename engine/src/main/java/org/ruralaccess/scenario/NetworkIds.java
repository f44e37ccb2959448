package org.ruralaccess.scenario;

import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.ruralaccess.network.transit.TransitNetwork;

/** Sorted id sets of a network, for matching the ids a scenario names. */
final class NetworkIds {

  private NetworkIds() {}

  static NavigableSet<String> routes(TransitNetwork network) {
    TreeSet<String> ids = new TreeSet<>();
    for (int r = 0; r < network.routeCount(); r++) {
      ids.add(network.routeId(r));
    }
    return ids;
  }

  static NavigableSet<String> stops(TransitNetwork network) {
    TreeSet<String> ids = new TreeSet<>();
    for (int s = 0; s < network.stopCount(); s++) {
      ids.add(network.stopId(s));
    }
    return ids;
  }

  static NavigableSet<String> trips(TransitNetwork network) {
    TreeSet<String> ids = new TreeSet<>();
    for (int t = 0; t < network.tripCount(); t++) {
      ids.add(network.tripId(t));
    }
    return ids;
  }

  static NavigableSet<String> services(TransitNetwork network) {
    TreeSet<String> ids = new TreeSet<>();
    for (int s = 0; s < network.serviceCount(); s++) {
      ids.add(network.serviceId(s));
    }
    return ids;
  }

  /** Stops the route calls at, optionally leaving out the last stop of each pattern. */
  static NavigableSet<String> stopsOfRoute(
      TransitNetwork network, String routeId, boolean withLastStops) {
    TreeSet<String> ids = new TreeSet<>();
    for (int p = 0; p < network.patternCount(); p++) {
      if (network.routeId(network.patternRoute(p)).equals(routeId)) {
        int[] stops = network.patternStops(p);
        for (int i = 0; i < stops.length - (withLastStops ? 0 : 1); i++) {
          ids.add(network.stopId(stops[i]));
        }
      }
    }
    return ids;
  }

  /** Adds "line N: route R never calls at S" unless it does. */
  static void requireCall(
      TransitNetwork network,
      String routeId,
      String stopId,
      boolean lastStopCounts,
      int line,
      List<String> errors) {
    if (!stopsOfRoute(network, routeId, lastStopCounts).contains(stopId)) {
      errors.add(
          "line "
              + line
              + ": route "
              + routeId
              + " never calls at "
              + stopId
              + (lastStopCounts ? "" : " before its last stop"));
    }
  }
}
