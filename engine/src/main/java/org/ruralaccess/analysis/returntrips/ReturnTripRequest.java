package org.ruralaccess.analysis.returntrips;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.settings.RoutingSettings;

/**
 * Return trips asked for: the date, the day out per category (only the categories to analyse, by
 * key), routing, the community transport of the run (booking for both legs) and the indicator
 * settings (who uses each category).
 */
public record ReturnTripRequest(
    LocalDate date,
    Map<String, ReturnTripRule> rules,
    RoutingSettings routing,
    CommunityTransportRequest communityTransport,
    IndicatorSettings indicators) {

  public ReturnTripRequest {
    rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
  }

  public ReturnTripRequest withDate(LocalDate newDate) {
    return new ReturnTripRequest(newDate, rules, routing, communityTransport, indicators);
  }
}
