package org.ruralaccess.analysis.community;

import java.util.ArrayList;
import java.util.List;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.community.TimeWindow;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.link.LinkedPoints;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.network.street.StreetTimes;
import org.ruralaccess.routing.TimedAccessLegs;

/**
 * The community transport legs from one origin: rides from home to hubs (flex access, then
 * scheduled transit), rides from home straight to destinations in the same service area (direct,
 * zone to zone), and walks from home to hubs for a ride on from there. One car search per origin
 * inside a service area, grown only until it reaches the area's destinations and hubs ({@link
 * CarSearches}); nothing for origins outside every area. One instance per thread.
 */
public final class FlexOriginLegs {

  private final FlexServices services;
  private final StreetNetwork streets;
  private final CarSearches carSearches;
  private final RoutingSettings routing;
  // direct rides: destination, earliest start, latest start, ride seconds
  private int[] directDestination = new int[16];
  private int[] directEarliest = new int[16];
  private int[] directLatest = new int[16];
  private int[] directRide = new int[16];
  private int directCount;
  // hubs within a walk of the origin: hub, walk seconds; nearest first
  private final List<int[]> walkedHubs = new ArrayList<>();
  // during improveDirect, the arrival each walked hub's rides were followed from; else all MAX
  private int[] walkedArrival;
  private TimedAccessLegs access = TimedAccessLegs.none();

  public FlexOriginLegs(FlexServices services, StreetNetwork streets, RoutingSettings routing) {
    this(services, streets, routing, new CarSearches(streets));
  }

  private FlexOriginLegs(
      FlexServices services, StreetNetwork streets, RoutingSettings routing, CarSearches car) {
    this.services = services;
    this.streets = streets;
    this.carSearches = car;
    this.routing = routing;
  }

  /**
   * Legs for several sets of services (rider groups) from the same origins, on one thread: the
   * sets' car searches from a home are shared (one search serves every set whose areas cover it).
   */
  public static FlexOriginLegs[] forSets(
      List<FlexServices> sets, StreetNetwork streets, RoutingSettings routing) {
    CarSearches car = new CarSearches(streets);
    FlexOriginLegs[] legs = new FlexOriginLegs[sets.size()];
    for (int k = 0; k < legs.length; k++) {
      legs[k] = new FlexOriginLegs(sets.get(k), streets, routing, car);
    }
    return legs;
  }

  /**
   * Finds this origin's legs.
   *
   * @param walk the origin's walk search (access walks), read for hubs within the walk limit
   */
  public void prepare(double lat, double lon, StreetTimes walk) {
    directCount = 0;
    walkedHubs.clear();
    access = TimedAccessLegs.none();
    if (services.isEmpty()) {
      return;
    }
    findWalkedHubs(lat, lon, walk);
    List<Integer> covering = new ArrayList<>();
    int maxCar = 0;
    for (int s = 0; s < services.services().size(); s++) {
      FlexService service = services.services().get(s);
      if (service.covers(lat, lon)) {
        covering.add(s);
        maxCar = Math.max(maxCar, service.maxCarSeconds(routing.maxTripSeconds()));
      }
    }
    if (covering.isEmpty()) {
      return;
    }
    var snap = streets.snap(lat, lon, StreetMode.CAR, LinkedPoints.MAX_SNAP_METERS);
    if (snap.isEmpty()) {
      return;
    }
    CarSearches.CarTimes car =
        carSearches.fromHome(lat, lon, snap.get(), targets(covering), maxCar);
    TimedAccessLegs.Builder legs = TimedAccessLegs.builder();
    for (int s : covering) {
      FlexService service = services.services().get(s);
      addDirect(s, service, car);
      addAccess(s, service, car, legs);
    }
    access = legs.build();
  }

  /** What the car search from home must reach: the covering areas' destinations and hubs. */
  private StreetSnap[] targets(List<Integer> covering) {
    List<StreetSnap> targets = new ArrayList<>();
    for (int s : covering) {
      for (int d : services.destinationsInside(s)) {
        targets.add(services.carDestination(d));
      }
    }
    for (FlexHub hub : services.hubs()) {
      if (covering.contains(hub.service())) {
        targets.add(hub.carSnap());
      }
    }
    return targets.toArray(StreetSnap[]::new);
  }

  private void findWalkedHubs(double lat, double lon, StreetTimes walk) {
    int maxWalkSeconds = routing.maxWalkSeconds();
    double maxMeters = walkedHubMaxMeters(routing);
    for (int h = 0; h < services.hubs().size(); h++) {
      StreetSnap hub = services.hubs().get(h).walkSnap();
      if (Coordinate.distanceMeters(lat, lon, hub.lat(), hub.lon()) > maxMeters) {
        continue;
      }
      int seconds = walk.secondsTo(hub);
      if (seconds >= 0 && seconds <= maxWalkSeconds) {
        walkedHubs.add(new int[] {h, seconds});
      }
    }
    // the nearest first: a hub reached earlier may make a farther one's rides useless
    walkedHubs.sort(
        java.util.Comparator.<int[]>comparingInt(w -> w[1]).thenComparingInt(w -> w[0]));
    if (walkedArrival == null && !walkedHubs.isEmpty()) {
      walkedArrival = new int[services.hubCount()];
      java.util.Arrays.fill(walkedArrival, Integer.MAX_VALUE);
    }
  }

  /** The straight-line distance beyond which a hub is not walked to (snaps up to 1,600 m away). */
  static double walkedHubMaxMeters(RoutingSettings routing) {
    return routing.maxWalkSeconds() * routing.walkSpeedMetersPerSecond() + 1600;
  }

  private void addDirect(int s, FlexService service, CarSearches.CarTimes car) {
    for (int d : services.destinationsInside(s)) {
      int carSeconds = car.secondsTo(services.carDestination(d));
      if (carSeconds < 0) {
        continue;
      }
      int ride = service.rideSeconds(carSeconds);
      for (TimeWindow window : service.windows()) {
        int latest = window.endSeconds() - ride;
        if (latest >= window.startSeconds()) {
          addDirectRow(d, window.startSeconds(), latest, ride);
        }
      }
    }
  }

  private void addAccess(
      int s, FlexService service, CarSearches.CarTimes car, TimedAccessLegs.Builder legs) {
    List<FlexHub> hubs = services.hubs();
    for (FlexHub hub : hubs) {
      if (hub.service() != s) {
        continue;
      }
      int carSeconds = car.secondsTo(hub.carSnap());
      if (carSeconds < 0) {
        continue;
      }
      int ride = service.rideSeconds(carSeconds);
      for (TimeWindow window : service.windows()) {
        if (hub.isTimed()) {
          // a route-deviation trip reaches its timed stop on schedule
          int arrival = hub.fixedArrivalSeconds();
          int latest = Math.min(window.endSeconds(), arrival - ride);
          if (arrival == FlexHub.NO_TIME || latest < window.startSeconds()) {
            continue;
          }
          for (int i = 0; i < hub.stops().length; i++) {
            legs.add(
                hub.stops()[i],
                window.startSeconds(),
                latest,
                0,
                arrival + hub.stopWalkSeconds()[i]);
          }
        } else {
          int latest = window.endSeconds() - ride;
          if (latest < window.startSeconds()) {
            continue;
          }
          for (int i = 0; i < hub.stops().length; i++) {
            legs.add(
                hub.stops()[i],
                window.startSeconds(),
                latest,
                ride + hub.stopWalkSeconds()[i],
                TimedAccessLegs.NO_FIXED_ARRIVAL);
          }
        }
      }
    }
  }

  private void addDirectRow(int destination, int earliest, int latest, int ride) {
    if (directCount == directDestination.length) {
      int size = directCount * 2;
      directDestination = java.util.Arrays.copyOf(directDestination, size);
      directEarliest = java.util.Arrays.copyOf(directEarliest, size);
      directLatest = java.util.Arrays.copyOf(directLatest, size);
      directRide = java.util.Arrays.copyOf(directRide, size);
    }
    directDestination[directCount] = destination;
    directEarliest[directCount] = earliest;
    directLatest[directCount] = latest;
    directRide[directCount] = ride;
    directCount++;
  }

  /** Access legs by flex to transit stops, for the range-RAPTOR request. */
  public TimedAccessLegs access() {
    return access;
  }

  boolean hasDoorToDoor() {
    return directCount > 0 || !walkedHubs.isEmpty();
  }

  /**
   * Improves {@code destinationArrival} with the rides that need no scheduled transit, leaving at
   * {@code departure}: straight from home, or from a hub within a walk.
   *
   * @return the rides from hubs looked at, for a work counter
   */
  public int improveDirect(int departure, int[] destinationArrival) {
    for (int i = 0; i < directCount; i++) {
      int start = Math.max(departure, directEarliest[i]);
      if (start <= directLatest[i]) {
        int arrival = start + directRide[i];
        int d = directDestination[i];
        if (arrival < destinationArrival[d]) {
          destinationArrival[d] = arrival;
        }
      }
    }
    int visited = 0;
    for (int[] walked : walkedHubs) {
      int arrival = departure + walked[1];
      walkedArrival[walked[0]] = arrival;
      visited += services.egressFromHub(walked[0], arrival, destinationArrival, walkedArrival);
    }
    // only this call's arrivals were followed on this call's array
    for (int[] walked : walkedHubs) {
      walkedArrival[walked[0]] = Integer.MAX_VALUE;
    }
    return visited;
  }
}
