package org.ruralaccess.analysis.accessibility;

import java.time.LocalDate;
import java.util.List;
import org.ruralaccess.analysis.TravelMode;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.ingest.region.RoutingSettings;

/**
 * An accessibility run: travel times from every zone's origin to every destination for each mode,
 * over the departure window on {@code date}, summarised at {@code percentile}, then indicators.
 */
public record AccessibilityRequest(
    LocalDate date,
    int fromSeconds,
    int toSeconds,
    int stepSeconds,
    int percentile,
    List<TravelMode> modes,
    RoutingSettings routing,
    IndicatorSettings indicators) {}
