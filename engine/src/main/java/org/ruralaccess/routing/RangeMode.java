package org.ruralaccess.routing;

/**
 * How {@link RangeRaptorWorker} visits the departures of a window. Both give identical arrivals at
 * every stop for every departure, and identical changed-stop lists; they differ in work only.
 */
public enum RangeMode {
  /**
   * Round 1 rescans every pattern through every access stop whose arrival improved, at every
   * departure: plain range-RAPTOR as in R5's {@code FastRaptorWorker}. Kept as the reference the
   * event mode is tested and benchmarked against.
   */
  EVERY_DEPARTURE,
  /**
   * Round 1 scans a pattern only where a trip becomes boardable that was not boardable at the later
   * departure. At a departure with no such trip anywhere (most minutes, with hourly buses) no
   * pattern is scanned: the stops reached by transit keep their arrivals, the access stops move one
   * step earlier, exactly as the full search would find.
   */
  BOARDING_EVENTS
}
