package org.ruralaccess.network.transit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

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
    TreeSet<String> usedRoutes = new TreeSet<>();
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
      usedRoutes.add(trip.routeId());
      timed.add(trip.toTimed());
    }
    Map<String, Integer> stopIndex = indexOf(stops.keySet());
    TimetableColumns timetable =
        TimetableColumns.of(
            PatternGrouper.group(timed),
            stopIndex,
            indexOf(usedRoutes),
            indexOf(services.keySet()));
    return new TransitNetwork(
        timeZone,
        stopColumns(),
        routeColumns(usedRoutes),
        timetable.patterns(),
        timetable.trips(),
        new TransitColumns.Services(
            services.keySet().toArray(String[]::new),
            services.values().stream().map(int[]::clone).toArray(int[][]::new)),
        transferColumns(stopIndex));
  }

  private static Map<String, Integer> indexOf(Set<String> sortedIds) {
    Map<String, Integer> index = new HashMap<>(sortedIds.size() * 2);
    for (String id : sortedIds) {
      index.put(id, index.size());
    }
    return index;
  }

  private TransitColumns.Stops stopColumns() {
    int n = stops.size();
    String[] ids = stops.keySet().toArray(String[]::new);
    String[] names = new String[n];
    double[] lats = new double[n];
    double[] lons = new double[n];
    for (int s = 0; s < n; s++) {
      StopRow row = stops.get(ids[s]);
      names[s] = row.name();
      lats[s] = row.lat();
      lons[s] = row.lon();
    }
    return new TransitColumns.Stops(ids, names, lats, lons);
  }

  private TransitColumns.Routes routeColumns(TreeSet<String> usedRoutes) {
    int n = usedRoutes.size();
    String[] ids = usedRoutes.toArray(String[]::new);
    String[] shortNames = new String[n];
    int[] types = new int[n];
    String[] agencyNames = new String[n];
    for (int r = 0; r < n; r++) {
      RouteRow row = routes.get(ids[r]);
      shortNames[r] = row.shortName();
      types[r] = row.type();
      agencyNames[r] = row.agencyName();
    }
    return new TransitColumns.Routes(ids, shortNames, types, agencyNames);
  }

  /** Rules keep the baseline's order, which is by stop index; stops are only ever added. */
  private TransitColumns.Transfers transferColumns(Map<String, Integer> stopIndex) {
    int n = transfers.size();
    int[] from = new int[n];
    int[] to = new int[n];
    int[] minSeconds = new int[n];
    byte[] forbidden = new byte[n];
    for (int i = 0; i < n; i++) {
      TransferRow rule = transfers.get(i);
      from[i] = stopIndex.get(rule.fromStop());
      to[i] = stopIndex.get(rule.toStop());
      minSeconds[i] = rule.minSeconds();
      forbidden[i] = rule.forbidden();
    }
    return new TransitColumns.Transfers(from, to, minSeconds, forbidden);
  }
}
