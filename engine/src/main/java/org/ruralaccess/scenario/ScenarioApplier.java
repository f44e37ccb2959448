package org.ruralaccess.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.network.EditedNetwork;
import org.ruralaccess.network.Network;
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
   * networks but its trips (ids, services, stops or times) differ; a community transport scheme
   * when it is in both but any of its settings differ.
   *
   * @param stopsAdded stops in the scenario network only; they need linking to the streets
   */
  public record Changes(
      List<String> routesAdded,
      List<String> routesRemoved,
      List<String> routesChanged,
      List<String> stopsAdded,
      int tripsBefore,
      int tripsAfter,
      List<String> schemesAdded,
      List<String> schemesRemoved,
      List<String> schemesChanged) {

    /** Changes to the timetables only. */
    public Changes(
        List<String> routesAdded,
        List<String> routesRemoved,
        List<String> routesChanged,
        List<String> stopsAdded,
        int tripsBefore,
        int tripsAfter) {
      this(
          routesAdded,
          routesRemoved,
          routesChanged,
          stopsAdded,
          tripsBefore,
          tripsAfter,
          List.of(),
          List.of(),
          List.of());
    }
  }

  /** The scenario's timetables and community transport, and what changed. */
  public record Result(
      TransitNetwork network, CommunityTransport communityTransport, Changes changes) {}

  private record AppliedTables(TransitNetwork network, CommunityTransport communityTransport) {}

  /** A scenario applied to a whole network: ready to route on, and what changed. */
  public record Applied(Network network, Changes changes, int stopsLinkedAnew) {}

  private ScenarioApplier() {}

  /**
   * The scenario applied to a copy of {@code baseline}: timetables and community transport schemes
   * changed, running times an added route leaves out derived from driving times on its streets, the
   * baseline's stop links and walking transfers reused and only added stops linked. The baseline is
   * never changed.
   */
  public static Applied apply(Scenario scenario, Network baseline) {
    Result result =
        applyWithChanges(
            scenario,
            baseline.transit(),
            baseline.communityTransport(),
            new StreetCarTimes(baseline.streets()));
    EditedNetwork edited = baseline.withTransit(result.network());
    return new Applied(
        edited.network().withCommunityTransport(result.communityTransport()),
        result.changes(),
        edited.stopsLinkedAnew());
  }

  /**
   * The scenario's timetables, for a network without community transport: a scenario that removes
   * or changes a scheme is an error; schemes it adds are checked but have nowhere to go.
   */
  public static TransitNetwork apply(Scenario scenario, TransitNetwork baseline) {
    return apply(scenario, baseline, CommunityTransport.none()).network();
  }

  /**
   * Resolves every modification (all errors at once: a {@link BadInputException} listing them with
   * their lines), then applies them in file order to copies of {@code baseline} and {@code
   * schemes}.
   */
  private static AppliedTables apply(
      Scenario scenario, TransitNetwork baseline, CommunityTransport schemes) {
    List<String> errors = new ArrayList<>();
    Set<String> added = new HashSet<>();
    for (Modification modification : scenario.modifications()) {
      switch (modification) {
        case TransitModification change -> change.resolve(baseline, errors);
        case SchemeModification change -> change.resolve(baseline, schemes, errors);
      }
      if (modification instanceof AddScheme add) {
        add.schemes().stream()
            .filter(scheme -> !added.add(scheme.id()))
            .forEach(
                scheme ->
                    errors.add(
                        "line "
                            + add.line()
                            + ": scheme "
                            + scheme.id()
                            + " is added twice in the scenario"));
      }
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
    CommunityTransport changedSchemes = schemes;
    for (Modification modification : scenario.modifications()) {
      switch (modification) {
        case TransitModification change -> change.apply(editor);
        case SchemeModification change -> changedSchemes = change.apply(changedSchemes, baseline);
      }
    }
    return new AppliedTables(editor.build(), changedSchemes);
  }

  /** {@link #apply} and what it changed, for a network without community transport. */
  public static Result applyWithChanges(Scenario scenario, TransitNetwork baseline) {
    return applyWithChanges(scenario, baseline, CommunityTransport.none());
  }

  /**
   * The scenario applied to copies of the baseline's timetables and community transport schemes,
   * and what it changed; the baseline is never changed.
   */
  public static Result applyWithChanges(
      Scenario scenario, TransitNetwork baseline, CommunityTransport schemes) {
    AppliedTables result = apply(scenario, baseline, schemes);
    return new Result(
        result.network(),
        result.communityTransport(),
        changes(baseline, result.network(), schemes, result.communityTransport()));
  }

  /**
   * As {@link #applyWithChanges(Scenario, TransitNetwork)}, deriving the running times an added
   * route leaves out from driving times on the street network.
   */
  public static Result applyWithChanges(
      Scenario scenario, TransitNetwork baseline, CarTimes carTimes) {
    return applyWithChanges(scenario, baseline, CommunityTransport.none(), carTimes);
  }

  /**
   * As {@link #applyWithChanges(Scenario, TransitNetwork, CommunityTransport)}, deriving the
   * running times an added route leaves out from driving times on the street network.
   */
  public static Result applyWithChanges(
      Scenario scenario, TransitNetwork baseline, CommunityTransport schemes, CarTimes carTimes) {
    List<Modification> completed =
        scenario.modifications().stream()
            .map(
                m ->
                    m instanceof AddRoute route
                        ? route.withDerivedRunningTimes(baseline, carTimes)
                        : m)
            .toList();
    return applyWithChanges(
        new Scenario(scenario.name(), scenario.description(), completed), baseline, schemes);
  }

  /** {@link #changes(TransitNetwork, TransitNetwork)} with the schemes added, removed, changed. */
  public static Changes changes(
      TransitNetwork before,
      TransitNetwork after,
      CommunityTransport schemesBefore,
      CommunityTransport schemesAfter) {
    Changes transit = changes(before, after);
    Map<String, Scheme> old = new HashMap<>();
    schemesBefore.schemes().forEach(scheme -> old.put(scheme.id(), scheme));
    Map<String, Scheme> now = new HashMap<>();
    schemesAfter.schemes().forEach(scheme -> now.put(scheme.id(), scheme));
    TreeSet<String> ids = new TreeSet<>(old.keySet());
    ids.addAll(now.keySet());
    List<String> added = ids.stream().filter(id -> !old.containsKey(id)).toList();
    List<String> removed = ids.stream().filter(id -> !now.containsKey(id)).toList();
    List<String> changed =
        ids.stream()
            .filter(id -> old.containsKey(id) && now.containsKey(id))
            .filter(id -> !old.get(id).equals(now.get(id)))
            .toList();
    return new Changes(
        transit.routesAdded(),
        transit.routesRemoved(),
        transit.routesChanged(),
        transit.stopsAdded(),
        transit.tripsBefore(),
        transit.tripsAfter(),
        added,
        removed,
        changed);
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
