package org.ruralaccess.ingest.zones;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;

/**
 * Reads zone boundaries from a GeoJSON FeatureCollection (RFC 7946: WGS84 longitude, latitude) into
 * JTS polygons. jts-core has no GeoJSON reader, so the coordinates are walked with Jackson.
 *
 * <p>Repairs, each reported as a WARNING: an unclosed ring is closed by repeating its first
 * position ({@code ZONE_RING_NOT_CLOSED}); an invalid polygon (self-intersection, bowtie) is
 * rebuilt by JTS {@link GeometryFixer} ({@code ZONE_GEOMETRY_REPAIRED}). GeometryFixer, not {@code
 * buffer(0)}: on a bowtie {@code buffer(0)} keeps one lobe and silently drops the other, while the
 * fixer keeps both as a MultiPolygon, so no residents' area is lost. Anything else (no geometry, a
 * Point, a ring of fewer than 4 positions, a missing code) stops the read naming file, feature
 * index and code.
 */
final class GeoJsonBoundaryReader {

  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

  private final Path file;
  private final ImportIssues issues;

  private GeoJsonBoundaryReader(Path file, ImportIssues issues) {
    this.file = file;
    this.issues = issues;
  }

  static List<BoundaryFeature> read(
      Path file,
      String codeProperty,
      String nameProperty,
      String studyAreaProperty,
      ImportIssues issues) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": zone boundary file not found");
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new BadInputException(file + ": not valid GeoJSON: " + e.getMessage(), e);
    }
    JsonNode features = root == null ? null : root.get("features");
    if (features == null || !features.isArray()) {
      throw new BadInputException(file + ": expected a GeoJSON FeatureCollection with 'features'");
    }
    GeoJsonBoundaryReader reader = new GeoJsonBoundaryReader(file, issues);
    List<BoundaryFeature> zones = new ArrayList<>();
    for (int index = 0; index < features.size(); index++) {
      JsonNode properties = features.get(index).path("properties");
      String code = text(properties, codeProperty);
      if (code == null) {
        throw reader.bad(index, null, "has no '" + codeProperty + "' property (the zone code)");
      }
      String name = nameProperty == null ? null : text(properties, nameProperty);
      String studyArea = studyAreaProperty == null ? null : text(properties, studyAreaProperty);
      Geometry geometry = reader.geometry(index, code, features.get(index).get("geometry"));
      zones.add(
          new BoundaryFeature(file, index, code, name == null ? code : name, studyArea, geometry));
    }
    return zones;
  }

  private static String text(JsonNode properties, String property) {
    JsonNode value = properties.get(property);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      return null;
    }
    return value.asText().trim();
  }

  private Geometry geometry(int index, String code, JsonNode geometry) {
    if (geometry == null || geometry.isNull()) {
      throw bad(index, code, "has no geometry; expected a Polygon or MultiPolygon");
    }
    String type = geometry.path("type").asText();
    JsonNode coordinates = geometry.get("coordinates");
    if (coordinates == null || !coordinates.isArray()) {
      throw bad(index, code, "geometry has no 'coordinates' array");
    }
    Geometry result;
    if (type.equals("Polygon")) {
      result = polygon(index, code, coordinates);
    } else if (type.equals("MultiPolygon")) {
      Polygon[] parts = new Polygon[coordinates.size()];
      for (int p = 0; p < parts.length; p++) {
        parts[p] = polygon(index, code, coordinates.get(p));
      }
      result = WGS84.createMultiPolygon(parts);
    } else {
      throw bad(index, code, "geometry is a '" + type + "'; expected a Polygon or MultiPolygon");
    }
    if (result.isEmpty()) {
      throw bad(index, code, "geometry is empty");
    }
    return repairIfInvalid(index, code, result);
  }

  private Polygon polygon(int index, String code, JsonNode rings) {
    if (!rings.isArray() || rings.isEmpty()) {
      throw bad(index, code, "polygon has no rings");
    }
    LinearRing shell = ring(index, code, rings.get(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int h = 0; h < holes.length; h++) {
      holes[h] = ring(index, code, rings.get(h + 1));
    }
    return WGS84.createPolygon(shell, holes);
  }

  private LinearRing ring(int index, String code, JsonNode positions) {
    List<Coordinate> ring = new ArrayList<>(positions.size() + 1);
    for (JsonNode position : positions) {
      if (!position.isArray()
          || position.size() < 2
          || !position.get(0).isNumber()
          || !position.get(1).isNumber()) {
        throw bad(index, code, "has a position that is not [longitude, latitude]: " + position);
      }
      double lon = position.get(0).asDouble();
      double lat = position.get(1).asDouble();
      if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
        throw bad(index, code, "has position " + position + " outside WGS84 longitude, latitude");
      }
      ring.add(new Coordinate(lon, lat));
    }
    if (ring.size() >= 3 && !ring.getFirst().equals2D(ring.getLast())) {
      ring.add(new Coordinate(ring.getFirst()));
      issues.add(
          issue(index, code, "ZONE_RING_NOT_CLOSED", "a ring was not closed; closed it")
              .at(ring.getFirst().y, ring.getFirst().x));
    }
    if (ring.size() < 4) {
      throw bad(index, code, "has a ring of " + positions.size() + " positions; need at least 4");
    }
    return WGS84.createLinearRing(ring.toArray(Coordinate[]::new));
  }

  private Geometry repairIfInvalid(int index, String code, Geometry geometry) {
    TopologyValidationError error = new IsValidOp(geometry).getValidationError();
    if (error == null) {
      return geometry;
    }
    Geometry fixed = GeometryFixer.fix(geometry);
    if (fixed.isEmpty() || fixed.getDimension() != 2) {
      throw bad(index, code, "invalid geometry (" + error + ") that cannot be repaired");
    }
    issues.add(
        issue(
                index,
                code,
                "ZONE_GEOMETRY_REPAIRED",
                "invalid geometry ("
                    + error.getMessage()
                    + "); rebuilt with JTS GeometryFixer, area "
                    + String.format(Locale.ROOT, "%.3g", geometry.getArea())
                    + " -> "
                    + String.format(Locale.ROOT, "%.3g", fixed.getArea())
                    + " square degrees")
            .at(error.getCoordinate().y, error.getCoordinate().x));
    return fixed;
  }

  private ImportIssue issue(int index, String code, String issueCode, String message) {
    return ImportIssue.of(
        Severity.WARNING,
        issueCode,
        file.getFileName().toString(),
        0,
        code,
        "feature " + index + " (" + code + "): " + message);
  }

  private BadInputException bad(int index, String code, String problem) {
    return new BadInputException(
        file + ", feature " + index + (code == null ? "" : " (" + code + ")") + ": " + problem);
  }
}
