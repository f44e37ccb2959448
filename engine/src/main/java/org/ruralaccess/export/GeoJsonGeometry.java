package org.ruralaccess.export;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A JTS geometry as an RFC 7946 geometry object: WGS84 {@code [lon, lat]}, coordinates rounded to 6
 * decimals (about 0.1 m, finer than any LSOA boundary or postcode position), polygon exteriors
 * counter-clockwise and holes clockwise (the right-hand rule of RFC 7946 section 3.1.6; JTS's own
 * {@code normalize()} does the opposite, so rings are oriented here). Empty geometries are {@code
 * null}.
 */
final class GeoJsonGeometry {

  static final int COORDINATE_DECIMALS = 6;

  private GeoJsonGeometry() {}

  static void append(StringBuilder json, Geometry geometry) {
    if (geometry == null || geometry.isEmpty()) {
      json.append("null");
      return;
    }
    json.append("{\"type\":\"").append(geometry.getGeometryType()).append("\",\"coordinates\":");
    switch (geometry) {
      case Point point -> position(json, point.getCoordinate());
      case LineString line -> positions(json, line.getCoordinates());
      case Polygon polygon -> polygon(json, polygon);
      case MultiPoint points -> {
        json.append('[');
        for (int i = 0; i < points.getNumGeometries(); i++) {
          comma(json, i);
          position(json, points.getGeometryN(i).getCoordinate());
        }
        json.append(']');
      }
      case MultiLineString lines -> {
        json.append('[');
        for (int i = 0; i < lines.getNumGeometries(); i++) {
          comma(json, i);
          positions(json, lines.getGeometryN(i).getCoordinates());
        }
        json.append(']');
      }
      case MultiPolygon polygons -> {
        json.append('[');
        for (int i = 0; i < polygons.getNumGeometries(); i++) {
          comma(json, i);
          polygon(json, (Polygon) polygons.getGeometryN(i));
        }
        json.append(']');
      }
      default ->
          throw new IllegalArgumentException(
              "GeoJSON export supports points, lines and polygons, not "
                  + geometry.getGeometryType());
    }
    json.append('}');
  }

  private static void polygon(StringBuilder json, Polygon polygon) {
    json.append('[');
    ring(json, polygon.getExteriorRing(), true);
    for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
      json.append(',');
      ring(json, polygon.getInteriorRingN(i), false);
    }
    json.append(']');
  }

  private static void ring(StringBuilder json, LinearRing ring, boolean counterClockwise) {
    Coordinate[] coordinates = ring.getCoordinates();
    // orientation is decided on the unrounded ring: rounding cannot flip a real LSOA boundary
    if (coordinates.length >= 4 && Orientation.isCCW(coordinates) != counterClockwise) {
      coordinates = ring.reverse().getCoordinates();
    }
    positions(json, coordinates);
  }

  private static void positions(StringBuilder json, Coordinate[] coordinates) {
    json.append('[');
    for (int i = 0; i < coordinates.length; i++) {
      comma(json, i);
      position(json, coordinates[i]);
    }
    json.append(']');
  }

  private static void position(StringBuilder json, Coordinate coordinate) {
    String lon = CellFormat.decimal(coordinate.x, COORDINATE_DECIMALS);
    String lat = CellFormat.decimal(coordinate.y, COORDINATE_DECIMALS);
    if (lon == null || lat == null || Math.abs(coordinate.x) > 180 || Math.abs(coordinate.y) > 90) {
      throw new IllegalArgumentException(
          "not a WGS84 longitude/latitude: " + coordinate.x + ", " + coordinate.y);
    }
    json.append('[').append(lon).append(',').append(lat).append(']');
  }

  private static void comma(StringBuilder json, int index) {
    if (index > 0) {
      json.append(',');
    }
  }
}
