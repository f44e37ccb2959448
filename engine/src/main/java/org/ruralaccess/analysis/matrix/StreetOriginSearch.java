package org.ruralaccess.analysis.matrix;

import java.util.Arrays;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.network.link.LinkedPoints;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.network.street.StreetTimes;

/**
 * Travel times on the streets alone (walk, bike, car) from one origin to every destination. They do
 * not depend on the departure time (no congestion or timetable), so every departure of the window
 * has the same time. Cycling adds the region's fixed extra minutes (parking, unlocking), as the DfT
 * Journey Time Statistics do.
 */
final class StreetOriginSearch {

  private final StreetRouter router;
  private final LinkedPoints destinations;
  private final MatrixRequest request;

  StreetOriginSearch(StreetNetwork streets, LinkedPoints destinations, MatrixRequest request) {
    this.router = new StreetRouter(streets);
    this.destinations = destinations;
    this.request = request;
  }

  /** Travel seconds per destination, {@link Percentiles#UNREACHED} beyond the max trip time. */
  int[] travelTimes(StreetSnap origin) {
    int[] result = new int[destinations.size()];
    Arrays.fill(result, Percentiles.UNREACHED);
    if (origin == null) {
      return result;
    }
    int maxTrip = request.maxTripSeconds();
    int extraSeconds =
        request.mode() == TravelMode.BIKE ? request.routing().bikeExtraMinutes() * 60 : 0;
    StreetTimes times =
        router.search(
            origin,
            streetMode(request.mode()),
            SearchDirection.FORWARD,
            speedMetersPerSecond(),
            maxTrip - extraSeconds);
    for (int d = 0; d < result.length; d++) {
      StreetSnap snap = destinations.snap(d);
      int seconds = snap == null ? -1 : times.secondsTo(snap);
      if (seconds >= 0 && seconds + extraSeconds <= maxTrip) {
        result[d] = seconds + extraSeconds;
      }
    }
    return result;
  }

  /**
   * The matrix values of times that are the same at every departure of a (non-empty, depart-at)
   * window: each percentile of n equal values is the value itself (nearest rank), so no column is
   * sorted. {@code TravelTimeMatrix.summarise} gives the same rows.
   */
  static int[][] percentileRows(int[] seconds, MatrixRequest request) {
    int percentiles = request.percentiles().length;
    int[][] values = new int[seconds.length][];
    for (int d = 0; d < seconds.length; d++) {
      values[d] = new int[percentiles];
      Arrays.fill(values[d], seconds[d]);
    }
    return values;
  }

  private double speedMetersPerSecond() {
    return switch (request.mode()) {
      case BIKE -> request.routing().bikeSpeedKmh() / 3.6;
      default -> request.walkSpeedMetersPerSecond();
    };
  }

  static StreetMode streetMode(TravelMode mode) {
    return switch (mode) {
      case WALK, TRANSIT -> StreetMode.WALK;
      case BIKE -> StreetMode.BIKE;
      case CAR -> StreetMode.CAR;
    };
  }
}
