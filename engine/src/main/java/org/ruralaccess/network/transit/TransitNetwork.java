package org.ruralaccess.network.transit;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.ruralaccess.model.transit.TimedTrip;

/**
 * The scheduled transit network as an immutable column store (parallel primitive arrays, R5 style):
 * stops, routes, patterns, trips, services and transfer rules, with ints as seconds since midnight
 * of the service day. Trips are numbered in pattern order, so the trips of pattern p are the global
 * trips {@code tripIndex(p, 0) .. tripIndex(p, patternTripCount(p) - 1)}, sorted by departure at
 * the first stop and never overtaking one another. Porto Alegre (2 feeds, 145k stop times) takes
 * about 1.2 MB of int arrays for its times.
 *
 * <p>Over 200 lines because it is the one read API of the transit data (about 40 one-line
 * accessors); building lives in {@link TransitNetworkBuilder}, storage in {@link TransitColumns}.
 */
public final class TransitNetwork {

  private static final int MAGIC = 0x52414554; // "RAET"
  private static final int FORMAT_VERSION = 1;

  private final ZoneId timeZone;
  private final TransitColumns.Stops stops;
  private final TransitColumns.Routes routes;
  private final TransitColumns.Patterns patterns;
  private final TransitColumns.Trips trips;
  private final TransitColumns.Services services;
  private final TransitColumns.Transfers transfers;
  private final Map<String, Integer> stopIndexById;
  private final int[] serviceTripCounts;

  TransitNetwork(
      ZoneId timeZone,
      TransitColumns.Stops stops,
      TransitColumns.Routes routes,
      TransitColumns.Patterns patterns,
      TransitColumns.Trips trips,
      TransitColumns.Services services,
      TransitColumns.Transfers transfers) {
    this.timeZone = timeZone;
    this.stops = stops;
    this.routes = routes;
    this.patterns = patterns;
    this.trips = trips;
    this.services = services;
    this.transfers = transfers;
    this.stopIndexById = new HashMap<>(stops.ids().length * 2);
    for (int s = 0; s < stops.ids().length; s++) {
      stopIndexById.put(stops.ids()[s], s);
    }
    this.serviceTripCounts = new int[services.ids().length];
    for (int service : trips.services()) {
      serviceTripCounts[service]++;
    }
  }

  public ZoneId timeZone() {
    return timeZone;
  }

  // stops

  public int stopCount() {
    return stops.ids().length;
  }

  /** Namespaced {@code feedId:stop_id}. */
  public String stopId(int stop) {
    return stops.ids()[stop];
  }

  public String stopName(int stop) {
    return stops.names()[stop];
  }

  public double stopLat(int stop) {
    return stops.lats()[stop];
  }

  public double stopLon(int stop) {
    return stops.lons()[stop];
  }

  public OptionalInt findStop(String namespacedStopId) {
    Integer stop = stopIndexById.get(namespacedStopId);
    return stop == null ? OptionalInt.empty() : OptionalInt.of(stop);
  }

  // routes

  public int routeCount() {
    return routes.ids().length;
  }

  public String routeId(int route) {
    return routes.ids()[route];
  }

  public String routeShortName(int route) {
    return routes.shortNames()[route];
  }

  /** GTFS route_type including extended types (e.g. 200 coach). */
  public int routeType(int route) {
    return routes.types()[route];
  }

  public String agencyName(int route) {
    return routes.agencyNames()[route];
  }

  // patterns

  public int patternCount() {
    return patterns.routes().length;
  }

  public int patternRoute(int pattern) {
    return patterns.routes()[pattern];
  }

  /** A copy of the pattern's stop indexes in order. */
  public int[] patternStops(int pattern) {
    return Arrays.copyOfRange(
        patterns.stops(), patterns.stopOffsets()[pattern], patterns.stopOffsets()[pattern + 1]);
  }

  public int patternStopCount(int pattern) {
    return patterns.stopOffsets()[pattern + 1] - patterns.stopOffsets()[pattern];
  }

  /** False when pickup_type is 1 (no pickup) at this stop of the pattern. */
  public boolean canBoard(int pattern, int stopPosition) {
    return (flag(pattern, stopPosition) & TimedTrip.NO_BOARDING) == 0;
  }

  /** False when drop_off_type is 1 (no drop-off) at this stop of the pattern. */
  public boolean canAlight(int pattern, int stopPosition) {
    return (flag(pattern, stopPosition) & TimedTrip.NO_ALIGHTING) == 0;
  }

  private byte flag(int pattern, int stopPosition) {
    return patterns.flags()[patterns.stopOffsets()[pattern] + stopPosition];
  }

  public int patternTripCount(int pattern) {
    return patterns.firstTrips()[pattern + 1] - patterns.firstTrips()[pattern];
  }

  /** The global trip index of the pattern's n-th trip (in departure order). */
  public int tripIndex(int pattern, int tripInPattern) {
    return patterns.firstTrips()[pattern] + tripInPattern;
  }

  public int arrivalSeconds(int pattern, int tripInPattern, int stopPosition) {
    return trips.arrivals()[trips.timeOffsets()[tripIndex(pattern, tripInPattern)] + stopPosition];
  }

  public int departureSeconds(int pattern, int tripInPattern, int stopPosition) {
    return trips
        .departures()[trips.timeOffsets()[tripIndex(pattern, tripInPattern)] + stopPosition];
  }

  // trips

  public int tripCount() {
    return trips.ids().length;
  }

  /** Namespaced {@code feedId:trip_id}; expanded frequency trips end in {@code #HH:MM:SS}. */
  public String tripId(int trip) {
    return trips.ids()[trip];
  }

  public int tripService(int trip) {
    return trips.services()[trip];
  }

  /** Namespaced block id, or null when the trip has none. */
  public String tripBlockId(int trip) {
    return trips.blockIds()[trip];
  }

  public int tripPattern(int trip) {
    return trips.patterns()[trip];
  }

  // calendars

  public int serviceCount() {
    return services.ids().length;
  }

  public String serviceId(int service) {
    return services.ids()[service];
  }

  /** A copy of the service's sorted epoch days, for {@link TransitEditor}. */
  int[] serviceEpochDays(int service) {
    return services.epochDays()[service].clone();
  }

  public boolean isServiceActive(int service, LocalDate date) {
    return Arrays.binarySearch(services.epochDays()[service], (int) date.toEpochDay()) >= 0;
  }

  /** The first date any service runs, or null when no service runs on any day. */
  public LocalDate firstServiceDate() {
    int first =
        Arrays.stream(services.epochDays())
            .filter(d -> d.length > 0)
            .mapToInt(d -> d[0])
            .min()
            .orElse(Integer.MIN_VALUE);
    return first == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(first);
  }

  /** The last date any service runs, or null when no service runs on any day. */
  public LocalDate lastServiceDate() {
    int last =
        Arrays.stream(services.epochDays())
            .filter(d -> d.length > 0)
            .mapToInt(d -> d[d.length - 1])
            .max()
            .orElse(Integer.MIN_VALUE);
    return last == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(last);
  }

  public int activeTripCount(LocalDate date) {
    int count = 0;
    for (int service = 0; service < serviceTripCounts.length; service++) {
      if (isServiceActive(service, date)) {
        count += serviceTripCounts[service];
      }
    }
    return count;
  }

  /** One flag per service: true when it runs on the date (for a router's trip filter). */
  public boolean[] activeServices(LocalDate date) {
    boolean[] active = new boolean[serviceCount()];
    for (int service = 0; service < active.length; service++) {
      active[service] = isServiceActive(service, date);
    }
    return active;
  }

  // transfers.txt

  public int transferRuleCount() {
    return transfers.fromStops().length;
  }

  public int transferFromStop(int rule) {
    return transfers.fromStops()[rule];
  }

  public int transferToStop(int rule) {
    return transfers.toStops()[rule];
  }

  /** min_transfer_time for transfer_type 2; 0 for types 0 and 1. */
  public int transferMinSeconds(int rule) {
    return transfers.minSeconds()[rule];
  }

  /** True for transfer_type 3 (no transfer possible). */
  public boolean transferForbidden(int rule) {
    return transfers.forbidden()[rule] != 0;
  }

  // binary format

  /** Writes a versioned header then every column; the same network always gives the same bytes. */
  public void write(DataOutputStream out) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(FORMAT_VERSION);
    out.writeUTF(timeZone.getId());
    stops.write(out);
    routes.write(out);
    patterns.write(out);
    trips.write(out);
    services.write(out);
    transfers.write(out);
    out.flush();
  }

  /** Reads what {@link #write} wrote; fails on another format or version. */
  public static TransitNetwork read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC) {
      throw new IOException("not a transit network: the header is missing");
    }
    int version = in.readInt();
    if (version != FORMAT_VERSION) {
      throw new IOException(
          "transit network format version "
              + version
              + "; this engine reads version "
              + FORMAT_VERSION
              + " (rebuild the network)");
    }
    return new TransitNetwork(
        ZoneId.of(in.readUTF()),
        TransitColumns.Stops.read(in),
        TransitColumns.Routes.read(in),
        TransitColumns.Patterns.read(in),
        TransitColumns.Trips.read(in),
        TransitColumns.Services.read(in),
        TransitColumns.Transfers.read(in));
  }
}
