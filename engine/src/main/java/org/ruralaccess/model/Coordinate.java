package org.ruralaccess.model;

/** A WGS84 position in decimal degrees. */
public record Coordinate(double lat, double lon) {

  private static final double EARTH_RADIUS_METERS = 6_371_008.8;

  public boolean isValid() {
    return Double.isFinite(lat)
        && Double.isFinite(lon)
        && Math.abs(lat) <= 90
        && Math.abs(lon) <= 180;
  }

  /** Great-circle (haversine) distance in meters. */
  public double distanceMeters(Coordinate other) {
    return distanceMeters(lat, lon, other.lat, other.lon);
  }

  public static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
