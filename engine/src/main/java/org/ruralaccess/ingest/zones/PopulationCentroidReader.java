package org.ruralaccess.ingest.zones;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.Coordinate;

/**
 * Reads ONS population-weighted centroids (e.g. {@code LSOA_PopCentroids_EW_2021}, exported from
 * the Open Geography Portal as CSV): a code column ({@code LSOA21CD}, {@code lsoa21_code}, {@code
 * code}) and either British National Grid metres ({@code x,y}, {@code X,Y} or {@code
 * easting,northing}, EPSG:27700, as ONS serves them) or WGS84 degrees ({@code lat,lon}, {@code
 * latitude,longitude}). Grid references are turned into WGS84 with proj4j, as the Code-Point Open
 * postcodes are (within about 5 m). A value that is not a number, a grid reference outside Great
 * Britain (a file in degrees read as metres, or x and y swapped) and a code given twice stop the
 * read naming file, line and field.
 */
final class PopulationCentroidReader {

  /** British National Grid covers Great Britain within these eastings and northings (metres). */
  private static final double MAX_EASTING = 700_000;

  private static final double MAX_NORTHING = 1_300_000;

  private PopulationCentroidReader() {}

  /** Zone code to its centroid, WGS84. */
  static Map<String, Coordinate> read(Path file) {
    ZoneCsv csv = ZoneCsv.read(file, "population-weighted centroid");
    int code = csv.column("zone code", "LSOA21CD", "lsoa21_code", "code");
    int lat = csv.findColumn("lat", "latitude");
    int lon = csv.findColumn("lon", "longitude", "long");
    boolean degrees = lat >= 0 && lon >= 0;
    int x = degrees ? lat : csv.column("x (easting) or lat", "x", "easting");
    int y = degrees ? lon : csv.column("y (northing) or lon", "y", "northing");
    CoordinateTransform toWgs84 =
        degrees
            ? null
            : new CoordinateTransformFactory()
                .createTransform(
                    new CRSFactory().createFromName("EPSG:27700"),
                    new CRSFactory().createFromName("EPSG:4326"));
    Map<String, Coordinate> byCode = new HashMap<>();
    ProjCoordinate grid = new ProjCoordinate();
    ProjCoordinate wgs84 = new ProjCoordinate();
    for (int row = 0; row < csv.size(); row++) {
      double first = number(csv, row, x);
      double second = number(csv, row, y);
      Coordinate point;
      if (degrees) {
        point = new Coordinate(first, second);
        if (!point.isValid()) {
          throw bad(
              csv, row, x, "(" + first + ", " + second + ") is not WGS84 latitude, longitude");
        }
      } else {
        if (first < 0 || first > MAX_EASTING || second < 0 || second > MAX_NORTHING) {
          throw bad(
              csv,
              row,
              first < 0 || first > MAX_EASTING ? x : y,
              "("
                  + csv.cell(row, x)
                  + ", "
                  + csv.cell(row, y)
                  + ") is not a British National Grid easting, northing in metres (0-700000,"
                  + " 0-1300000); for WGS84 degrees name the columns lat and lon");
        }
        grid.x = first;
        grid.y = second;
        toWgs84.transform(grid, wgs84);
        point = new Coordinate(wgs84.y, wgs84.x);
      }
      if (byCode.put(csv.cell(row, code), point) != null) {
        throw bad(
            csv, row, code, "zone '" + csv.cell(row, code) + "' appears twice; one row per zone");
      }
    }
    return byCode;
  }

  private static double number(ZoneCsv csv, int row, int column) {
    String text = csv.cell(row, column);
    try {
      double value = Double.parseDouble(text);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    throw bad(csv, row, column, "'" + text + "' is not a number");
  }

  private static BadInputException bad(ZoneCsv csv, int row, int column, String what) {
    return BadInputException.at(csv.file().toString(), csv.line(row), csv.columnName(column), what);
  }
}
