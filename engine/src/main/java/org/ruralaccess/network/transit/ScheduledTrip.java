package org.ruralaccess.network.transit;

import java.util.List;
import org.ruralaccess.model.transit.TimedTrip;

/**
 * One trip of a {@link TransitEditor} working copy: namespaced ids and every time known, in seconds
 * since midnight of the service day. Immutable: an edit replaces the trip.
 *
 * @param stopIds namespaced stop ids in order
 * @param pickupDropOff per stop: bit 0 set when boarding is not allowed, bit 1 when alighting is
 *     not allowed (0 for a normal stop)
 * @param blockId namespaced block id, or null
 */
public record ScheduledTrip(
    String tripId,
    String routeId,
    String serviceId,
    String blockId,
    List<String> stopIds,
    List<Byte> pickupDropOff,
    List<Integer> arrivalSeconds,
    List<Integer> departureSeconds) {

  public ScheduledTrip {
    stopIds = List.copyOf(stopIds);
    pickupDropOff = List.copyOf(pickupDropOff);
    arrivalSeconds = List.copyOf(arrivalSeconds);
    departureSeconds = List.copyOf(departureSeconds);
    int n = stopIds.size();
    if (n < 2
        || pickupDropOff.size() != n
        || arrivalSeconds.size() != n
        || departureSeconds.size() != n) {
      throw new IllegalArgumentException(
          "trip " + tripId + ": needs two or more stops and one time pair per stop");
    }
  }

  public int stopCount() {
    return stopIds.size();
  }

  /** Departure at the first stop. */
  public int firstDepartureSeconds() {
    return departureSeconds.get(0);
  }

  public ScheduledTrip withTimes(List<Integer> arrivals, List<Integer> departures) {
    return new ScheduledTrip(
        tripId, routeId, serviceId, blockId, stopIds, pickupDropOff, arrivals, departures);
  }

  public ScheduledTrip withService(String newServiceId) {
    return new ScheduledTrip(
        tripId,
        routeId,
        newServiceId,
        blockId,
        stopIds,
        pickupDropOff,
        arrivalSeconds,
        departureSeconds);
  }

  /** The same trip run {@code shiftSeconds} later under another id (and no block). */
  public ScheduledTrip shifted(String newTripId, int shiftSeconds) {
    return new ScheduledTrip(
        newTripId,
        routeId,
        serviceId,
        null,
        stopIds,
        pickupDropOff,
        arrivalSeconds.stream().map(t -> t + shiftSeconds).toList(),
        departureSeconds.stream().map(t -> t + shiftSeconds).toList());
  }

  /** Key of the trip's pattern: the route and the stop sequence with pickup/drop-off types. */
  public String patternKey() {
    StringBuilder key = new StringBuilder(routeId);
    for (int i = 0; i < stopIds.size(); i++) {
      key.append('\u0000').append(stopIds.get(i)).append('\u0001').append(pickupDropOff.get(i));
    }
    return key.toString();
  }

  TimedTrip toTimed() {
    byte[] flags = new byte[pickupDropOff.size()];
    for (int i = 0; i < flags.length; i++) {
      flags[i] = pickupDropOff.get(i);
    }
    return new TimedTrip(
        tripId,
        routeId,
        serviceId,
        blockId,
        stopIds.toArray(String[]::new),
        flags,
        arrivalSeconds.stream().mapToInt(Integer::intValue).toArray(),
        departureSeconds.stream().mapToInt(Integer::intValue).toArray());
  }
}
