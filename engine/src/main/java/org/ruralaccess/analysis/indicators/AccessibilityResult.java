package org.ruralaccess.analysis.indicators;

import org.ruralaccess.analysis.table.ResultTable;

/**
 * The indicators of one run.
 *
 * @param zoneIndicators {@code zone_indicators}: one row per zone (study area and neighbours), with
 *     the zone boundary as geometry, or a point at the origin when the zone has no boundary
 * @param equity {@code equity}: one row per group (all, IMD decile, urban/rural) x category x mode,
 *     study-area zones only, no geometry
 */
public record AccessibilityResult(ResultTable zoneIndicators, ResultTable equity) {}
