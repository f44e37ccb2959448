package org.ruralaccess.analysis.community;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.ruralaccess.model.community.TimeWindow;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.link.LinkedPoints;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetTimes;

/**
 * The community transport legs into one destination, for arrive-by searches: {@link FlexOriginLegs}
 * mirrored. When the destination lies in a service's area, one reverse car search from it gives the
 * rides from the service's hubs to it (flex egress after scheduled transit, as egress legs of a
 * reverse search, {@link #egress}) and from the service's points straight to it ({@link
 * #improveDirect}). The rules are {@link FlexServices}' forward ones read backwards: a ride starts
 * in a window, at the earliest at the window's start (a rider waits for it), ends by the window's
 * end and by the deadline; a route-deviation trip leaves its timed stop on schedule. Nothing for a
 * destination outside every area. One instance per thread.
 */
public final class FlexDestinationLegs {

  private final FlexServices services;
  private final StreetNetwork streets;
  private final StreetRouter carRouter;
  private final RoutingSettings routing;
  // rides from hubs to the destination: {hub, ride seconds}
  private final List<int[]> hubRides = new ArrayList<>();
  // rides from the services' points to the destination: point, service, ride seconds
  private int[] directPoint = new int[16];
  private int[] directService = new int[16];
  private int[] directRide = new int[16];
  private int directCount;

  public FlexDestinationLegs(
      FlexServices services, StreetNetwork streets, RoutingSettings routing) {
    this.services = services;
    this.streets = streets;
    this.carRouter = new StreetRouter(streets);
    this.routing = routing;
  }

  /** Finds the rides into the destination at (lat, lon). */
  public void prepare(double lat, double lon) {
    hubRides.clear();
    directCount = 0;
    if (services.isEmpty()) {
      return;
    }
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
    StreetTimes car =
        carRouter.search(snap.get(), StreetMode.CAR, SearchDirection.REVERSE, 0, maxCar);
    for (int s : covering) {
      FlexService service = services.services().get(s);
      for (int h = 0; h < services.hubs().size(); h++) {
        FlexHub hub = services.hubs().get(h);
        boolean canBoard = !hub.isTimed() || hub.fixedDepartureSeconds() != FlexHub.NO_TIME;
        int carSeconds = hub.service() == s && canBoard ? car.secondsTo(hub.carSnap()) : -1;
        if (carSeconds >= 0) {
          hubRides.add(new int[] {h, service.rideSeconds(carSeconds)});
        }
      }
      for (int d : services.destinationsInside(s)) {
        int carSeconds = car.secondsTo(services.carDestination(d));
        if (carSeconds >= 0) {
          addDirect(d, s, service.rideSeconds(carSeconds));
        }
      }
    }
  }

  /** True when some hub ride reaches the destination (for some deadline). */
  public boolean hasEgress() {
    return !hubRides.isEmpty();
  }

  /**
   * Egress legs for a reverse search with deadline {@code deadlineSeconds}: {stops, durations},
   * stops increasing, where a rider at {@code stops[i]} by {@code deadline - durations[i]} walks to
   * a hub and rides to the destination in time (the latest ride of any window that fits).
   */
  public int[][] egress(int deadlineSeconds) {
    TreeMap<Integer, Integer> latestAtStop = new TreeMap<>();
    for (int[] row : hubRides) {
      FlexHub hub = services.hubs().get(row[0]);
      FlexService service = services.services().get(hub.service());
      int ride = row[1];
      int latestAtHub = Integer.MIN_VALUE;
      for (TimeWindow window : service.windows()) {
        int start;
        if (hub.isTimed()) {
          start = hub.fixedDepartureSeconds();
          if (start + ride > window.endSeconds() || start + ride > deadlineSeconds) {
            continue;
          }
        } else {
          start = Math.min(window.endSeconds(), deadlineSeconds) - ride;
        }
        if (start >= window.startSeconds()) {
          latestAtHub = Math.max(latestAtHub, start);
        }
      }
      if (latestAtHub == Integer.MIN_VALUE) {
        continue;
      }
      for (int i = 0; i < hub.stops().length; i++) {
        // a walk to a community transport pickup is a walk to a boarding, as in
        // FlexServices.reachFromStop
        latestAtStop.merge(hub.stops()[i], latestAtHub - hub.stopWalkSeconds()[i], Math::max);
      }
    }
    int[] stops = new int[latestAtStop.size()];
    int[] durations = new int[stops.length];
    int i = 0;
    for (var entry : latestAtStop.entrySet()) {
      stops[i] = entry.getKey();
      durations[i++] = deadlineSeconds - entry.getValue();
    }
    return new int[][] {stops, durations};
  }

  /**
   * Improves {@code latestDeparture} (per point of the services, {@link Integer#MIN_VALUE} for
   * none) with the rides straight from each point to the destination arriving by the deadline.
   */
  public void improveDirect(int deadlineSeconds, int[] latestDeparture) {
    for (int i = 0; i < directCount; i++) {
      FlexService service = services.services().get(directService[i]);
      for (TimeWindow window : service.windows()) {
        int start = Math.min(window.endSeconds(), deadlineSeconds) - directRide[i];
        if (start >= window.startSeconds() && start > latestDeparture[directPoint[i]]) {
          latestDeparture[directPoint[i]] = start;
        }
      }
    }
  }

  private void addDirect(int point, int service, int ride) {
    if (directCount == directPoint.length) {
      int size = directCount * 2;
      directPoint = Arrays.copyOf(directPoint, size);
      directService = Arrays.copyOf(directService, size);
      directRide = Arrays.copyOf(directRide, size);
    }
    directPoint[directCount] = point;
    directService[directCount] = service;
    directRide[directCount] = ride;
    directCount++;
  }
}
