package org.ruralaccess.analysis.table;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.ruralaccess.model.zone.Zone;

/** A zone's geometry in a result table: its boundary, or a point at its origin when it has none. */
public final class ZoneGeometry {

  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

  private ZoneGeometry() {}

  public static Geometry of(Zone zone) {
    if (zone.boundary() != null) {
      return zone.boundary();
    }
    return WGS84.createPoint(new Coordinate(zone.originLon(), zone.originLat()));
  }
}
