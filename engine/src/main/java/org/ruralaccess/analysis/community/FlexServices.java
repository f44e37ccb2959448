package org.ruralaccess.analysis.community;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.FixedStop;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.model.community.SchemeKind;
import org.ruralaccess.model.community.ServiceArea;
import org.ruralaccess.model.community.TimeWindow;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.link.LinkedPoints;
import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.network.street.StreetTimes;
import org.ruralaccess.support.ReusablePool;

/**
 * The on-demand community transport a request may use (dial-a-ride, volunteer cars, GTFS-Flex zone
 * and route-deviation trips), prepared once per request: the services running on the date that the
 * rider may use and can book, their hubs, and the rides from each hub to the destinations in its
 * service area (the flex egress, computed once, not per origin). Fixed-route community buses are
 * not here: they ride as timetabled patterns (CommunityBuses).
 */
public final class FlexServices {

  private static final GeometryFactory GEOMETRY = new GeometryFactory();
  private static final FlexServices NONE =
      new FlexServices(List.of(), List.of(), null, new int[0][], null, null);

  private final List<FlexService> services;
  private final List<FlexHub> hubs;
  private final LinkedPoints carDestinations;
  private final int[][] destinationsInside;
  private final HubEgress hubEgress;
  private final Rows stopHubs;

  /** Rows grouped by an owner (a hub or a stop), in compressed form: columns per row. */
  record Rows(int[] first, int[][] columns) {
    int start(int owner) {
      return first[owner];
    }

    int end(int owner) {
      return first[owner + 1];
    }

    static Rows of(int owners, List<List<int[]>> byOwner, int width) {
      int[] first = new int[owners + 1];
      for (int o = 0; o < owners; o++) {
        first[o + 1] = first[o] + byOwner.get(o).size();
      }
      int[][] columns = new int[width][first[owners]];
      for (int o = 0; o < owners; o++) {
        List<int[]> rows = byOwner.get(o);
        for (int r = 0; r < rows.size(); r++) {
          for (int c = 0; c < width; c++) {
            columns[c][first[o] + r] = rows.get(r)[c];
          }
        }
      }
      return new Rows(first, columns);
    }
  }

  private FlexServices(
      List<FlexService> services,
      List<FlexHub> hubs,
      LinkedPoints carDestinations,
      int[][] destinationsInside,
      HubEgress hubEgress,
      Rows stopHubs) {
    this.services = services;
    this.hubs = hubs;
    this.carDestinations = carDestinations;
    this.destinationsInside = destinationsInside;
    this.hubEgress = hubEgress;
    this.stopHubs = stopHubs;
  }

  static FlexServices none() {
    return NONE;
  }

  /**
   * Hubs and their rides alone, without the schemes they come from: the egress rules on a
   * hand-built case ({@code HubEgressTest}).
   *
   * @param egressByHub per hub, its rides {destination, ride seconds, window start, window end}
   */
  static FlexServices ofHubs(List<FlexHub> hubs, List<List<int[]>> egressByHub, int stopCount) {
    return new FlexServices(
        List.of(),
        List.copyOf(hubs),
        null,
        new int[0][],
        HubEgress.of(egressByHub, hubs),
        stopHubRows(stopCount, hubs));
  }

  /**
   * The on-demand schemes a request uses: community transport on, running on the date, open to the
   * rider's group, bookable under the request's booking assumption. Sorted by scheme id.
   */
  public static List<Scheme> activeSchemes(
      CommunityTransport all, CommunityTransportRequest ct, LocalDate date) {
    return active(all, ct, date).stream().filter(s -> s.kind() != SchemeKind.FIXED_ROUTE).toList();
  }

  /** Every scheme (any kind) a request with these settings may use on the date. */
  public static List<Scheme> active(
      CommunityTransport all, CommunityTransportRequest ct, LocalDate date) {
    if (!ct.enabled()) {
      return List.of();
    }
    return all.schemes().stream()
        .filter(s -> s.days().runsOn(date))
        .filter(s -> ct.rider().mayUse(s.eligibility()))
        .filter(s -> ct.booking().meets(s.booking()))
        .toList();
  }

  /**
   * The services a request may use on {@code date}, their hubs and their rides to the destinations.
   *
   * @param walkDestinations the request's destinations, linked for walking
   */
  public static FlexServices forRequest(
      Network network,
      LocalDate date,
      RoutingSettings routing,
      CommunityTransportRequest ct,
      StopIndex stopIndex,
      LinkedPoints walkDestinations) {
    return forRequests(network, date, routing, List.of(ct), stopIndex, walkDestinations).get(0);
  }

  /**
   * As {@link #forRequest} for each of several requests (rider groups) on the same day network,
   * each scheme prepared once (its area, hubs and egress rides do not depend on who rides it) and
   * shared by every request that may use it.
   */
  public static List<FlexServices> forRequests(
      Network network,
      LocalDate date,
      RoutingSettings routing,
      List<CommunityTransportRequest> requests,
      StopIndex stopIndex,
      LinkedPoints walkDestinations) {
    return forSets(network, date, routing, requests, stopIndex, walkDestinations).bySet();
  }

  /**
   * The services of several requests on one day network, and the same schemes one by one.
   *
   * @param bySet each request's services, as {@link #forRequest} gives them
   * @param byScheme each scheme with hubs that some request uses, alone (its egress rides from
   *     stops are the same in every request that uses it)
   * @param schemesOfSet for each request, its schemes with hubs, as indices into {@code byScheme}
   */
  public record Sets(List<FlexServices> bySet, List<FlexServices> byScheme, int[][] schemesOfSet) {}

  /** As {@link #forRequests}, with the schemes one by one. */
  public static Sets forSets(
      Network network,
      LocalDate date,
      RoutingSettings routing,
      List<CommunityTransportRequest> requests,
      StopIndex stopIndex,
      LinkedPoints walkDestinations) {
    Map<String, SchemePart> parts = new HashMap<>();
    Map<String, Integer> schemeIndex = new HashMap<>();
    List<FlexServices> byScheme = new ArrayList<>();
    LinkedPoints[] carDestinations = new LinkedPoints[1];
    HubFinder finder = new HubFinder(network, routing, stopIndex);
    ReusablePool<CarSearches> searches =
        new ReusablePool<>(() -> new CarSearches(network.streets()));
    int stopCount = network.transit().stopCount();
    List<FlexServices> bySet = new ArrayList<>();
    int[][] schemesOfSet = new int[requests.size()][];
    for (int k = 0; k < requests.size(); k++) {
      List<Scheme> schemes = activeSchemes(network.communityTransport(), requests.get(k), date);
      if (schemes.isEmpty()) {
        bySet.add(NONE);
        schemesOfSet[k] = new int[0];
        continue;
      }
      if (carDestinations[0] == null) {
        carDestinations[0] =
            LinkedPoints.link(walkDestinations.points(), network.streets(), StreetMode.CAR);
      }
      List<SchemePart> used = new ArrayList<>();
      List<Integer> withHubs = new ArrayList<>();
      for (Scheme scheme : schemes) {
        SchemePart part =
            parts.computeIfAbsent(
                scheme.id(),
                id ->
                    SchemePart.of(
                        scheme,
                        routing,
                        finder,
                        searches,
                        network.streets(),
                        walkDestinations,
                        carDestinations[0]));
        used.add(part);
        if (!part.hubs().isEmpty()) {
          withHubs.add(
              schemeIndex.computeIfAbsent(
                  scheme.id(),
                  id -> {
                    byScheme.add(assemble(List.of(part), carDestinations[0], stopCount));
                    return byScheme.size() - 1;
                  }));
        }
      }
      bySet.add(assemble(used, carDestinations[0], stopCount));
      schemesOfSet[k] = withHubs.stream().mapToInt(Integer::intValue).toArray();
    }
    return new Sets(List.copyOf(bySet), List.copyOf(byScheme), schemesOfSet);
  }

  /**
   * One request's services from the schemes' parts, numbered in scheme order; the hubs' packed
   * rides are the parts' own, joined ({@link HubEgress#concat}).
   */
  private static FlexServices assemble(
      List<SchemePart> parts, LinkedPoints carDestinations, int stopCount) {
    List<FlexService> services = new ArrayList<>();
    int[][] inside = new int[parts.size()][];
    List<FlexHub> hubs = new ArrayList<>();
    for (int s = 0; s < parts.size(); s++) {
      SchemePart part = parts.get(s);
      services.add(part.service());
      inside[s] = part.inside();
      for (FlexHub hub : part.hubs()) {
        hubs.add(
            new FlexHub(
                s,
                hub.carSnap(),
                hub.walkSnap(),
                hub.fixedArrivalSeconds(),
                hub.fixedDepartureSeconds(),
                hub.stops(),
                hub.stopWalkSeconds()));
      }
    }
    return new FlexServices(
        List.copyOf(services),
        List.copyOf(hubs),
        carDestinations,
        inside,
        HubEgress.concat(parts.stream().map(SchemePart::egress).toList()),
        stopHubRows(stopCount, hubs));
  }

  /**
   * One scheme as every request that uses it sees it: the service, the destinations in its area,
   * its hubs (numbered as service 0) and the rides from each hub to those destinations, packed.
   */
  private record SchemePart(
      FlexService service, int[] inside, List<FlexHub> hubs, HubEgress egress) {

    static SchemePart of(
        Scheme scheme,
        RoutingSettings routing,
        HubFinder finder,
        ReusablePool<CarSearches> searches,
        StreetNetwork streets,
        LinkedPoints walkDestinations,
        LinkedPoints carDestinations) {
      FlexService service = new FlexService(scheme, preparedArea(scheme));
      int[] inside =
          java.util.stream.IntStream.range(0, walkDestinations.size())
              .filter(
                  d ->
                      carDestinations.snap(d) != null
                          && service.covers(
                              walkDestinations.points().lat(d), walkDestinations.points().lon(d)))
              .toArray();
      List<FlexHub> hubs = finder.hubs(0, service);
      List<List<int[]>> rides =
          ridesByHub(routing, service, hubs, streets, carDestinations, inside, searches);
      return new SchemePart(service, inside, List.copyOf(hubs), HubEgress.of(rides, hubs));
    }
  }

  private static PreparedGeometry preparedArea(Scheme scheme) {
    if (scheme.areas().isEmpty()) {
      return null;
    }
    List<Geometry> parts = scheme.areas().stream().map(ServiceArea::geometry).toList();
    return PreparedGeometryFactory.prepare(UnaryUnionOp.union(parts));
  }

  /**
   * Per hub, its rides to the destinations of its service: {destination, ride, window s, e}, in
   * destination order, then window order. A timed stop the trip leaves before anyone can be there
   * has none. The car times come from {@link HubCarTimes}.
   */
  private static List<List<int[]>> ridesByHub(
      RoutingSettings routing,
      FlexService service,
      List<FlexHub> hubs,
      StreetNetwork streets,
      LinkedPoints carDestinations,
      int[] inside,
      ReusablePool<CarSearches> searches) {
    int[] boarding =
        java.util.stream.IntStream.range(0, hubs.size())
            .filter(h -> inside.length > 0 && canBoard(hubs.get(h)))
            .toArray();
    StreetSnap[] from = new StreetSnap[boarding.length];
    for (int b = 0; b < boarding.length; b++) {
      from[b] = hubs.get(boarding[b]).carSnap();
    }
    StreetSnap[] to = new StreetSnap[inside.length];
    for (int i = 0; i < inside.length; i++) {
      to[i] = carDestinations.snap(inside[i]);
    }
    int[][] carSeconds =
        HubCarTimes.between(
            streets, from, to, service.maxCarSeconds(routing.maxTripSeconds()), searches);
    List<List<int[]>> egress = new ArrayList<>();
    for (int h = 0; h < hubs.size(); h++) {
      egress.add(new ArrayList<>());
    }
    for (int b = 0; b < boarding.length; b++) {
      egress.set(boarding[b], rides(service, hubs.get(boarding[b]), inside, carSeconds[b]));
    }
    return egress;
  }

  private static boolean canBoard(FlexHub hub) {
    return !hub.isTimed() || hub.fixedDepartureSeconds() != FlexHub.NO_TIME;
  }

  /** A hub's rides to {@code inside[i]}, {@code carSeconds[i]} away (-1: out of reach). */
  private static List<int[]> rides(
      FlexService service, FlexHub hub, int[] inside, int[] carSeconds) {
    List<int[]> rows = new ArrayList<>();
    for (int i = 0; i < inside.length; i++) {
      if (carSeconds[i] < 0) {
        continue;
      }
      int ride = service.rideSeconds(carSeconds[i]);
      for (TimeWindow window : service.windows()) {
        int start = hub.isTimed() ? hub.fixedDepartureSeconds() : window.startSeconds();
        if (start >= window.startSeconds() && start + ride <= window.endSeconds()) {
          rows.add(new int[] {inside[i], ride, window.startSeconds(), window.endSeconds()});
        }
      }
    }
    return rows;
  }

  /** For each transit stop, the hubs a rider walks to from it: {hub, walk seconds}. */
  private static Rows stopHubRows(int stopCount, List<FlexHub> hubs) {
    List<List<int[]>> byStop = new ArrayList<>();
    for (int s = 0; s < stopCount; s++) {
      byStop.add(new ArrayList<>());
    }
    for (int h = 0; h < hubs.size(); h++) {
      FlexHub hub = hubs.get(h);
      for (int i = 0; i < hub.stops().length; i++) {
        byStop.get(hub.stops()[i]).add(new int[] {h, hub.stopWalkSeconds()[i]});
      }
    }
    return Rows.of(stopCount, byStop, 2);
  }

  public boolean isEmpty() {
    return services.isEmpty();
  }

  /**
   * Whether a rider at a transit stop may walk on to a hub of these services (a ride on from the
   * stop); false means {@link #reachFromStop} does nothing there.
   */
  public boolean servesStop(int stop) {
    return !services.isEmpty() && stopHubs.end(stop) > stopHubs.start(stop);
  }

  /**
   * Whether {@link FlexOriginLegs#prepare} could find any leg for an origin here: it is inside a
   * service's area, or a hub is within the straight-line bound that {@link FlexOriginLegs} checks
   * before walking to hubs. False means these services give the origin no ride from home.
   */
  public boolean mayServeOrigin(double lat, double lon, RoutingSettings routing) {
    double maxMeters = FlexOriginLegs.walkedHubMaxMeters(routing);
    for (FlexService service : services) {
      if (service.covers(lat, lon)) {
        return true;
      }
    }
    for (FlexHub hub : hubs) {
      StreetSnap snap = hub.walkSnap();
      if (Coordinate.distanceMeters(lat, lon, snap.lat(), snap.lon()) <= maxMeters) {
        return true;
      }
    }
    return false;
  }

  List<FlexService> services() {
    return services;
  }

  List<FlexHub> hubs() {
    return hubs;
  }

  int[] destinationsInside(int service) {
    return destinationsInside[service];
  }

  /**
   * Every destination a ride of these services can reach (inside a service's area and linked for
   * cars), in destination order: {@link #followReached} and {@link FlexOriginLegs#improveDirect}
   * lower the arrival at these destinations only.
   */
  public int[] destinationsServed() {
    return java.util.Arrays.stream(destinationsInside)
        .flatMapToInt(java.util.Arrays::stream)
        .distinct()
        .sorted()
        .toArray();
  }

  StreetSnap carDestination(int destination) {
    return carDestinations.snap(destination);
  }

  /** The number of hubs, for {@link HubArrivals}. */
  public int hubCount() {
    return hubs.size();
  }

  /**
   * Rides on from a stop reached at {@code arrivalAtStop} (walk to each of its hubs, then ride to
   * the destinations of the hub's service), first half, at one departure of a range search: lowers
   * the arrival at the stop's hubs in {@code hubs}, and lists those reached earlier than their
   * rides were followed from, for {@link #followReached} once the departure's stops are all seen.
   */
  public void reachFromStop(int stop, int arrivalAtStop, HubArrivals hubs) {
    for (int i = stopHubs.start(stop); i < stopHubs.end(stop); i++) {
      int hub = stopHubs.columns()[0][i];
      int arrival = arrivalAtStop + stopHubs.columns()[1][i];
      if (arrival < hubs.reached[hub]) {
        if (hubs.reached[hub] == hubs.followed[hub]) {
          hubs.pending[hubs.pendingCount++] = hub;
        }
        hubs.reached[hub] = arrival;
      }
    }
  }

  /**
   * The second half: the rides from each hub listed by {@link #reachFromStop}, once, from its
   * earliest arrival, earliest hub first (a hub reached earlier can make a later one's rides
   * useless, {@link HubEgress#follow}), lowering {@code destinationArrival} (the same array for the
   * whole search, with {@code hubs} cleared when it was). A later arrival at a hub than its rides
   * were followed from cannot give an earlier arrival anywhere (a ride starts no earlier, or is no
   * longer possible), and {@code destinationArrival} only goes down, so nothing is lost by
   * following each hub only when it is reached earlier; the rides that start as they started from
   * the earlier arrival (a window not yet open then, a timed hub's scheduled departure) give what
   * they gave then and are not looked at again.
   *
   * @return the rides looked at, for a work counter
   */
  public int followReached(HubArrivals hubs, int[] destinationArrival) {
    int count = hubs.pendingCount;
    long[] order = hubs.order;
    for (int i = 0; i < count; i++) {
      int hub = hubs.pending[i];
      order[i] = (long) hubs.reached[hub] << 32 | hub;
    }
    Arrays.sort(order, 0, count);
    int visited = 0;
    for (int i = 0; i < count; i++) {
      int hub = (int) order[i];
      int arrival = hubs.reached[hub];
      int previous = hubs.followed[hub];
      int ready = readyAt(hub, arrival);
      if (ready != Integer.MAX_VALUE) {
        visited +=
            hubEgress.follow(
                hub,
                ready,
                previous == Integer.MAX_VALUE ? previous : readyAt(hub, previous),
                destinationArrival,
                hubs.followed);
      }
      hubs.followed[hub] = arrival;
    }
    hubs.pendingCount = 0;
    return visited;
  }

  /**
   * Rides from a hub reached at {@code arrivalAtHub} to its service's destinations.
   *
   * @return the rides looked at, for a work counter
   */
  int egressFromHub(int hub, int arrivalAtHub, int[] destinationArrival) {
    return egressFromHub(hub, arrivalAtHub, destinationArrival, null);
  }

  /**
   * As {@link #egressFromHub(int, int, int[])}, skipping the rides that a hub reached earlier, and
   * followed already on the same array, ends no later ({@link HubEgress#follow}).
   *
   * @param hubArrival the arrival each hub's rides were followed from on {@code
   *     destinationArrival}, {@link Integer#MAX_VALUE} where none; null to skip nothing
   */
  int egressFromHub(int hub, int arrivalAtHub, int[] destinationArrival, int[] hubArrival) {
    int ready = readyAt(hub, arrivalAtHub);
    if (ready == Integer.MAX_VALUE) {
      return 0;
    }
    return hubEgress.follow(hub, ready, Integer.MAX_VALUE, destinationArrival, hubArrival);
  }

  /**
   * When a rider reaching a hub at {@code arrivalAtHub} can be picked up: then, at an untimed hub
   * (the window decides the rest); at a timed stop, its scheduled departure if the rider is there
   * by then, else never ({@link Integer#MAX_VALUE}).
   */
  private int readyAt(int hub, int arrivalAtHub) {
    FlexHub place = hubs.get(hub);
    if (!place.isTimed()) {
      return arrivalAtHub;
    }
    int departure = place.fixedDepartureSeconds();
    return departure != FlexHub.NO_TIME && arrivalAtHub <= departure
        ? departure
        : Integer.MAX_VALUE;
  }

  /** Finds the hubs of a service. */
  private static final class HubFinder {
    private final Network network;
    private final StopIndex stopIndex;
    private final double walkSpeed;
    private final int maxTransferWalkSeconds;
    private final StreetRouter router;

    HubFinder(Network network, RoutingSettings routing, StopIndex stopIndex) {
      this.network = network;
      this.stopIndex = stopIndex;
      this.walkSpeed = routing.walkSpeedMetersPerSecond();
      this.maxTransferWalkSeconds = routing.maxTransferWalkSeconds();
      this.router = new StreetRouter(network.streets());
    }

    List<FlexHub> hubs(int serviceIndex, FlexService service) {
      List<FlexHub> hubs = new ArrayList<>();
      if (service.doorToDoorOnly()) {
        return hubs;
      }
      for (FixedStop stop : service.scheme().stops()) {
        if (stop.hasCoordinates()) {
          FlexHub hub = fixedStopHub(serviceIndex, stop);
          if (hub != null) {
            hubs.add(hub);
          }
        }
      }
      if (service.area() != null) {
        areaStopHubs(serviceIndex, service, hubs);
      }
      return hubs;
    }

    /** A timed stop or location-group stop, joined to the transit stops within a transfer walk. */
    private FlexHub fixedStopHub(int serviceIndex, FixedStop stop) {
      var car =
          network
              .streets()
              .snap(stop.lat(), stop.lon(), StreetMode.CAR, LinkedPoints.MAX_SNAP_METERS);
      var walk =
          network
              .streets()
              .snap(stop.lat(), stop.lon(), StreetMode.WALK, LinkedPoints.MAX_SNAP_METERS);
      if (car.isEmpty() || walk.isEmpty()) {
        return null;
      }
      StreetTimes times =
          router.search(
              walk.get(),
              StreetMode.WALK,
              SearchDirection.FORWARD,
              walkSpeed,
              maxTransferWalkSeconds);
      List<int[]> reached = new ArrayList<>();
      stopIndex.forEachLinkedStopWithin(
          stop.lat(),
          stop.lon(),
          maxTransferWalkSeconds * walkSpeed + walk.get().offStreetMeters(),
          transitStop -> {
            int seconds = times.secondsTo(network.stopLinks().findSnap(transitStop).orElseThrow());
            if (seconds >= 0 && seconds <= maxTransferWalkSeconds) {
              reached.add(new int[] {transitStop, seconds});
            }
          });
      reached.sort(java.util.Arrays::compare);
      return new FlexHub(
          serviceIndex,
          car.get(),
          walk.get(),
          stop.hasTime() ? stop.arrivalSeconds() : FlexHub.NO_TIME,
          stop.hasTime() ? stop.departureSeconds() : FlexHub.NO_TIME,
          reached.stream().mapToInt(r -> r[0]).toArray(),
          reached.stream().mapToInt(r -> r[1]).toArray());
    }

    /**
     * Every linked transit stop inside the area, or within a transfer walk of its edge (the rider
     * walks the straight-line distance into the area; the ride is measured from the stop).
     */
    private void areaStopHubs(int serviceIndex, FlexService service, List<FlexHub> hubs) {
      var transit = network.transit();
      double maxMeters = maxTransferWalkSeconds * walkSpeed;
      var envelope = service.area().getGeometry().getEnvelopeInternal();
      double midLat = envelope.centre().y;
      double degLat = maxMeters / 111_195.0;
      double degLon = degLat / Math.max(0.01, Math.cos(Math.toRadians(midLat)));
      for (int stop = 0; stop < transit.stopCount(); stop++) {
        double lat = transit.stopLat(stop);
        double lon = transit.stopLon(stop);
        if (!network.stopLinks().isLinked(stop)
            || lon < envelope.getMinX() - degLon
            || lon > envelope.getMaxX() + degLon
            || lat < envelope.getMinY() - degLat
            || lat > envelope.getMaxY() + degLat) {
          continue;
        }
        var point = GEOMETRY.createPoint(new org.locationtech.jts.geom.Coordinate(lon, lat));
        int walkSeconds = 0;
        if (!service.area().covers(point)) {
          var nearest = DistanceOp.nearestPoints(service.area().getGeometry(), point)[0];
          double meters = Coordinate.distanceMeters(lat, lon, nearest.y, nearest.x);
          if (meters > maxMeters) {
            continue;
          }
          walkSeconds = (int) Math.round(meters / walkSpeed);
        }
        var car = network.streets().snap(lat, lon, StreetMode.CAR, LinkedPoints.MAX_SNAP_METERS);
        if (car.isEmpty()) {
          continue;
        }
        StreetSnap walk = network.stopLinks().findSnap(stop).orElseThrow();
        hubs.add(
            new FlexHub(
                serviceIndex,
                car.get(),
                walk,
                FlexHub.NO_TIME,
                FlexHub.NO_TIME,
                new int[] {stop},
                new int[] {walkSeconds}));
      }
    }
  }
}
