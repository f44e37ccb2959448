package org.ruralaccess.routing;

/**
 * Work done by one {@link RangeRaptorWorker#route} call, to compare range mode with a fresh search
 * per departure (Delling et al. report range mode's saving as scanned routes, so do we) and the
 * {@link RangeMode}s with each other.
 *
 * @param departures departure minutes of the window (every one gets a listener callback)
 * @param departuresWithNewBoardings departures at which round 1 scanned at least one pattern, that
 *     is where some trip could be boarded that could not be boarded at the later departure
 * @param patternScans patterns scanned, summed over rounds and departures
 * @param stopVisits stop positions visited inside those scans
 * @param transferRelaxations footpaths relaxed
 */
public record RaptorWork(
    int departures,
    int departuresWithNewBoardings,
    long patternScans,
    long stopVisits,
    long transferRelaxations) {}
