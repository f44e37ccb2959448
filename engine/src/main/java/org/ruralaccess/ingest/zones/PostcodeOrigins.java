package org.ruralaccess.ingest.zones;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;

/**
 * Population-weighted origins from postcodes: each postcode centroid is assigned to the zone whose
 * polygon covers it (STRtree over zone envelopes, then a prepared-geometry test), and a zone's
 * origin is the plain mean latitude and longitude of its postcodes. Code-Point Open has no
 * household counts, so every postcode weighs the same, and non-residential postcodes (a business
 * park, a hospital) are included: a proxy for where people live, as LSOA zones are small (an
 * averaging in degrees is within metres of one in metres at this scale).
 *
 * <p>A postcode on the shared edge of two zones goes to the first zone in code order. When the mean
 * falls outside the zone (a crescent-shaped zone), the postcode nearest the mean is the origin
 * (INFO {@code ZONE_ORIGIN_NEAREST_POSTCODE}). A zone with no postcode gets the polygon's interior
 * point, reported as a WARNING {@code ZONE_ORIGIN_INTERIOR_POINT} at that point.
 *
 * <p>Measured: 24,537 postcodes (22,727 inside) against the 463 Dorset and BCP LSOAs in 0.11-0.15 s
 * on a cold JVM (2 shared cores); reading the Code-Point files with proj4j takes about 0.2 s more.
 */
final class PostcodeOrigins {

  /** {@link org.ruralaccess.model.zone.Zone#originMethod()} of a zone placed at its centroid. */
  static final String CENTROID_METHOD = "population-weighted-centroid";

  /** Degrees to metres (north-south; east-west is shorter, so this over-states, never hides). */
  private static final double METERS_PER_DEGREE_LATITUDE = 111_320;

  private static final double CENTROID_TOLERANCE_METERS = 50;

  private final List<BoundaryFeature> zones;
  private final double[] originLats;
  private final double[] originLons;
  private final String[] methods;
  private int assignedPostcodes;

  private PostcodeOrigins(List<BoundaryFeature> zones) {
    this.zones = zones;
    this.originLats = new double[zones.size()];
    this.originLons = new double[zones.size()];
    this.methods = new String[zones.size()];
  }

  /** Origins for {@code zones} (in this order) from {@code postcodes}. */
  static PostcodeOrigins compute(
      List<BoundaryFeature> zones, Map<String, Coordinate> postcodes, ImportIssues issues) {
    return compute(zones, Map.of(), null, postcodes, issues);
  }

  /**
   * Origins for {@code zones} (in this order): a zone's population-weighted centroid when {@code
   * centroids} has it, else from {@code postcodes}.
   *
   * @param centroidFile where the centroids came from (for messages); null when none were given
   */
  static PostcodeOrigins compute(
      List<BoundaryFeature> zones,
      Map<String, Coordinate> centroids,
      Path centroidFile,
      Map<String, Coordinate> postcodes,
      ImportIssues issues) {
    PostcodeOrigins origins = new PostcodeOrigins(zones);
    if (zones.isEmpty()) {
      return origins;
    }
    List<List<Coordinate>> members = origins.assign(postcodes);
    List<String> withoutCentroid = new ArrayList<>();
    for (int z = 0; z < zones.size(); z++) {
      Coordinate centroid = centroids.get(zones.get(z).code());
      if (centroid != null) {
        origins.placeAtCentroid(z, centroid, centroidFile, issues);
      } else {
        if (centroidFile != null) {
          withoutCentroid.add(zones.get(z).code());
        }
        origins.place(z, members.get(z), issues);
      }
    }
    if (!withoutCentroid.isEmpty()) {
      issues.add(
          ImportIssue.of(
              Severity.WARNING,
              "ZONE_WITHOUT_CENTROID",
              centroidFile.getFileName().toString(),
              0,
              withoutCentroid.getFirst(),
              withoutCentroid.size()
                  + " zones have no population-weighted centroid; their origins come from"
                  + " postcodes (or the interior point), e.g. "
                  + String.join(
                      ", ", withoutCentroid.subList(0, Math.min(5, withoutCentroid.size())))));
    }
    return origins;
  }

  /**
   * ONS centroids lie inside their zones; one outside (beyond the few metres that generalised
   * boundaries move) suggests another edition of the zones or swapped coordinates: kept, reported.
   */
  private void placeAtCentroid(int z, Coordinate centroid, Path centroidFile, ImportIssues issues) {
    BoundaryFeature zone = zones.get(z);
    set(z, centroid.lat(), centroid.lon(), CENTROID_METHOD);
    Point point =
        zone.geometry()
            .getFactory()
            .createPoint(new org.locationtech.jts.geom.Coordinate(centroid.lon(), centroid.lat()));
    double outsideMeters = zone.geometry().distance(point) * METERS_PER_DEGREE_LATITUDE;
    if (outsideMeters > CENTROID_TOLERANCE_METERS) {
      issues.add(
          ImportIssue.of(
                  Severity.WARNING,
                  "ZONE_CENTROID_OUTSIDE_ZONE",
                  centroidFile.getFileName().toString(),
                  0,
                  zone.code(),
                  String.format(
                      java.util.Locale.ROOT,
                      "the population-weighted centroid of zone %s lies about %.0f m outside it"
                          + " (kept as its origin); are the zones and centroids the same"
                          + " edition?",
                      zone.code(),
                      outsideMeters))
              .at(centroid.lat(), centroid.lon()));
    }
  }

  private List<List<Coordinate>> assign(Map<String, Coordinate> postcodes) {
    STRtree tree = new STRtree();
    List<PreparedGeometry> prepared = new ArrayList<>(zones.size());
    List<List<Coordinate>> members = new ArrayList<>(zones.size());
    for (int z = 0; z < zones.size(); z++) {
      Geometry boundary = zones.get(z).geometry();
      prepared.add(PreparedGeometryFactory.prepare(boundary));
      members.add(new ArrayList<>());
      tree.insert(boundary.getEnvelopeInternal(), z);
    }
    tree.build();
    GeometryFactory factory = zones.getFirst().geometry().getFactory();
    for (Coordinate postcode : postcodes.values()) {
      Point point =
          factory.createPoint(
              new org.locationtech.jts.geom.Coordinate(postcode.lon(), postcode.lat()));
      int chosen = Integer.MAX_VALUE;
      for (Object candidate : tree.query(point.getEnvelopeInternal())) {
        int z = (Integer) candidate;
        if (z < chosen && prepared.get(z).covers(point)) {
          chosen = z;
        }
      }
      if (chosen != Integer.MAX_VALUE) {
        members.get(chosen).add(postcode);
        assignedPostcodes++;
      }
    }
    return members;
  }

  private void place(int z, List<Coordinate> postcodes, ImportIssues issues) {
    BoundaryFeature zone = zones.get(z);
    if (postcodes.isEmpty()) {
      Point interior = zone.geometry().getInteriorPoint();
      set(z, interior.getY(), interior.getX(), "interior-point");
      issues.add(
          ImportIssue.of(
                  Severity.WARNING,
                  "ZONE_ORIGIN_INTERIOR_POINT",
                  zone.file().getFileName().toString(),
                  0,
                  zone.code(),
                  "zone "
                      + zone.code()
                      + " ("
                      + zone.name()
                      + ") contains no postcode; its origin"
                      + " is the polygon's interior point, not population-weighted")
              .at(interior.getY(), interior.getX()));
      return;
    }
    double sumLat = 0;
    double sumLon = 0;
    for (Coordinate postcode : postcodes) {
      sumLat += postcode.lat();
      sumLon += postcode.lon();
    }
    double meanLat = sumLat / postcodes.size();
    double meanLon = sumLon / postcodes.size();
    String method = "postcodes:" + postcodes.size();
    Point mean =
        zone.geometry()
            .getFactory()
            .createPoint(new org.locationtech.jts.geom.Coordinate(meanLon, meanLat));
    if (zone.geometry().covers(mean)) {
      set(z, meanLat, meanLon, method);
      return;
    }
    Coordinate nearest = postcodes.getFirst();
    for (Coordinate postcode : postcodes) {
      if (Coordinate.distanceMeters(meanLat, meanLon, postcode.lat(), postcode.lon())
          < Coordinate.distanceMeters(meanLat, meanLon, nearest.lat(), nearest.lon())) {
        nearest = postcode;
      }
    }
    set(z, nearest.lat(), nearest.lon(), method);
    issues.add(
        ImportIssue.of(
                Severity.INFO,
                "ZONE_ORIGIN_NEAREST_POSTCODE",
                zone.file().getFileName().toString(),
                0,
                zone.code(),
                "the mean of zone "
                    + zone.code()
                    + "'s "
                    + postcodes.size()
                    + " postcodes lies"
                    + " outside it; its origin is the postcode nearest that mean")
            .at(nearest.lat(), nearest.lon()));
  }

  private void set(int z, double lat, double lon, String method) {
    originLats[z] = lat;
    originLons[z] = lon;
    methods[z] = method;
  }

  /** Postcodes that fell in a zone (the others lie outside every zone and are not used). */
  int assignedPostcodes() {
    return assignedPostcodes;
  }

  double originLat(int zone) {
    return originLats[zone];
  }

  double originLon(int zone) {
    return originLons[zone];
  }

  String method(int zone) {
    return methods[zone];
  }
}
