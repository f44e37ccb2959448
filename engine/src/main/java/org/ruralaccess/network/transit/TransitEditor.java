package org.ruralaccess.network.transit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.ruralaccess.model.transit.TimedTrip;
import org.ruralaccess.model.transit.TransitTables;

/**
 * A mutable working copy of a {@link TransitNetwork} for scenarios: its trips as {@link
 * ScheduledTrip}s plus its stops, routes, services and transfer rules, keyed by namespaced id.
 * Editing never touches the network it was copied from; {@link #build} lays the copy out as a new
 * network with the same rules as {@link TransitNetworkBuilder} (patterns regrouped, ids sorted), so
 * the same edits give the same bytes.
 *
 * <p>Stops are never dropped, even when no trip uses them any more: a scenario network keeps every
 * baseline stop, so the baseline's links of stops to streets stay valid by id and only added stops
 * need linking. Routes without trips are left out, as the builder leaves them out.
 */
public final class TransitEditor {

  private record StopRow(String name, double lat, double lon) {}

  private record RouteRow(String shortName, int type, String agencyName) {}

  private record TransferRow(String fromStop, String toStop, int minSeconds, byte forbidden) {}

  private final ZoneId timeZone;
  private final LocalDate firstServiceDate;
  private final LocalDate lastServiceDate;
  private final Map<String, StopRow> stops = new TreeMap<>();
  private final Map<String, RouteRow> routes = new TreeMap<>();
  private final Map<String, int[]> services = new TreeMap<>();
  private final List<TransferRow> transfers = new ArrayList<>();
  private final List<ScheduledTrip> trips = new ArrayList<>();

  private TransitEditor(TransitNetwork network) {
    timeZone = network.timeZone();
    firstServiceDate = network.firstServiceDate();
    lastServiceDate = network.lastServiceDate();
    for (int s = 0; s < network.stopCount(); s++) {
      stops.put(
          network.stopId(s),
          new StopRow(network.stopName(s), network.stopLat(s), network.stopLon(s)));
    }
    for (int r = 0; r < network.routeCount(); r++) {
      routes.put(
          network.routeId(r),
          new RouteRow(network.routeShortName(r), network.routeType(r), network.agencyName(r)));
    }
    for (int s = 0; s < network.serviceCount(); s++) {
      services.put(network.serviceId(s), network.serviceEpochDays(s));
    }
    for (int rule = 0; rule < network.transferRuleCount(); rule++) {
      transfers.add(
          new TransferRow(
              network.stopId(network.transferFromStop(rule)),
              network.stopId(network.transferToStop(rule)),
              network.transferMinSeconds(rule),
              (byte) (network.transferForbidden(rule) ? 1 : 0)));
    }
    for (int p = 0; p < network.patternCount(); p++) {
      copyPattern(network, p);
    }
  }

  /** A working copy of {@code network}; the network itself is never changed. */
  public static TransitEditor of(TransitNetwork network) {
    return new TransitEditor(network);
  }

  private void copyPattern(TransitNetwork network, int pattern) {
    int[] patternStops = network.patternStops(pattern);
    List<String> stopIds = new ArrayList<>(patternStops.length);
    List<Byte> flags = new ArrayList<>(patternStops.length);
    for (int i = 0; i < patternStops.length; i++) {
      stopIds.add(network.stopId(patternStops[i]));
      flags.add(
          (byte)
              ((network.canBoard(pattern, i) ? 0 : TimedTrip.NO_BOARDING)
                  | (network.canAlight(pattern, i) ? 0 : TimedTrip.NO_ALIGHTING)));
    }
    String routeId = network.routeId(network.patternRoute(pattern));
    for (int t = 0; t < network.patternTripCount(pattern); t++) {
      int trip = network.tripIndex(pattern, t);
      List<Integer> arrivals = new ArrayList<>(patternStops.length);
      List<Integer> departures = new ArrayList<>(patternStops.length);
      for (int i = 0; i < patternStops.length; i++) {
        arrivals.add(network.arrivalSeconds(pattern, t, i));
        departures.add(network.departureSeconds(pattern, t, i));
      }
      trips.add(
          new ScheduledTrip(
              network.tripId(trip),
              routeId,
              network.serviceId(network.tripService(trip)),
              network.tripBlockId(trip),
              stopIds,
              flags,
              arrivals,
              departures));
    }
  }

  public ZoneId timeZone() {
    return timeZone;
  }

  /** The baseline's first service date, or null when no service ran. */
  public LocalDate firstServiceDate() {
    return firstServiceDate;
  }

  /** The baseline's last service date, or null when no service ran. */
  public LocalDate lastServiceDate() {
    return lastServiceDate;
  }

  // trips

  /** The trips now in the copy, in a stable order (baseline order, then additions). */
  public List<ScheduledTrip> trips() {
    return Collections.unmodifiableList(new ArrayList<>(trips));
  }

  /** Removes the matching trips and returns how many were removed. */
  public int removeTrips(Predicate<ScheduledTrip> which) {
    int before = trips.size();
    trips.removeIf(which);
    return before - trips.size();
  }

  /** Replaces every trip by {@code edit}'s result (return the trip itself to keep it). */
  public void updateTrips(UnaryOperator<ScheduledTrip> edit) {
    trips.replaceAll(edit);
  }

  public void addTrip(ScheduledTrip trip) {
    trips.add(trip);
  }

  // stops, routes, services

  public NavigableSet<String> stopIds() {
    return Collections.unmodifiableNavigableSet(new TreeSet<>(stops.keySet()));
  }

  public double stopLat(String stopId) {
    return stops.get(stopId).lat();
  }

  public double stopLon(String stopId) {
    return stops.get(stopId).lon();
  }

  public void addStop(String stopId, String name, double lat, double lon) {
    if (stops.putIfAbsent(stopId, new StopRow(name, lat, lon)) != null) {
      throw new IllegalArgumentException("stop " + stopId + " already exists");
    }
  }

  /** Every route the copy knows, including routes whose trips were all removed. */
  public NavigableSet<String> routeIds() {
    return Collections.unmodifiableNavigableSet(new TreeSet<>(routes.keySet()));
  }

  public void addRoute(String routeId, String shortName, int routeType, String agencyName) {
    if (routes.putIfAbsent(routeId, new RouteRow(shortName, routeType, agencyName)) != null) {
      throw new IllegalArgumentException("route " + routeId + " already exists");
    }
  }

  public boolean hasService(String serviceId) {
    return services.containsKey(serviceId);
  }

  /** Adds a service running on the given epoch days (days since 1970-01-01). */
  public void addService(String serviceId, int[] epochDays) {
    int[] sorted = epochDays.clone();
    Arrays.sort(sorted);
    if (services.putIfAbsent(serviceId, sorted) != null) {
      throw new IllegalArgumentException("service " + serviceId + " already exists");
    }
  }

  // build

  /** A new network from the copy; fails when trips name unknown stops, routes or services. */
  public TransitNetwork build() {
    Set<String> tripIds = new HashSet<>();
    List<TimedTrip> timed = new ArrayList<>(trips.size());
    for (ScheduledTrip trip : trips) {
      if (!tripIds.add(trip.tripId())) {
        throw new IllegalStateException("two trips with id " + trip.tripId());
      }
      if (!routes.containsKey(trip.routeId()) || !services.containsKey(trip.serviceId())) {
        throw new IllegalStateException("trip " + trip.tripId() + ": unknown route or service");
      }
      if (!stops.keySet().containsAll(trip.stopIds())) {
        throw new IllegalStateException("trip " + trip.tripId() + ": unknown stop");
      }
      timed.add(trip.toTimed());
    }
    List<TransitTables.StopRow> stopRows = new ArrayList<>(stops.size());
    stops.forEach(
        (id, row) -> stopRows.add(new TransitTables.StopRow(id, row.name(), row.lat(), row.lon())));
    List<TransitTables.RouteRow> routeRows = new ArrayList<>(routes.size());
    routes.forEach(
        (id, row) ->
            routeRows.add(
                new TransitTables.RouteRow(id, row.shortName(), row.type(), row.agencyName())));
    SortedMap<String, int[]> serviceDays = new TreeMap<>();
    services.forEach((id, days) -> serviceDays.put(id, days.clone()));
    // rules keep the baseline's order, which is by stop index; stops are only ever added
    List<TransitTables.TransferRule> rules =
        transfers.stream()
            .map(
                rule ->
                    new TransitTables.TransferRule(
                        rule.fromStop(), rule.toStop(), rule.minSeconds(), rule.forbidden() != 0))
            .toList();
    return TransitNetworkBuilder.build(
        new TransitTables(timeZone, stopRows, routeRows, serviceDays, rules, timed));
  }
}
