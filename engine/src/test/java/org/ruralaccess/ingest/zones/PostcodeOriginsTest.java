package org.ruralaccess.ingest.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.issue.ImportIssues;

/** Origins from postcodes at known WGS84 positions, answers worked by hand. */
class PostcodeOriginsTest {

  @TempDir Path dir;

  @Test
  void meanOfPostcodesInsideEachZone() throws Exception {
    // A: lon 0..1, lat 0..1; B: lon 1..2, lat 0..1 (they share the edge lon = 1).
    List<BoundaryFeature> zones =
        read(
            """
            {"type": "FeatureCollection", "features": [
             {"type": "Feature", "properties": {"code": "A"}, "geometry": {"type": "Polygon",
              "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}},
             {"type": "Feature", "properties": {"code": "B"}, "geometry": {"type": "Polygon",
              "coordinates": [[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]]}}]}
            """);
    Map<String, Coordinate> postcodes = new LinkedHashMap<>();
    postcodes.put("A1", new Coordinate(0.1, 0.1));
    postcodes.put("A2", new Coordinate(0.3, 0.5));
    postcodes.put("A3", new Coordinate(0.2, 0.3));
    postcodes.put("EDGE", new Coordinate(0.6, 1.0)); // on the shared edge: first zone, A
    postcodes.put("B1", new Coordinate(0.9, 1.5));
    postcodes.put("OUT", new Coordinate(5.0, 5.0)); // in no zone: ignored
    ImportIssues issues = new ImportIssues();
    PostcodeOrigins origins = PostcodeOrigins.compute(zones, postcodes, issues);
    // A: lat (0.1 + 0.3 + 0.2 + 0.6) / 4 = 0.3, lon (0.1 + 0.5 + 0.3 + 1.0) / 4 = 0.475
    assertEquals("postcodes:4", origins.method(0));
    assertEquals(0.3, origins.originLat(0), 1e-12);
    assertEquals(0.475, origins.originLon(0), 1e-12);
    assertEquals("postcodes:1", origins.method(1));
    assertEquals(0.9, origins.originLat(1), 1e-12);
    assertEquals(1.5, origins.originLon(1), 1e-12);
    assertEquals(0, issues.size());
  }

  @Test
  void meanOutsideACrescentTakesTheNearestPostcode() throws Exception {
    // A U shape: lon 0..3, lat 0..3 without the notch lon 1..2, lat 1..3.
    List<BoundaryFeature> zones =
        read(
            """
            {"type": "FeatureCollection", "features": [
             {"type": "Feature", "properties": {"code": "U"}, "geometry": {"type": "Polygon",
              "coordinates": [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3],
               [0, 0]]]}}]}
            """);
    Map<String, Coordinate> postcodes = new LinkedHashMap<>();
    postcodes.put("LEFT", new Coordinate(2.5, 0.5));
    postcodes.put("RIGHT", new Coordinate(2.0, 2.5));
    postcodes.put("BOTTOM", new Coordinate(0.5, 1.5));
    ImportIssues issues = new ImportIssues();
    PostcodeOrigins origins = PostcodeOrigins.compute(zones, postcodes, issues);
    // mean: lat (2.5 + 2.0 + 0.5) / 3 = 1.667, lon (0.5 + 2.5 + 1.5) / 3 = 1.5: in the notch.
    // Degrees from the mean: LEFT sqrt(0.833^2 + 1^2) = 1.30, RIGHT sqrt(0.333^2 + 1^2) = 1.05,
    // BOTTOM 1.167: RIGHT is nearest.
    assertEquals("postcodes:3", origins.method(0));
    assertEquals(2.0, origins.originLat(0), 1e-12);
    assertEquals(2.5, origins.originLon(0), 1e-12);
    assertEquals(1, ZoneSetReaderTest.count(issues, "ZONE_ORIGIN_NEAREST_POSTCODE"));
  }

  private List<BoundaryFeature> read(String geoJson) throws Exception {
    Path file = Files.writeString(dir.resolve("zones.geojson"), geoJson);
    return GeoJsonBoundaryReader.read(file, "code", null, null, new ImportIssues());
  }
}
