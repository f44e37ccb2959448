package org.ruralaccess.scenario;

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
}
