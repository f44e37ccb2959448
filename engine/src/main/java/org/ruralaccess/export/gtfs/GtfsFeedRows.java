package org.ruralaccess.export.gtfs;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.network.DayTrips;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * The rows of every file of a day's feed, derived from the network and the day's trips: only the
 * stops, routes and agencies those trips use, in the network's (sorted) order, so the same network
 * and date always give the same rows.
 *
 * <p>What the network does not keep is written plainly rather than invented: {@code agency_url} and
 * {@code feed_publisher_url} are {@link #NO_URL} (the network keeps agency names only), route long
 * names are empty unless a route has no short name (then its id), {@code pickup_type} and {@code
 * drop_off_type} are 0 or 1 (the router knows boarding allowed or not, not phone-ahead).
 */
final class GtfsFeedRows {

  /** A reserved, never-resolving address (RFC 2606) for the URLs GTFS requires. */
  static final String NO_URL = "https://url-not-kept-by-rae.invalid/";

  private static final String NO_AGENCY = "Unknown agency";

  private final TransitNetwork transit;
  private final DayTrips day;
  private final String feedVersion;
  private final boolean[] stopUsed;
  private final boolean[] routeUsed;

  /** Block id by {@link #key}: a trip may run today and, as yesterday's, after midnight. */
  private final Map<Long, String> blockByTrip = new HashMap<>();

  private final UnaryOperator<String> stopId;
  private final UnaryOperator<String> routeId;
  private final UnaryOperator<String> tripId;
  private final List<List<String>> transfers;

  private GtfsFeedRows(TransitNetwork transit, DayTrips day, String feedVersion) {
    this.transit = transit;
    this.day = day;
    this.feedVersion = feedVersion;
    stopUsed = new boolean[transit.stopCount()];
    routeUsed = new boolean[transit.routeCount()];
    List<String> tripIds = new ArrayList<>();
    for (DayTrips.DayTrip trip : day.trips()) {
      int pattern = transit.tripPattern(trip.trip());
      routeUsed[transit.patternRoute(pattern)] = true;
      for (int stop : transit.patternStops(pattern)) {
        stopUsed[stop] = true;
      }
      tripIds.add(transit.tripId(trip.trip()));
    }
    stopId = GtfsIds.forKind(usedIds(stopUsed, transit::stopId));
    routeId = GtfsIds.forKind(usedIds(routeUsed, transit::routeId));
    tripId = GtfsIds.forKind(tripIds);
    nameBlocks();
    transfers = transferRows();
  }

  static GtfsFeedRows of(TransitNetwork transit, DayTrips day, String feedVersion) {
    return new GtfsFeedRows(transit, day, feedVersion);
  }

  private static List<String> usedIds(boolean[] used, java.util.function.IntFunction<String> id) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < used.length; i++) {
      if (used[i]) {
        ids.add(id.apply(i));
      }
    }
    return ids;
  }

  /**
   * One block per through run: the source block id when the block has one run that day, else {@code
   * block#1}, {@code block#2}... in time order; the previous day's get its date suffix.
   */
  private void nameBlocks() {
    Map<String, List<DayTrips.ThroughRun>> runsByBlock = new TreeMap<>();
    for (DayTrips.ThroughRun run : day.throughRuns()) {
      String key = transit.tripBlockId(run.trips().get(0)) + (run.previousDay() ? "@" : "");
      runsByBlock.computeIfAbsent(key, k -> new ArrayList<>()).add(run);
    }
    UnaryOperator<String> blockId =
        GtfsIds.forKind(
            day.throughRuns().stream()
                .map(run -> transit.tripBlockId(run.trips().get(0)))
                .toList());
    for (List<DayTrips.ThroughRun> runs : runsByBlock.values()) {
      for (int n = 0; n < runs.size(); n++) {
        DayTrips.ThroughRun run = runs.get(n);
        String name =
            blockId.apply(transit.tripBlockId(run.trips().get(0)))
                + (runs.size() > 1 ? "#" + (n + 1) : "")
                + (run.previousDay() ? previousDaySuffix() : "");
        run.trips().forEach(trip -> blockByTrip.put(key(trip, run.previousDay()), name));
      }
    }
  }

  private static long key(int trip, boolean previousDay) {
    return trip * 2L + (previousDay ? 1 : 0);
  }

  private String previousDaySuffix() {
    return "@" + GtfsFeedWriter.GTFS_DATE.format(day.date().minusDays(1));
  }

  private String serviceId(boolean previousDay) {
    return GtfsFeedWriter.GTFS_DATE.format(previousDay ? day.date().minusDays(1) : day.date());
  }

  private String tripIdOf(DayTrips.DayTrip trip) {
    return tripId.apply(transit.tripId(trip.trip()))
        + (trip.previousDay() ? previousDaySuffix() : "");
  }

  List<List<String>> agencies() {
    TreeSet<String> names = new TreeSet<>();
    for (int route = 0; route < routeUsed.length; route++) {
      if (routeUsed[route]) {
        names.add(agencyName(route));
      }
    }
    String zone = transit.timeZone().getId();
    return names.stream().map(name -> List.of(name, name, NO_URL, zone)).toList();
  }

  private String agencyName(int route) {
    String name = transit.agencyName(route);
    return name == null || name.isBlank() ? NO_AGENCY : name;
  }

  List<List<String>> stops() {
    List<List<String>> rows = new ArrayList<>();
    for (int stop = 0; stop < stopUsed.length; stop++) {
      if (stopUsed[stop]) {
        rows.add(
            List.of(
                stopId.apply(transit.stopId(stop)),
                nonNull(transit.stopName(stop)),
                decimal(transit.stopLat(stop)),
                decimal(transit.stopLon(stop))));
      }
    }
    return rows;
  }

  List<List<String>> routes() {
    List<List<String>> rows = new ArrayList<>();
    for (int route = 0; route < routeUsed.length; route++) {
      if (routeUsed[route]) {
        String shortName = nonNull(transit.routeShortName(route));
        String id = routeId.apply(transit.routeId(route));
        rows.add(
            List.of(
                id,
                agencyName(route),
                shortName,
                shortName.isBlank() ? id : "",
                Integer.toString(transit.routeType(route))));
      }
    }
    return rows;
  }

  List<List<String>> trips() {
    List<List<String>> rows = new ArrayList<>();
    for (DayTrips.DayTrip trip : day.trips()) {
      int route = transit.patternRoute(transit.tripPattern(trip.trip()));
      String block = blockByTrip.get(key(trip.trip(), trip.previousDay()));
      rows.add(
          List.of(
              routeId.apply(transit.routeId(route)),
              serviceId(trip.previousDay()),
              tripIdOf(trip),
              block == null ? "" : block));
    }
    return rows;
  }

  List<List<String>> stopTimes() {
    List<List<String>> rows = new ArrayList<>();
    for (DayTrips.DayTrip trip : day.trips()) {
      int pattern = transit.tripPattern(trip.trip());
      int inPattern = trip.trip() - transit.tripIndex(pattern, 0);
      int[] stops = transit.patternStops(pattern);
      String id = tripIdOf(trip);
      for (int pos = 0; pos < stops.length; pos++) {
        rows.add(
            List.of(
                id,
                ClockTime.format(transit.arrivalSeconds(pattern, inPattern, pos)),
                ClockTime.format(transit.departureSeconds(pattern, inPattern, pos)),
                stopId.apply(transit.stopId(stops[pos])),
                Integer.toString(pos + 1),
                transit.canBoard(pattern, pos) ? "0" : "1",
                transit.canAlight(pattern, pos) ? "0" : "1"));
      }
    }
    return rows;
  }

  List<List<String>> calendar() {
    List<List<String>> rows = new ArrayList<>();
    if (day.trips().stream().anyMatch(DayTrips.DayTrip::previousDay)) {
      rows.add(calendarRow(day.date().minusDays(1), true));
    }
    rows.add(calendarRow(day.date(), false));
    return rows;
  }

  private List<String> calendarRow(LocalDate date, boolean previousDay) {
    List<String> row = new ArrayList<>();
    row.add(serviceId(previousDay));
    for (DayOfWeek weekday : DayOfWeek.values()) {
      row.add(date.getDayOfWeek() == weekday ? "1" : "0");
    }
    row.add(GtfsFeedWriter.GTFS_DATE.format(date));
    row.add(GtfsFeedWriter.GTFS_DATE.format(date));
    return row;
  }

  List<List<String>> transfers() {
    return transfers;
  }

  /**
   * One row per stop pair among the written stops, merged as the router merges them: a forbidden
   * rule wins (type 3), otherwise the longest minimum time (type 2), or type 0 when none is set.
   */
  private List<List<String>> transferRows() {
    Map<Long, int[]> pairs = new TreeMap<>(); // (from, to) -> {min seconds, forbidden}
    for (int rule = 0; rule < transit.transferRuleCount(); rule++) {
      int from = transit.transferFromStop(rule);
      int to = transit.transferToStop(rule);
      if (!stopUsed[from] || !stopUsed[to]) {
        continue;
      }
      int[] merged = pairs.computeIfAbsent(((long) from << 32) | to, k -> new int[2]);
      if (transit.transferForbidden(rule)) {
        merged[1] = 1;
      } else {
        merged[0] = Math.max(merged[0], transit.transferMinSeconds(rule));
      }
    }
    List<List<String>> rows = new ArrayList<>();
    pairs.forEach(
        (key, merged) -> {
          String type = merged[1] == 1 ? "3" : merged[0] > 0 ? "2" : "0";
          rows.add(
              List.of(
                  stopId.apply(transit.stopId((int) (key >>> 32))),
                  stopId.apply(transit.stopId((int) (long) key)),
                  type,
                  type.equals("2") ? Integer.toString(merged[0]) : ""));
        });
    return rows;
  }

  List<List<String>> feedInfo() {
    boolean previous = day.trips().stream().anyMatch(DayTrips.DayTrip::previousDay);
    LocalDate start = previous ? day.date().minusDays(1) : day.date();
    return List.of(
        List.of(
            "Rural Access Engine (rae export-gtfs)",
            NO_URL,
            "und",
            GtfsFeedWriter.GTFS_DATE.format(start),
            GtfsFeedWriter.GTFS_DATE.format(day.date()),
            feedVersion));
  }

  GtfsFeedWriter.Summary summary() {
    int stops = 0;
    for (boolean used : stopUsed) {
      stops += used ? 1 : 0;
    }
    int routes = 0;
    for (boolean used : routeUsed) {
      routes += used ? 1 : 0;
    }
    int sameDay = (int) day.sameDayCount();
    return new GtfsFeedWriter.Summary(
        sameDay,
        day.trips().size() - sameDay,
        stops,
        routes,
        agencies().size(),
        day.throughRuns().size(),
        transfers.size());
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  /** Coordinates as plain decimals, exactly as stored (never 1.0E-4). */
  private static String decimal(double value) {
    return BigDecimal.valueOf(value).toPlainString();
  }
}
