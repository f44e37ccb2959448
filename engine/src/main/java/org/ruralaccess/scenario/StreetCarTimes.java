package org.ruralaccess.scenario;

import java.util.Optional;
import java.util.OptionalInt;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;

/** Driving times for scenario running times, on the network's car graph (OSM speeds, one-ways). */
final class StreetCarTimes implements CarTimes {

  private static final double MAX_SNAP_METERS = 500;
  private static final int MAX_SECONDS = 4 * 3600;

  private final StreetNetwork streets;
  private final StreetRouter router;

  StreetCarTimes(StreetNetwork streets) {
    this.streets = streets;
    this.router = new StreetRouter(streets);
  }

  @Override
  public OptionalInt seconds(double fromLat, double fromLon, double toLat, double toLon) {
    Optional<StreetSnap> from = streets.snap(fromLat, fromLon, StreetMode.CAR, MAX_SNAP_METERS);
    Optional<StreetSnap> to = streets.snap(toLat, toLon, StreetMode.CAR, MAX_SNAP_METERS);
    if (from.isEmpty() || to.isEmpty()) {
      return OptionalInt.empty();
    }
    int seconds =
        router
            .search(from.get(), StreetMode.CAR, SearchDirection.FORWARD, 0, MAX_SECONDS)
            .secondsTo(to.get());
    return seconds < 0 ? OptionalInt.empty() : OptionalInt.of(seconds);
  }
}
