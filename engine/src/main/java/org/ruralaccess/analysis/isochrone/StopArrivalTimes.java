package org.ruralaccess.analysis.isochrone;

/**
 * Arrival time at each transit stop for one departure minute: what a range-RAPTOR hands its
 * listener, seen without the router's types so tests can feed hand-made arrivals.
 */
@FunctionalInterface
public interface StopArrivalTimes {

  /** Seconds since midnight, or {@link TravelTimeGrid#UNREACHED}. */
  int arrivalSeconds(int stop);
}
