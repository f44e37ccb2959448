package org.ruralaccess.analysis.accessibility;

import java.time.LocalDate;
import java.util.List;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.settings.RoutingSettings;

/**
 * An accessibility run: travel times from every zone's origin to every destination for each mode,
 * over the departure window on {@code date}, summarised at {@code percentile}, then indicators.
 *
 * @param communityTransport the community transport schemes transit may use (rider group, booking)
 */
public record AccessibilityRequest(
    LocalDate date,
    int fromSeconds,
    int toSeconds,
    int stepSeconds,
    int percentile,
    List<TravelMode> modes,
    RoutingSettings routing,
    IndicatorSettings indicators,
    CommunityTransportRequest communityTransport) {

  /**
   * A run with the default community transport use ({@link CommunityTransportRequest#defaults}).
   */
  public AccessibilityRequest(
      LocalDate date,
      int fromSeconds,
      int toSeconds,
      int stepSeconds,
      int percentile,
      List<TravelMode> modes,
      RoutingSettings routing,
      IndicatorSettings indicators) {
    this(
        date,
        fromSeconds,
        toSeconds,
        stepSeconds,
        percentile,
        modes,
        routing,
        indicators,
        CommunityTransportRequest.defaults());
  }

  public AccessibilityRequest withIndicators(IndicatorSettings newIndicators) {
    return new AccessibilityRequest(
        date,
        fromSeconds,
        toSeconds,
        stepSeconds,
        percentile,
        modes,
        routing,
        newIndicators,
        communityTransport);
  }

  public AccessibilityRequest withCommunityTransport(CommunityTransportRequest ct) {
    return new AccessibilityRequest(
        date, fromSeconds, toSeconds, stepSeconds, percentile, modes, routing, indicators, ct);
  }
}
