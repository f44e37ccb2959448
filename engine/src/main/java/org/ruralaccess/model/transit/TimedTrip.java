package org.ruralaccess.model.transit;

/**
 * One trip ready to be grouped into a pattern: namespaced ids, every time known (blanks already
 * interpolated, frequencies already expanded), in seconds since midnight of the service day.
 *
 * @param stopIds namespaced stop ids in stop_sequence order
 * @param pickupDropOff per stop: bit 0 set when boarding is not allowed (pickup_type 1), bit 1 set
 *     when alighting is not allowed (drop_off_type 1)
 * @param blockId namespaced block id, or null
 */
public record TimedTrip(
    String tripId,
    String routeId,
    String serviceId,
    String blockId,
    String[] stopIds,
    byte[] pickupDropOff,
    int[] arrivalSeconds,
    int[] departureSeconds) {

  public static final byte NO_BOARDING = 1;
  public static final byte NO_ALIGHTING = 2;

  /** The same trip run {@code shiftSeconds} later, under another id (frequency expansion). */
  public TimedTrip shifted(String newTripId, int shiftSeconds) {
    int[] arrivals = arrivalSeconds.clone();
    int[] departures = departureSeconds.clone();
    for (int i = 0; i < arrivals.length; i++) {
      arrivals[i] += shiftSeconds;
      departures[i] += shiftSeconds;
    }
    return new TimedTrip(
        newTripId, routeId, serviceId, blockId, stopIds, pickupDropOff, arrivals, departures);
  }

  /** True when this trip is nowhere earlier than {@code other} (same stops): no overtaking. */
  public boolean notEarlierThan(TimedTrip other) {
    for (int i = 0; i < arrivalSeconds.length; i++) {
      if (arrivalSeconds[i] < other.arrivalSeconds[i]
          || departureSeconds[i] < other.departureSeconds[i]) {
        return false;
      }
    }
    return true;
  }
}
