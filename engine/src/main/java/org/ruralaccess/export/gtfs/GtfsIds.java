package org.ruralaccess.export.gtfs;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * How the network's namespaced ids ({@code feed:id}, {@code scenario:id}) are written back to GTFS,
 * one kind of id at a time (stops, routes, trips, blocks): as the source's own ids (the part after
 * the first colon) when no two of that kind would then clash, otherwise all of that kind keep their
 * namespace, so that an id always names one thing and the file stays consistent within a kind.
 */
final class GtfsIds {

  private GtfsIds() {}

  /** The spelling for this kind of id, decided once from every id of the kind that is written. */
  static UnaryOperator<String> forKind(Collection<String> namespacedIds) {
    Set<String> distinct = new HashSet<>(namespacedIds);
    Set<String> stripped = new HashSet<>();
    for (String id : distinct) {
      int colon = id.indexOf(':');
      if (colon < 0 || !stripped.add(id.substring(colon + 1))) {
        return UnaryOperator.identity();
      }
    }
    return GtfsIds::strip;
  }

  private static String strip(String id) {
    return id.substring(id.indexOf(':') + 1);
  }
}
