package org.ruralaccess.export;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.ruralaccess.model.BadInputException;

/**
 * The coordinate reference systems a GeoPackage can be written in: WGS84 (EPSG:4326, the results'
 * own coordinates) and British National Grid (EPSG:27700, what UK councils' GIS layers use). The
 * definitions are the OGC WKT 1 GDAL writes for them, so QGIS and GDAL recognise the EPSG codes.
 *
 * <p>Into British National Grid with proj4j: the OSGB36 Helmert transformation then the transverse
 * Mercator projection, within about 5 m of OSTN15 (the Ordnance Survey's exact grid shift): far
 * below the size of an LSOA, and what the engine's Code-Point reader uses the other way.
 */
public enum GeoPackageCrs {
  WGS84(
      4326,
      "WGS 84 geodetic",
      "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
          + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],"
          + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
          + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
          + "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]",
      "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"),
  BRITISH_NATIONAL_GRID(
      27700,
      "OSGB36 / British National Grid",
      "PROJCS[\"OSGB36 / British National Grid\",GEOGCS[\"OSGB36\",DATUM[\"Ordnance_Survey_of_Great_Britain_1936\","
          + "SPHEROID[\"Airy 1830\",6377563.396,299.3249646,AUTHORITY[\"EPSG\",\"7001\"]],"
          + "AUTHORITY[\"EPSG\",\"6277\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
          + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
          + "AUTHORITY[\"EPSG\",\"4277\"]],PROJECTION[\"Transverse_Mercator\"],"
          + "PARAMETER[\"latitude_of_origin\",49],PARAMETER[\"central_meridian\",-2],"
          + "PARAMETER[\"scale_factor\",0.9996012717],PARAMETER[\"false_easting\",400000],"
          + "PARAMETER[\"false_northing\",-100000],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],"
          + "AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"27700\"]]",
      "British National Grid eastings and northings in metres (OSGB36)");

  private final int srsId;
  private final String srsName;
  private final String definition;
  private final String description;

  GeoPackageCrs(int srsId, String srsName, String definition, String description) {
    this.srsId = srsId;
    this.srsName = srsName;
    this.definition = definition;
    this.description = description;
  }

  /** The EPSG code, also the GeoPackage srs_id. */
  public int srsId() {
    return srsId;
  }

  String srsName() {
    return srsName;
  }

  String definition() {
    return definition;
  }

  String description() {
    return description;
  }

  /** The CRS of an EPSG code a user gives ({@code --crs 27700}). */
  public static GeoPackageCrs ofEpsg(int code) {
    for (GeoPackageCrs crs : values()) {
      if (crs.srsId == code) {
        return crs;
      }
    }
    throw new BadInputException(
        "--crs: EPSG:"
            + code
            + " is not supported; give 4326 (WGS84) or 27700 (British National Grid)");
  }

  /**
   * Copies of {@code wgs84} geometries in this CRS (the same list for WGS84); null entries stay
   * null. One proj4j transform for the whole list (proj4j transforms are not thread-safe).
   */
  List<Geometry> fromWgs84(List<Geometry> wgs84) {
    if (this == WGS84) {
      return wgs84;
    }
    CRSFactory factory = new CRSFactory();
    Projection projection =
        new Projection(
            new CoordinateTransformFactory()
                .createTransform(
                    factory.createFromName("EPSG:4326"), factory.createFromName("EPSG:" + srsId)));
    List<Geometry> projected = new ArrayList<>(wgs84.size());
    for (Geometry geometry : wgs84) {
      if (geometry == null) {
        projected.add(null);
        continue;
      }
      Geometry copy = geometry.copy();
      copy.apply(projection);
      copy.geometryChanged();
      projected.add(copy);
    }
    return projected;
  }

  /** Projects every coordinate in place. */
  private record Projection(CoordinateTransform transform) implements CoordinateSequenceFilter {

    @Override
    public void filter(CoordinateSequence sequence, int i) {
      ProjCoordinate in = new ProjCoordinate(sequence.getX(i), sequence.getY(i));
      ProjCoordinate out = new ProjCoordinate();
      transform.transform(in, out);
      sequence.setOrdinate(i, CoordinateSequence.X, out.x);
      sequence.setOrdinate(i, CoordinateSequence.Y, out.y);
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
