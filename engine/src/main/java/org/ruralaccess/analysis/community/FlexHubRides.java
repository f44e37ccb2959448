package org.ruralaccess.analysis.community;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.ruralaccess.model.community.TimeWindow;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetTimes;

/**
 * Rides from the points of each service's area to its hubs, for arrive-by searches: the flex access
 * legs of {@link FlexOriginLegs} read backwards, for every point at once. One reverse car search
 * per hub (computed once per request, as {@link FlexServices} computes the rides from hubs to the
 * points once); then, given the latest time one can be at each transit stop and still arrive in
 * time (a reverse range-RAPTOR's answer), each point's latest departure by a ride to a hub and on
 * by transit. Thread-safe after {@link #prepare}.
 */
public final class FlexHubRides {

  private final FlexServices services;
  // per hub: {point, ride seconds} rows
  private final FlexServices.Rows rides;

  private FlexHubRides(FlexServices services, FlexServices.Rows rides) {
    this.services = services;
    this.rides = rides;
  }

  /** The rides from every point of a service's area to each of its hubs. */
  public static FlexHubRides prepare(
      FlexServices services, StreetNetwork streets, RoutingSettings routing) {
    StreetRouter router = new StreetRouter(streets);
    List<List<int[]>> byHub = new ArrayList<>();
    for (FlexHub hub : services.hubs()) {
      List<int[]> rows = new ArrayList<>();
      byHub.add(rows);
      boolean canSetDown = !hub.isTimed() || hub.fixedArrivalSeconds() != FlexHub.NO_TIME;
      int[] inside = services.destinationsInside(hub.service());
      if (!canSetDown || inside.length == 0) {
        continue;
      }
      FlexService service = services.services().get(hub.service());
      StreetTimes car =
          router.search(
              hub.carSnap(),
              StreetMode.CAR,
              SearchDirection.REVERSE,
              0,
              service.maxCarSeconds(routing.maxTripSeconds()));
      for (int d : inside) {
        int carSeconds = car.secondsTo(services.carDestination(d));
        if (carSeconds >= 0) {
          rows.add(new int[] {d, service.rideSeconds(carSeconds)});
        }
      }
    }
    return new FlexHubRides(services, FlexServices.Rows.of(services.hubs().size(), byHub, 2));
  }

  /**
   * Improves {@code latestDeparture} (per point, {@link Integer#MIN_VALUE} for none) with a ride to
   * a hub, a walk to one of its stops and transit on from there.
   *
   * @param latestAtStop the latest time one can be at each stop and still arrive in time, {@link
   *     Integer#MIN_VALUE} when one cannot
   */
  public void improveFromHubs(IntUnaryOperator latestAtStop, int[] latestDeparture) {
    List<FlexHub> hubs = services.hubs();
    int[][] c = rides.columns();
    for (int h = 0; h < hubs.size(); h++) {
      if (rides.start(h) == rides.end(h)) {
        continue;
      }
      FlexHub hub = hubs.get(h);
      // the latest set-down at the hub from which one of its stops is reached in time
      int latestAtHub = Integer.MIN_VALUE;
      for (int i = 0; i < hub.stops().length; i++) {
        int atStop = latestAtStop.applyAsInt(hub.stops()[i]);
        if (atStop != Integer.MIN_VALUE) {
          latestAtHub = Math.max(latestAtHub, atStop - hub.stopWalkSeconds()[i]);
        }
      }
      if (latestAtHub == Integer.MIN_VALUE
          || (hub.isTimed() && hub.fixedArrivalSeconds() > latestAtHub)) {
        continue;
      }
      List<TimeWindow> windows = services.services().get(hub.service()).windows();
      for (int r = rides.start(h); r < rides.end(h); r++) {
        int ride = c[1][r];
        for (TimeWindow window : windows) {
          // a route-deviation trip sets down at its timed stop on schedule
          int start =
              hub.isTimed()
                  ? Math.min(window.endSeconds(), hub.fixedArrivalSeconds() - ride)
                  : Math.min(window.endSeconds(), latestAtHub) - ride;
          if (start >= window.startSeconds() && start > latestDeparture[c[0][r]]) {
            latestDeparture[c[0][r]] = start;
          }
        }
      }
    }
  }
}
