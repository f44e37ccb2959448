package org.ruralaccess.app;

import java.time.LocalDate;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.settings.RoutingOverrides;

/**
 * A travel-time matrix as a user asks for it: from every origin to every destination, at the given
 * percentiles over a departure window, or the latest departure that arrives by a deadline.
 *
 * @param time the departure window, or the deadline
 */
public record MatrixJob(
    PointInput origins,
    PointInput destinations,
    Time time,
    TravelMode mode,
    int[] percentiles,
    RoutingOverrides routing,
    CommunityTransportRequest communityTransport) {

  /** When journeys are made. */
  public sealed interface Time {
    LocalDate date();
  }

  /** Every departure of the window. */
  public record Departing(DepartureWindow window) implements Time {
    @Override
    public LocalDate date() {
      return window.date();
    }
  }

  /**
   * Arriving by {@code deadlineSeconds}: departures every {@code stepSeconds} over the max trip
   * duration before it.
   */
  public record ArrivingBy(
      LocalDate date, int deadlineSeconds, String deadlineText, int stepSeconds) implements Time {
    public ArrivingBy {
      if (stepSeconds < 60) {
        throw new BadInputException("--step-minutes must be at least 1, was " + stepSeconds / 60);
      }
    }
  }

  public MatrixJob {
    percentiles = RequestValues.percentiles("--percentiles", percentiles);
    routing = routing == null ? RoutingOverrides.NONE : routing;
    communityTransport =
        communityTransport == null ? CommunityTransportRequest.defaults() : communityTransport;
  }
}
