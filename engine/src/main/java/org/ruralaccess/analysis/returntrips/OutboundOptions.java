package org.ruralaccess.analysis.returntrips;

/**
 * The outward journeys from one zone to its chosen place, kept for the exact itinerary: departure
 * {@code i} leaves home at {@code firstDepartureSeconds + 60 i} and arrives at {@code arrivals[i]}
 * ({@code UNREACHED} when no journey), from the leave-after time to the last departure that could
 * still make the return.
 *
 * @param localPlace the place's index among its category's places
 */
record OutboundOptions(int localPlace, int firstDepartureSeconds, int[] arrivals) {}
