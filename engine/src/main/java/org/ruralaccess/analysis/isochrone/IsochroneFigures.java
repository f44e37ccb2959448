package org.ruralaccess.analysis.isochrone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * The figures written on each isochrone polygon: its area, the residents inside and the number of
 * destinations of each category inside.
 *
 * <ul>
 *   <li><b>Area</b> in km2, measured in the grid's metric projection (BNG or UTM, within 0.1 %).
 *   <li><b>Residents</b>, from the study area's zones (zones kept only for their services, such as
 *       BCP around Dorset, are not counted): a zone with a boundary adds its population times the
 *       share of its area inside the polygon ("area-weighted": residents are assumed spread evenly
 *       over the zone, fields and woods included, so a rural zone half covered counts half its
 *       people even if they all live in the covered village); a zone given as a point (r5r's
 *       hexagons) adds its whole population when its point is inside ("zone points"). {@link
 *       #residentsFrom} counts any weighted points instead (postcode centroids with their
 *       residents, for a postcode-weighted figure).
 *   <li><b>Destinations</b> per category: the destination points inside the WGS84 polygon as
 *       written, so the counts match what a GIS shows.
 * </ul>
 *
 * <p>Zone boundaries are projected once here; {@link #of} is then one point-in-polygon test per
 * point and one intersection per zone crossing the polygon's edge. Thread-safe after construction.
 */
public final class IsochroneFigures {

  /**
   * @param residentsMethod "area-weighted", "zone points", both joined by " and ", or "none"
   */
  public record Figures(
      double areaKm2,
      double residents,
      String residentsMethod,
      Map<String, Integer> destinationsByCategory) {}

  private final List<Zone> zones = new ArrayList<>();
  private final List<Geometry> metricBoundaries = new ArrayList<>();
  private final List<Double> boundaryAreas = new ArrayList<>();
  private final DestinationSet destinations;
  private final String residentsMethod;

  public IsochroneFigures(GridProjection projection, ZoneSet zoneSet, DestinationSet destinations) {
    this.destinations = destinations;
    boolean anyArea = false;
    boolean anyPoint = false;
    for (Zone zone : zoneSet.zones()) {
      if (!zone.inStudyArea()) {
        continue;
      }
      zones.add(zone);
      Geometry boundary =
          zone.boundary() == null || zone.boundary().isEmpty()
              ? null
              : projection.toMetric(zone.boundary());
      metricBoundaries.add(boundary);
      boundaryAreas.add(boundary == null ? 0 : boundary.getArea());
      anyArea |= boundary != null;
      anyPoint |= boundary == null;
    }
    this.residentsMethod =
        anyArea && anyPoint
            ? "area-weighted and zone points"
            : anyArea ? "area-weighted" : anyPoint ? "zone points" : "none";
  }

  /** How {@link Figures#residents} is made for these zones (see {@link Figures}). */
  public String residentsMethod() {
    return residentsMethod;
  }

  public Figures of(Isochrone isochrone) {
    PreparedGeometry metric = PreparedGeometryFactory.prepare(isochrone.metric());
    IndexedPointInAreaLocator wgs84 = new IndexedPointInAreaLocator(isochrone.wgs84());
    double residents = 0;
    for (int z = 0; z < zones.size(); z++) {
      Zone zone = zones.get(z);
      Geometry boundary = metricBoundaries.get(z);
      if (boundary == null) {
        if (inside(wgs84, zone.originLat(), zone.originLon())) {
          residents += zone.totalPopulation();
        }
      } else if (boundaryAreas.get(z) > 0 && metric.intersects(boundary)) {
        double share =
            metric.covers(boundary)
                ? 1
                : boundary.intersection(isochrone.metric()).getArea() / boundaryAreas.get(z);
        residents += zone.totalPopulation() * share;
      }
    }
    Map<String, Integer> counts = new TreeMap<>();
    for (String category : destinations.categories()) {
      counts.put(category, 0);
    }
    for (Destination destination : destinations.destinations()) {
      if (inside(wgs84, destination.lat(), destination.lon())) {
        counts.merge(destination.category(), 1, Integer::sum);
      }
    }
    return new Figures(isochrone.areaKm2(), residents, residentsMethod, counts);
  }

  /** The weights of the points inside the polygon (postcode residents, say). */
  public static double residentsFrom(
      Isochrone isochrone, double[] lats, double[] lons, double[] weights) {
    IndexedPointInAreaLocator wgs84 = new IndexedPointInAreaLocator(isochrone.wgs84());
    double total = 0;
    for (int i = 0; i < lats.length; i++) {
      if (inside(wgs84, lats[i], lons[i])) {
        total += weights[i];
      }
    }
    return total;
  }

  private static boolean inside(IndexedPointInAreaLocator area, double lat, double lon) {
    return area.locate(new Coordinate(lon, lat)) != Location.EXTERIOR;
  }
}
