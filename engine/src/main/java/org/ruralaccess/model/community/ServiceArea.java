package org.ruralaccess.model.community;

import org.locationtech.jts.geom.Geometry;

/**
 * An area a scheme serves: a GTFS-Flex location, an LSOA, or an inline polygon.
 *
 * @param id the source's id (GeoJSON feature id, LSOA code, or {@code <scheme>#area})
 * @param geometry a Polygon or MultiPolygon in WGS84 (x = longitude, y = latitude)
 */
public record ServiceArea(String id, Geometry geometry) {

  public ServiceArea {
    // JTS geometries are mutable; a private copy keeps the record immutable in practice
    geometry = geometry.copy();
  }

  /** A copy of the geometry, so callers cannot change this area. */
  @Override
  public Geometry geometry() {
    return geometry.copy();
  }
}
