package org.ruralaccess.ingest.community;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.ruralaccess.model.BadInputException;

/**
 * Reads GeoJSON polygons into JTS with Jackson. Only Polygon and MultiPolygon are areas; anything
 * else is a user error naming the file and feature. Used for GTFS-Flex locations.geojson, for zones
 * files named by scheme files, and for inline areas in scheme files.
 */
final class GeoJsonAreas {

  private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
  private static final ObjectMapper JSON = new ObjectMapper();

  private GeoJsonAreas() {}

  /**
   * The features of a FeatureCollection by id, in file order. The id is the feature's {@code id}
   * member, or the property {@code idProperty} when that is not null.
   */
  static Map<String, Geometry> readFeatures(InputStream in, String file, String idProperty) {
    return readFeatures(in, file, idProperty, false);
  }

  /**
   * @param refuseInvalid true to refuse a polygon that is not valid ({@link #polygonal}): for areas
   *     drawn for the purpose (GTFS-Flex zones); false for published boundaries reused as areas
   *     (LSOAs), which often have tiny self-intersections that mean nothing
   */
  static Map<String, Geometry> readFeatures(
      InputStream in, String file, String idProperty, boolean refuseInvalid) {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      // the parser's own words without its "[Source: ...]" tail; the line is given as such
      JsonLocation at = e.getLocation();
      throw BadInputException.at(
          file,
          at == null ? 0 : at.getLineNr(),
          null,
          "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw BadInputException.at(file, 0, null, "cannot be read: " + e.getMessage());
    }
    JsonNode features = root == null ? null : root.get("features");
    if (features == null || !features.isArray()) {
      throw BadInputException.at(
          file, 0, "features", "expected a GeoJSON FeatureCollection with a 'features' array");
    }
    Map<String, Geometry> byId = new LinkedHashMap<>();
    for (int i = 0; i < features.size(); i++) {
      JsonNode feature = features.get(i);
      JsonNode idNode =
          idProperty == null ? feature.get("id") : feature.path("properties").get(idProperty);
      String field = idProperty == null ? "id" : "properties." + idProperty;
      if (idNode == null || idNode.isNull() || idNode.asText().isBlank()) {
        throw BadInputException.at(file, 0, field, "feature " + i + " has no id");
      }
      String id = idNode.asText();
      String where = "feature " + i + " ('" + id + "')";
      Geometry geometry =
          refuseInvalid
              ? polygonal(feature.get("geometry"), file, where)
              : readPolygonal(feature.get("geometry"), file, where);
      if (byId.put(id, geometry) != null) {
        throw BadInputException.at(file, 0, field, where + ": id used twice");
      }
    }
    return byId;
  }

  /**
   * A GeoJSON Polygon or MultiPolygon geometry object as JTS, refused when invalid (a ring crossing
   * itself, a hole outside its shell): a point-in-area test on such a polygon gives answers that
   * depend on the algorithm, so a service area drawn that way would silently serve the wrong
   * villages. The message says where the fault lies and how to repair it.
   */
  static Geometry polygonal(JsonNode geometry, String file, String where) {
    Geometry read = readPolygonal(geometry, file, where);
    TopologyValidationError error = new IsValidOp(read).getValidationError();
    if (error != null) {
      throw BadInputException.at(
          file,
          0,
          "geometry.coordinates",
          String.format(
              Locale.ROOT,
              "%s: %s at lon %.6f, lat %.6f; repair the polygon (QGIS: Vector > Geometry Tools >"
                  + " Fix Geometries) and save it again",
              where,
              error.getMessage().toLowerCase(Locale.ROOT),
              error.getCoordinate().x,
              error.getCoordinate().y));
    }
    return read;
  }

  private static Geometry readPolygonal(JsonNode geometry, String file, String where) {
    String type = geometry == null ? null : geometry.path("type").asText(null);
    JsonNode coordinates = geometry == null ? null : geometry.get("coordinates");
    if (coordinates == null || !coordinates.isArray()) {
      throw BadInputException.at(
          file, 0, "geometry", where + ": expected a Polygon or MultiPolygon with coordinates");
    }
    return switch (type) {
      case "Polygon" -> polygon(coordinates, file, where);
      case "MultiPolygon" -> {
        Polygon[] parts = new Polygon[coordinates.size()];
        for (int i = 0; i < parts.length; i++) {
          parts[i] = polygon(coordinates.get(i), file, where);
        }
        yield FACTORY.createMultiPolygon(parts);
      }
      default ->
          throw BadInputException.at(
              file,
              0,
              "geometry.type",
              where + ": is a " + type + "; a service area must be a Polygon or MultiPolygon");
    };
  }

  private static Polygon polygon(JsonNode rings, String file, String where) {
    if (rings.isEmpty()) {
      throw BadInputException.at(file, 0, "geometry.coordinates", where + ": polygon has no ring");
    }
    LinearRing shell = ring(rings.get(0), file, where);
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i), file, where);
    }
    return FACTORY.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode points, String file, String where) {
    Coordinate[] coordinates = new Coordinate[points.size()];
    for (int i = 0; i < coordinates.length; i++) {
      JsonNode point = points.get(i);
      if (point.size() < 2 || !point.get(0).isNumber() || !point.get(1).isNumber()) {
        throw BadInputException.at(
            file, 0, "geometry.coordinates", where + ": point " + i + " is not [lon, lat]");
      }
      coordinates[i] = new Coordinate(point.get(0).asDouble(), point.get(1).asDouble());
    }
    if (coordinates.length < 4 || !coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
      throw BadInputException.at(
          file,
          0,
          "geometry.coordinates",
          where + ": a ring needs at least 4 points with the last equal to the first");
    }
    return FACTORY.createLinearRing(coordinates);
  }
}
