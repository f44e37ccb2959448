package org.ruralaccess.analysis.matrix;

import java.time.LocalDate;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.settings.RoutingSettings;

/**
 * A travel-time matrix request: from every origin to every destination, for every departure {@code
 * fromSeconds, fromSeconds + step, ...} before {@code toSeconds} on {@code date}.
 *
 * @param percentiles of travel time over the window's departures, 0-100 (nearest rank)
 * @param arriveBySeconds when not negative, answer "latest departure arriving by this time" instead
 *     of percentiles; the window is then the {@code maxTripMinutes} before it
 * @param communityTransport which community transport schemes the rider may use (transit mode only)
 */
public record MatrixRequest(
    LocalDate date,
    int fromSeconds,
    int toSeconds,
    int stepSeconds,
    TravelMode mode,
    int[] percentiles,
    int arriveBySeconds,
    RoutingSettings routing,
    CommunityTransportRequest communityTransport) {

  /**
   * A request with the default community transport use ({@link
   * CommunityTransportRequest#defaults}).
   */
  public MatrixRequest(
      LocalDate date,
      int fromSeconds,
      int toSeconds,
      int stepSeconds,
      TravelMode mode,
      int[] percentiles,
      int arriveBySeconds,
      RoutingSettings routing) {
    this(
        date,
        fromSeconds,
        toSeconds,
        stepSeconds,
        mode,
        percentiles,
        arriveBySeconds,
        routing,
        CommunityTransportRequest.defaults());
  }

  public MatrixRequest withCommunityTransport(CommunityTransportRequest ct) {
    return new MatrixRequest(
        date, fromSeconds, toSeconds, stepSeconds, mode, percentiles, arriveBySeconds, routing, ct);
  }

  public boolean isArriveBy() {
    return arriveBySeconds >= 0;
  }

  public int departureCount() {
    return (toSeconds - fromSeconds + stepSeconds - 1) / stepSeconds;
  }

  public double walkSpeedMetersPerSecond() {
    return routing.walkSpeedMetersPerSecond();
  }

  public int maxTripSeconds() {
    return routing.maxTripSeconds();
  }
}
