package org.ruralaccess.analysis.community;

import org.ruralaccess.network.street.StreetSnap;

/**
 * A place where a flex or dial-a-ride vehicle sets down or picks up riders who change to or from
 * scheduled transit: a transit stop in (or within a short walk of) the service area, a stop of a
 * GTFS-Flex location group, or a timed stop of a route-deviation trip. Riders walk between the hub
 * and the transit stops listed with it.
 *
 * @param carSnap the hub on the car network, where vehicle times are measured from and to
 * @param walkSnap the hub on the walk network, where riders walk to it from their origin
 * @param fixedArrivalSeconds the scheduled arrival of a route-deviation trip at this timed stop, or
 *     {@link #NO_TIME}; a rider set down here arrives at this time, not earlier
 * @param fixedDepartureSeconds the scheduled departure of a route-deviation trip, or {@link
 *     #NO_TIME}; a rider picked up here must be there by this time
 * @param stops transit stops a rider walks to from the hub (the hub's own stop first)
 * @param stopWalkSeconds walking time between the hub and {@code stops[i]}
 */
record FlexHub(
    int service,
    StreetSnap carSnap,
    StreetSnap walkSnap,
    int fixedArrivalSeconds,
    int fixedDepartureSeconds,
    int[] stops,
    int[] stopWalkSeconds) {

  static final int NO_TIME = -1;

  boolean isTimed() {
    return fixedDepartureSeconds != NO_TIME || fixedArrivalSeconds != NO_TIME;
  }
}
