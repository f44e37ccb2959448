package org.ruralaccess.routing;

/**
 * Work done by one {@link RangeRaptorWorker#route} call, to compare range mode with a fresh search
 * per departure (Delling et al. report range mode's saving as scanned routes, so do we).
 *
 * @param departures departure minutes searched
 * @param patternScans patterns scanned, summed over rounds and departures
 * @param stopVisits stop positions visited inside those scans
 * @param transferRelaxations footpaths relaxed
 */
public record RaptorWork(
    int departures, long patternScans, long stopVisits, long transferRelaxations) {}
