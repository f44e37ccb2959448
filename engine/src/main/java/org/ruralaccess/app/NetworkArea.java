package org.ruralaccess.app;

import org.ruralaccess.model.BadInputException;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.street.StreetNetwork;

/**
 * The box (WGS84 degrees) around a network's streets: a point outside it cannot be reached on foot
 * from any street of the network, so a request for one is refused before anything is routed.
 */
public record NetworkArea(double minLat, double minLon, double maxLat, double maxLon) {

  /** The box around every street node of {@code network}; an empty street network has none. */
  public static NetworkArea of(Network network) {
    StreetNetwork streets = network.streets();
    if (streets.nodeCount() == 0) {
      throw new BadInputException("the network has no streets: it has no area to answer for");
    }
    double minLat = Double.POSITIVE_INFINITY;
    double minLon = Double.POSITIVE_INFINITY;
    double maxLat = Double.NEGATIVE_INFINITY;
    double maxLon = Double.NEGATIVE_INFINITY;
    for (int node = 0; node < streets.nodeCount(); node++) {
      minLat = Math.min(minLat, streets.nodeLat(node));
      maxLat = Math.max(maxLat, streets.nodeLat(node));
      minLon = Math.min(minLon, streets.nodeLon(node));
      maxLon = Math.max(maxLon, streets.nodeLon(node));
    }
    return new NetworkArea(minLat, minLon, maxLat, maxLon);
  }

  public boolean contains(double lat, double lon) {
    return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
  }

  /**
   * Stops a point outside the area, naming the field ({@code origins[3]}) and the area.
   *
   * @throws BadInputException when the point is outside, or not a number
   */
  public void check(String field, double lat, double lon) {
    if (!Double.isFinite(lat) || !Double.isFinite(lon)) {
      throw new BadInputException(field + ": lat and lon must be numbers");
    }
    if (!contains(lat, lon)) {
      throw new BadInputException(
          String.format(
              "%s: (%.6f, %.6f) is outside the network's area (lat %.4f to %.4f, lon %.4f to %.4f)",
              field, lat, lon, minLat, maxLat, minLon, maxLon));
    }
  }
}
