package org.ruralaccess.analysis.isochrone;

/**
 * The latest time one can be at each transit stop and still reach a destination by one deadline:
 * what a reverse range-RAPTOR hands its listener, seen without the router's types.
 */
@FunctionalInterface
public interface StopDepartureTimes {

  /** Seconds since midnight, or {@link TravelTimeGrid#UNREACHED}. */
  int departureSeconds(int stop);
}
