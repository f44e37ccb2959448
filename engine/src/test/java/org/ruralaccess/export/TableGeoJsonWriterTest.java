package org.ruralaccess.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.testing.TestColumns;

class TableGeoJsonWriterTest {

  static final GeometryFactory WGS84 = new GeometryFactory();

  @TempDir Path dir;

  /**
   * A clockwise exterior (north, east, south, west) with a counter-clockwise hole: both the wrong
   * way round for RFC 7946, so both must come out reversed.
   */
  static Polygon clockwisePolygonWithHole() {
    LinearRing exterior =
        WGS84.createLinearRing(
            new Coordinate[] {
              new Coordinate(-2.41234567, 50.7000001),
              new Coordinate(-2.41234567, 50.8123454),
              new Coordinate(-2.3, 50.8123454),
              new Coordinate(-2.3, 50.7000001),
              new Coordinate(-2.41234567, 50.7000001)
            });
    LinearRing hole =
        WGS84.createLinearRing(
            new Coordinate[] {
              new Coordinate(-2.36, 50.74),
              new Coordinate(-2.34, 50.74),
              new Coordinate(-2.34, 50.76),
              new Coordinate(-2.36, 50.76),
              new Coordinate(-2.36, 50.74)
            });
    return WGS84.createPolygon(exterior, new LinearRing[] {hole});
  }

  static ResultTable table() {
    var columns =
        TestColumns.of(
            "lsoa21cd:text", "name:text", "GPPTt:real", "GPPT15pct:real", "users:integer");
    List<Object[]> rows =
        List.of(
            new Object[] {"E01020373", "Dorset 007A", 12.5, null, 1234},
            new Object[] {"E01020374", "Say \"Ö\"", Double.NaN, 33.333, null},
            new Object[] {"E01020375", "Point", 3.0, 0.0, 7L});
    List<Geometry> geometries =
        Arrays.asList(
            clockwisePolygonWithHole(), null, WGS84.createPoint(new Coordinate(-2.0000004, 50.5)));
    return new ResultTable("zone_indicators", columns, rows, geometries);
  }

  @Test
  void writesRfc7946FeaturesOnePerLine() throws Exception {
    Path file = dir.resolve("zone_indicators.geojson");
    TableGeoJsonWriter.write(table(), file);
    // exterior reversed to counter-clockwise (start, then east, north, west); hole reversed to
    // clockwise; -2.41234567 -> -2.412346 and 50.8123454 -> 50.812345 (6 decimals, half-up);
    // 50.7000001 -> 50.7; -2.0000004 -> -2; NaN and null -> null; 33.333 -> 33.33; 3.0 -> 3
    String expected =
        """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","geometry":{"type":"Polygon","coordinates":[\
        [[-2.412346,50.7],[-2.3,50.7],[-2.3,50.812345],[-2.412346,50.812345],[-2.412346,50.7]],\
        [[-2.36,50.74],[-2.36,50.76],[-2.34,50.76],[-2.34,50.74],[-2.36,50.74]]]},\
        "properties":{"lsoa21cd":"E01020373","name":"Dorset 007A","GPPTt":12.5,"GPPT15pct":null,\
        "users":1234}},
        {"type":"Feature","geometry":null,"properties":{"lsoa21cd":"E01020374",\
        "name":"Say \\"Ö\\"","GPPTt":null,"GPPT15pct":33.33,"users":null}},
        {"type":"Feature","geometry":{"type":"Point","coordinates":[-2,50.5]},\
        "properties":{"lsoa21cd":"E01020375","name":"Point","GPPTt":3,"GPPT15pct":0,"users":7}}
        ]}
        """;
    assertEquals(expected, Files.readString(file));
  }

  @Test
  void tableWithoutGeometriesHasNullGeometries() throws Exception {
    ResultTable equity =
        new ResultTable(
            "equity",
            TestColumns.of("imd_decile:integer", "share:real"),
            List.of(new Object[] {1, 0.125}, new Object[] {2, 0.0}),
            null);
    Path file = dir.resolve("equity.geojson");
    TableGeoJsonWriter.write(equity, file);
    // 0.125 -> 0.13 (half-up)
    assertEquals(
        """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","geometry":null,"properties":{"imd_decile":1,"share":0.13}},
        {"type":"Feature","geometry":null,"properties":{"imd_decile":2,"share":0}}
        ]}
        """,
        Files.readString(file));
  }

  @Test
  void sameTableGivesSameBytes() throws Exception {
    TableGeoJsonWriter.write(table(), dir.resolve("a.geojson"));
    TableGeoJsonWriter.write(table(), dir.resolve("b.geojson"));
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("a.geojson")), Files.readAllBytes(dir.resolve("b.geojson")));
  }

  @Test
  void theTextIsTheFile() throws Exception {
    TableGeoJsonWriter.write(table(), dir.resolve("a.geojson"));
    String text = TableGeoJsonWriter.toText(table());
    assertEquals(Files.readString(dir.resolve("a.geojson")), text);
    assertEquals(3, text.split("\n").length - 2); // header line, 3 features, closing line
  }

  @Test
  void britishNationalGridCoordinatesAreRejectedAndNoFileIsLeft() throws Exception {
    // Broadmayne First School in BNG metres: a projection mistake upstream, not a longitude
    ResultTable table =
        new ResultTable(
            "t",
            TestColumns.of("id:text"),
            List.of(new Object[] {"a"}, new Object[] {"b"}),
            List.of(
                WGS84.createPoint(new Coordinate(-2.0, 50.5)),
                WGS84.createPoint(new Coordinate(373309, 87225))));
    assertThrows(
        IllegalArgumentException.class,
        () -> TableGeoJsonWriter.write(table, dir.resolve("t.geojson")));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }
}
