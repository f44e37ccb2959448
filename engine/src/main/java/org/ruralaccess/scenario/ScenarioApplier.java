package org.ruralaccess.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.network.transit.TransitEditor;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * Resolves every modification of a scenario against the baseline, so the user sees all errors at
 * once, then applies them in file order to a working copy. The baseline is never changed; the same
 * scenario and baseline give the same network bytes.
 */
public final class ScenarioApplier {

  /**
   * What a scenario changed, for the comparison summary. A route is changed when it is in both
   * networks but its trips (ids, services, stops or times) differ.
   *
   * @param stopsAdded stops in the scenario network only; they need linking to the streets
   */
  public record Changes(
      List<String> routesAdded,
      List<String> routesRemoved,
      List<String> routesChanged,
      List<String> stopsAdded,
      int tripsBefore,
      int tripsAfter) {}

  public record Result(TransitNetwork network, Changes changes) {}

  private ScenarioApplier() {}

  /**
   * Resolves every modification (all errors at once: a {@link BadInputException} listing them with
   * their lines), then applies them in file order to a copy of {@code baseline}.
   */
  public static TransitNetwork apply(Scenario scenario, TransitNetwork baseline) {
    List<String> errors = new ArrayList<>();
    for (Modification modification : scenario.modifications()) {
      modification.resolve(baseline, errors);
    }
    if (!errors.isEmpty()) {
      throw new BadInputException(
          "scenario '"
              + scenario.name()
              + "': "
              + errors.size()
              + (errors.size() == 1 ? " error" : " errors")
              + "\n  "
              + String.join("\n  ", errors));
    }
    TransitEditor editor = TransitEditor.of(baseline);
    for (Modification modification : scenario.modifications()) {
      modification.apply(editor);
    }
    return editor.build();
  }

  /** {@link #apply} and what it changed. */
  public static Result applyWithChanges(Scenario scenario, TransitNetwork baseline) {
    TransitNetwork result = apply(scenario, baseline);
    return new Result(result, changes(baseline, result));
  }

  /**
   * As {@link #applyWithChanges(Scenario, TransitNetwork)}, deriving the running times an added
   * route leaves out from driving times on the street network.
   */
  public static Result applyWithChanges(
      Scenario scenario, TransitNetwork baseline, CarTimes carTimes) {
    List<Modification> completed =
        scenario.modifications().stream()
            .map(
                m ->
                    m instanceof AddRoute route
                        ? route.withDerivedRunningTimes(baseline, carTimes)
                        : m)
            .toList();
    return applyWithChanges(
        new Scenario(scenario.name(), scenario.description(), completed), baseline);
  }

  /** Compares two networks by route and stop id (independent of how the second was made). */
  public static Changes changes(TransitNetwork before, TransitNetwork after) {
    Map<String, List<String>> tripsBefore = tripsByRoute(before);
    Map<String, List<String>> tripsAfter = tripsByRoute(after);
    TreeSet<String> routes = new TreeSet<>(tripsBefore.keySet());
    routes.addAll(tripsAfter.keySet());
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (String route : routes) {
      List<String> old = tripsBefore.get(route);
      List<String> now = tripsAfter.get(route);
      if (old == null) {
        added.add(route);
      } else if (now == null) {
        removed.add(route);
      } else if (!Objects.equals(old, now)) {
        changed.add(route);
      }
    }
    TreeSet<String> stopsAdded = new TreeSet<>(NetworkIds.stops(after));
    stopsAdded.removeAll(NetworkIds.stops(before));
    return new Changes(
        added, removed, changed, List.copyOf(stopsAdded), before.tripCount(), after.tripCount());
  }

  /** Per route, one sorted text line per trip: id, service, stops and times. */
  private static Map<String, List<String>> tripsByRoute(TransitNetwork network) {
    Map<String, List<String>> byRoute = new HashMap<>();
    for (int p = 0; p < network.patternCount(); p++) {
      int[] stops = network.patternStops(p);
      for (int t = 0; t < network.patternTripCount(p); t++) {
        int trip = network.tripIndex(p, t);
        StringBuilder text =
            new StringBuilder(network.tripId(trip))
                .append(' ')
                .append(network.serviceId(network.tripService(trip)));
        for (int i = 0; i < stops.length; i++) {
          text.append(' ')
              .append(network.stopId(stops[i]))
              .append('@')
              .append(network.arrivalSeconds(p, t, i))
              .append('-')
              .append(network.departureSeconds(p, t, i));
        }
        byRoute
            .computeIfAbsent(network.routeId(network.patternRoute(p)), k -> new ArrayList<>())
            .add(text.toString());
      }
    }
    byRoute.values().forEach(trips -> trips.sort(null));
    return byRoute;
  }
}
