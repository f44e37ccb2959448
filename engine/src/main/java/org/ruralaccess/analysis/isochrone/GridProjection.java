package org.ruralaccess.analysis.isochrone;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * The metric projection isochrone grids live in, and the way back to WGS84: British National Grid
 * (EPSG:27700) when the study area's centre lies in Great Britain, otherwise the WGS84 UTM zone of
 * the centre (EPSG:326zz north of the equator, 327zz south). Both are transverse Mercator
 * projections whose scale error is under 0.1 % inside a county-sized area, so a 100 m cell is 100 m
 * on the ground to within 10 cm. proj4j's BNG uses the seven-parameter Helmert shift (about 5 m,
 * the same as {@code CodePointReader}), far below a cell.
 *
 * <p>Great Britain is three boxes (south of 51.6 N to 6.5 W for Cornwall and Scilly; 51.6-55.3 N to
 * 5.4 W, which leaves out Dublin and Belfast; Scotland north of 55.3 N to 8.7 W): a centre in
 * Ireland or Northern Ireland gets UTM, which is as good for a grid.
 *
 * <p>Thread-safe: proj4j's transforms keep scratch state, so each thread gets its own pair.
 */
public final class GridProjection {

  private final String crsCode;
  private final ThreadLocal<Transforms> transforms;

  private GridProjection(String crsCode) {
    this.crsCode = crsCode;
    CRSFactory factory = new CRSFactory();
    CoordinateReferenceSystem wgs84 = factory.createFromName("EPSG:4326");
    CoordinateReferenceSystem metric = factory.createFromName(crsCode);
    this.transforms =
        ThreadLocal.withInitial(
            () -> {
              CoordinateTransformFactory f = new CoordinateTransformFactory();
              return new Transforms(
                  f.createTransform(wgs84, metric), f.createTransform(metric, wgs84));
            });
  }

  /** The projection for a study area centred at the given point. */
  public static GridProjection forArea(double centreLat, double centreLon) {
    return new GridProjection(crsCodeFor(centreLat, centreLon));
  }

  /** A named metric CRS (tests, or a region that wants its own). */
  public static GridProjection of(String crsCode) {
    return new GridProjection(crsCode);
  }

  static String crsCodeFor(double lat, double lon) {
    if (inGreatBritain(lat, lon)) {
      return "EPSG:27700";
    }
    int zone = Math.min(60, Math.max(1, (int) Math.floor((lon + 180) / 6) + 1));
    return "EPSG:" + ((lat >= 0 ? 32600 : 32700) + zone);
  }

  static boolean inGreatBritain(double lat, double lon) {
    boolean south = lat >= 49.8 && lat < 51.6 && lon >= -6.5 && lon <= 1.9;
    boolean middle = lat >= 51.6 && lat < 55.3 && lon >= -5.4 && lon <= 1.9;
    boolean scotland = lat >= 55.3 && lat <= 61 && lon >= -8.7 && lon <= 0;
    return south || middle || scotland;
  }

  /** E.g. {@code EPSG:27700}. */
  public String crsCode() {
    return crsCode;
  }

  /** Writes easting (x) and northing (y) in meters to {@code xy}. */
  public void toMetric(double lat, double lon, double[] xy) {
    Transforms t = transforms.get();
    t.in.x = lon;
    t.in.y = lat;
    t.toMetric.transform(t.in, t.out);
    xy[0] = t.out.x;
    xy[1] = t.out.y;
  }

  /** Writes latitude and longitude in degrees to {@code latLon}. */
  public void toWgs84(double x, double y, double[] latLon) {
    Transforms t = transforms.get();
    t.in.x = x;
    t.in.y = y;
    t.toWgs84.transform(t.in, t.out);
    latLon[0] = t.out.y;
    latLon[1] = t.out.x;
  }

  /** A copy of a metric geometry in WGS84 (x = longitude, y = latitude). */
  public Geometry toWgs84(Geometry metric) {
    Geometry copy = metric.copy();
    double[] latLon = new double[2];
    copy.apply(
        new EveryCoordinate(
            (x, y, out) -> {
              toWgs84(x, y, latLon);
              out[0] = latLon[1];
              out[1] = latLon[0];
            }));
    copy.geometryChanged();
    return copy;
  }

  /** A copy of a WGS84 geometry (x = longitude, y = latitude) in this projection. */
  public Geometry toMetric(Geometry wgs84) {
    Geometry copy = wgs84.copy();
    double[] xy = new double[2];
    copy.apply(
        new EveryCoordinate(
            (lon, lat, out) -> {
              toMetric(lat, lon, xy);
              out[0] = xy[0];
              out[1] = xy[1];
            }));
    copy.geometryChanged();
    return copy;
  }

  @Override
  public String toString() {
    return crsCode;
  }

  private record Transforms(
      CoordinateTransform toMetric,
      CoordinateTransform toWgs84,
      ProjCoordinate in,
      ProjCoordinate out) {
    Transforms(CoordinateTransform toMetric, CoordinateTransform toWgs84) {
      this(toMetric, toWgs84, new ProjCoordinate(), new ProjCoordinate());
    }
  }

  private interface PointMap {
    void map(double x, double y, double[] out);
  }

  /** Applies a point mapping to every coordinate in place. */
  private static final class EveryCoordinate implements CoordinateSequenceFilter {
    private final PointMap map;
    private final double[] out = new double[2];

    EveryCoordinate(PointMap map) {
      this.map = map;
    }

    @Override
    public void filter(CoordinateSequence seq, int i) {
      map.map(seq.getX(i), seq.getY(i), out);
      seq.setOrdinate(i, 0, out[0]);
      seq.setOrdinate(i, 1, out[1]);
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return true;
    }
  }
}
