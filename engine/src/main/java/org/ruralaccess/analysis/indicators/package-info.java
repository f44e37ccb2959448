/**
 * Accessibility indicators per zone and their equity breakdown, in the manner of the DfT Journey
 * Time Statistics (JTS05 LSOA tables) and Conveyal R5.
 *
 * <p>Terms. A <em>zone</em> (LSOA) journeys start from at its origin point; a <em>category</em> of
 * destinations (GP, primary school, ...) with its <em>users</em>, the zone's residents in the age
 * bands that use it; a <em>cutoff</em> in minutes, "within 15 minutes" meaning a travel time below
 * 15:00 as R5's step function; <em>opportunities</em>, the summed weights of destinations (1 per
 * service, jobs for a workplace); a <em>decay function</em> weighting opportunities by travel time
 * for the <em>gravity</em> score; the <em>study area</em>, the zones the equity table is about
 * (Dorset), as opposed to neighbouring zones kept for their services (BCP).
 *
 * <p>Design. {@link org.ruralaccess.analysis.indicators.AccessibilityIndicators} takes a
 * travel-time matrix per mode and computes, per category and mode, one column store of per-zone
 * measures ({@code CategoryModeAccess}: minimum seconds, counts and opportunities per cutoff,
 * gravity); the zone table and the equity table are both written from those arrays, so they cannot
 * disagree. Orders are fixed (zones as the ZoneSet, categories in DestinationCategory order, modes
 * in JTS order PT, Cyc, Car, Walk), never hash order. Unreachable is null, never a number.
 * Definitions and formulas: {@code docs/indicators.md}.
 */
package org.ruralaccess.analysis.indicators;
