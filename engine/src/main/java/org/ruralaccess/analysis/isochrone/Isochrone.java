package org.ruralaccess.analysis.isochrone;

import org.locationtech.jts.geom.Geometry;

/**
 * The area reached within one cutoff: a Polygon or MultiPolygon (empty when nothing is reached).
 *
 * @param cutoffSeconds the travel time limit
 * @param metric the area in the grid's metric projection, simplified, before rounding: use it for
 *     areas and overlays in meters
 * @param wgs84 the same area in WGS84 (x = longitude, y = latitude, SRID 4326), coordinates rounded
 *     to {@link IsochroneContours#WGS84_DECIMALS} decimals and normalised: what is written
 */
public record Isochrone(int cutoffSeconds, Geometry metric, Geometry wgs84) {

  public int cutoffMinutes() {
    return cutoffSeconds / 60;
  }

  /** Area in square kilometres, measured in the metric projection. */
  public double areaKm2() {
    return metric.getArea() / 1e6;
  }
}
