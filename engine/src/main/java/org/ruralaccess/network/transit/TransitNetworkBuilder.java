package org.ruralaccess.network.transit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ruralaccess.model.transit.TimedTrip;
import org.ruralaccess.model.transit.TransitTables;

/**
 * Lays a timetable's rows out as the {@link TransitNetwork} column stores: trips grouped into
 * patterns that never overtake ({@link PatternGrouper}), stops, routes and services indexed in id
 * order. The one assembly of a network, used by the build (rows read from GTFS) and by scenario
 * copies ({@link TransitEditor}), so that the same rows always give the same bytes.
 */
public final class TransitNetworkBuilder {

  private TransitNetworkBuilder() {}

  /** The network of these rows; routes that no trip uses are left out. */
  public static TransitNetwork build(TransitTables tables) {
    TreeSet<String> usedRoutes = new TreeSet<>();
    for (TimedTrip trip : tables.trips()) {
      usedRoutes.add(trip.routeId());
    }
    Map<String, Integer> stopIndex = new HashMap<>(tables.stops().size() * 2);
    tables.stops().forEach(stop -> stopIndex.put(stop.id(), stopIndex.size()));
    TimetableColumns timetable =
        TimetableColumns.of(
            PatternGrouper.group(tables.trips()),
            stopIndex,
            indexOf(usedRoutes),
            indexOf(tables.servicesEpochDays().keySet()));
    return new TransitNetwork(
        tables.timeZone(),
        stopColumns(tables.stops()),
        routeColumns(tables.routes(), usedRoutes),
        timetable.patterns(),
        timetable.trips(),
        new TransitColumns.Services(
            tables.servicesEpochDays().keySet().toArray(String[]::new),
            tables.servicesEpochDays().values().stream().map(int[]::clone).toArray(int[][]::new)),
        transferColumns(tables.transfers(), stopIndex));
  }

  private static Map<String, Integer> indexOf(Set<String> sortedIds) {
    Map<String, Integer> index = new HashMap<>(sortedIds.size() * 2);
    for (String id : sortedIds) {
      index.put(id, index.size());
    }
    return index;
  }

  private static TransitColumns.Stops stopColumns(List<TransitTables.StopRow> stops) {
    int n = stops.size();
    String[] ids = new String[n];
    String[] names = new String[n];
    double[] lats = new double[n];
    double[] lons = new double[n];
    for (int s = 0; s < n; s++) {
      TransitTables.StopRow stop = stops.get(s);
      ids[s] = stop.id();
      names[s] = stop.name();
      lats[s] = stop.lat();
      lons[s] = stop.lon();
    }
    return new TransitColumns.Stops(ids, names, lats, lons);
  }

  private static TransitColumns.Routes routeColumns(
      List<TransitTables.RouteRow> routes, TreeSet<String> usedRoutes) {
    Map<String, TransitTables.RouteRow> byId = new HashMap<>();
    routes.forEach(route -> byId.put(route.id(), route));
    int n = usedRoutes.size();
    String[] ids = usedRoutes.toArray(String[]::new);
    String[] shortNames = new String[n];
    int[] types = new int[n];
    String[] agencyNames = new String[n];
    for (int r = 0; r < n; r++) {
      TransitTables.RouteRow route = byId.get(ids[r]);
      shortNames[r] = route.shortName();
      types[r] = route.type();
      agencyNames[r] = route.agencyName();
    }
    return new TransitColumns.Routes(ids, shortNames, types, agencyNames);
  }

  private static TransitColumns.Transfers transferColumns(
      List<TransitTables.TransferRule> rules, Map<String, Integer> stopIndex) {
    int n = rules.size();
    int[] from = new int[n];
    int[] to = new int[n];
    int[] minSeconds = new int[n];
    byte[] forbidden = new byte[n];
    for (int i = 0; i < n; i++) {
      TransitTables.TransferRule rule = rules.get(i);
      from[i] = stopIndex.get(rule.fromStopId());
      to[i] = stopIndex.get(rule.toStopId());
      minSeconds[i] = rule.minSeconds();
      forbidden[i] = (byte) (rule.forbidden() ? 1 : 0);
    }
    return new TransitColumns.Transfers(from, to, minSeconds, forbidden);
  }
}
