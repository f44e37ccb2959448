package org.ruralaccess.ingest.fetch;

/**
 * A WGS84 longitude/latitude rectangle, edges included: the study area of a region, and the same
 * area grown by a buffer.
 *
 * @param minLon western edge, degrees
 * @param minLat southern edge, degrees
 * @param maxLon eastern edge, degrees
 * @param maxLat northern edge, degrees
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

  /** Metres per degree of latitude (mean, WGS84); good to 0.6% anywhere, which a buffer needs. */
  static final double METERS_PER_DEGREE_LATITUDE = 111_320;

  public BoundingBox {
    if (!(minLon >= -180 && maxLon <= 180 && minLat >= -90 && maxLat <= 90)) {
      throw new IllegalArgumentException(
          "outside WGS84 longitude/latitude range: " + text(minLon, minLat, maxLon, maxLat));
    }
    if (!(minLon < maxLon && minLat < maxLat)) {
      throw new IllegalArgumentException(
          "min must be below max: " + text(minLon, minLat, maxLon, maxLat));
    }
  }

  /**
   * This box grown by {@code bufferMeters} on every side. The east-west growth uses the latitude
   * farthest from the equator, where a degree of longitude is shortest, so the buffer is at least
   * {@code bufferMeters} everywhere along the box (a little more near the other edge: 0.2% over
   * Dorset's 0.57 degrees of latitude). Corners are square, not rounded: a stop up to 41% farther
   * diagonally is kept too, which only keeps a few more trips.
   */
  public BoundingBox buffered(double bufferMeters) {
    if (bufferMeters < 0) {
      throw new IllegalArgumentException("buffer must not be negative: " + bufferMeters);
    }
    double latDegrees = bufferMeters / METERS_PER_DEGREE_LATITUDE;
    double grownMinLat = Math.max(-90, minLat - latDegrees);
    double grownMaxLat = Math.min(90, maxLat + latDegrees);
    double farthestLat = Math.min(89.9, Math.max(Math.abs(grownMinLat), Math.abs(grownMaxLat)));
    double lonDegrees = latDegrees / Math.cos(Math.toRadians(farthestLat));
    return new BoundingBox(
        Math.max(-180, minLon - lonDegrees),
        grownMinLat,
        Math.min(180, maxLon + lonDegrees),
        grownMaxLat);
  }

  public boolean contains(double lat, double lon) {
    return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
  }

  @Override
  public String toString() {
    return text(minLon, minLat, maxLon, maxLat);
  }

  private static String text(double minLon, double minLat, double maxLon, double maxLat) {
    // 5 decimals: about a metre, enough for messages
    return String.format(
        java.util.Locale.ROOT, "[%.5f, %.5f, %.5f, %.5f]", minLon, minLat, maxLon, maxLat);
  }
}
