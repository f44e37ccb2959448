package org.ruralaccess.model.community;

/**
 * A stop a scheme calls at. Times are seconds since midnight of the service day (may pass 24:00);
 * {@link #NO_TIME} when the stop has none (a stop of a location group, served within a window).
 * Coordinates are NaN when the stop is given only by a GTFS stop id still to be resolved.
 */
public record FixedStop(
    String stopId, String name, double lat, double lon, int arrivalSeconds, int departureSeconds) {

  public static final int NO_TIME = -1;

  public boolean hasTime() {
    return departureSeconds != NO_TIME;
  }

  public boolean hasCoordinates() {
    return !Double.isNaN(lat) && !Double.isNaN(lon);
  }
}
