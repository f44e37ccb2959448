package org.ruralaccess.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBReader;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.analysis.table.MapScale;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.testing.TestColumns;

class GeoPackageWriterTest {

  static final GeometryFactory WGS84 = new GeometryFactory();

  @TempDir Path dir;

  static Polygon square(double minLon, double minLat, double sizeDegrees) {
    return WGS84.createPolygon(
        new Coordinate[] {
          new Coordinate(minLon, minLat),
          new Coordinate(minLon + sizeDegrees, minLat),
          new Coordinate(minLon + sizeDegrees, minLat + sizeDegrees),
          new Coordinate(minLon, minLat + sizeDegrees),
          new Coordinate(minLon, minLat)
        });
  }

  /** Zones: a polygon, a two-part multipolygon (an island LSOA) and a zone without boundary. */
  static ResultTable zones() {
    MultiPolygon island =
        WGS84.createMultiPolygon(new Polygon[] {square(-2.5, 50.6, 0.1), square(-2.3, 50.5, 0.05)});
    List<Geometry> geometries =
        Arrays.asList(TableGeoJsonWriterTest.clockwisePolygonWithHole(), island, null);
    return new ResultTable(
        "zone_indicators",
        TestColumns.of(
            "lsoa21cd:text", "users:integer", "GPPTt:real", "mixed:real", "GPPT60pct:real"),
        List.of(
            new Object[] {"E01020373", 1234, 12.345, 1, null},
            new Object[] {"E01020374", null, Double.NaN, 2.5, null},
            new Object[] {"E01020375", 5_000_000_000L, 3.0, null, null}),
        geometries);
  }

  static ResultTable equity() {
    return new ResultTable(
        "equity",
        TestColumns.of("imd_decile:integer", "no_access_60min:real"),
        List.of(new Object[] {1, 0.125}, new Object[] {10, null}),
        null);
  }

  static ResultTable destinations() {
    return new ResultTable(
        "destinations",
        TestColumns.of("id:text", "category:text"),
        List.<Object[]>of(new Object[] {"113661", "primary"}),
        List.of(WGS84.createPoint(new Coordinate(-2.379171, 50.6840621))));
  }

  @Test
  void writesTheGeoPackageCoreTablesAndLayers() throws Exception {
    Path file = dir.resolve("accessibility.gpkg");
    GeoPackageWriter.write(List.of(zones(), equity(), destinations()), file);

    // the SQLite header itself: application_id is the big-endian int at offset 68 ("GPKG"),
    // user_version the one at offset 60 (10300 for GeoPackage 1.3)
    byte[] header = Arrays.copyOf(Files.readAllBytes(file), 100);
    assertEquals("GPKG", new String(header, 68, 4, java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals(10300, ByteBuffer.wrap(header, 60, 4).getInt());

    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      assertEquals("1196444487", single(db, "PRAGMA application_id"));
      assertEquals("ok", single(db, "PRAGMA integrity_check"));
      assertEquals(List.of(), rows(db, "PRAGMA foreign_key_check"));
      assertEquals(
          List.of("-1|NONE|-1", "0|NONE|0", "4326|EPSG|4326"),
          rows(
              db,
              "SELECT srs_id, organization, organization_coordsys_id FROM gpkg_spatial_ref_sys"
                  + " ORDER BY srs_id"));
      assertTrue(
          single(db, "SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = 4326")
              .startsWith("GEOGCS[\"WGS 84\""));
      // bounds: min_x -2.5 (island), min_y 50.5 (island's second part), max_x -2.25 (-2.3 +
      // 0.05), max_y 50.8123454 (the polygon's north edge)
      assertEquals(
          List.of(
              "destinations|features|destinations|1970-01-01T00:00:00.000Z"
                  + "|-2.379171|50.6840621|-2.379171|50.6840621|4326",
              "equity|attributes|equity|1970-01-01T00:00:00.000Z|||||",
              "zone_indicators|features|zone_indicators|1970-01-01T00:00:00.000Z"
                  + "|-2.5|50.5|-2.25|50.8123454|4326"),
          rows(
              db,
              "SELECT table_name, data_type, identifier, last_change, min_x, min_y, max_x, max_y,"
                  + " srs_id FROM gpkg_contents ORDER BY table_name"));
      assertEquals(
          List.of("destinations|geom|POINT|4326|0|0", "zone_indicators|geom|MULTIPOLYGON|4326|0|0"),
          rows(db, "SELECT * FROM gpkg_geometry_columns ORDER BY table_name"));
      // declared types: the schema's, whatever the values (GPPT60pct is empty in every row and
      // stays REAL, never TEXT)
      assertEquals(
          List.of(
              "fid|INTEGER",
              "geom|MULTIPOLYGON",
              "lsoa21cd|TEXT",
              "users|INTEGER",
              "GPPTt|REAL",
              "mixed|REAL",
              "GPPT60pct|REAL"),
          rows(db, "SELECT name, type FROM pragma_table_info('zone_indicators')"));
      assertEquals(
          List.of("fid|INTEGER", "imd_decile|INTEGER", "no_access_60min|REAL"),
          rows(db, "SELECT name, type FROM pragma_table_info('equity')"));
      // values: 12.345 stored rounded as written in the CSV (12.35), NaN and null as NULL
      assertEquals(
          List.of(
              "1|E01020373|integer|1234|12.35|1.0",
              "2|E01020374|null||null|2.5",
              "3|E01020375|integer|5000000000|3.0|"),
          rows(
              db,
              "SELECT fid, lsoa21cd, typeof(users), users, ifnull(GPPTt, 'null'), mixed"
                  + " FROM zone_indicators ORDER BY fid"));
      assertEquals(
          List.of("1|0.13", "10|"),
          rows(db, "SELECT imd_decile, no_access_60min FROM equity ORDER BY fid"));
      assertEquals(List.of("3|2"), rows(db, "SELECT count(*), count(geom) FROM zone_indicators"));
    }
  }

  @Test
  void geometryBlobsAreStandardGeoPackageBinaryWithLittleEndianWkb() throws Exception {
    Path file = dir.resolve("zones.gpkg");
    GeoPackageWriter.write(List.of(zones(), destinations()), file);
    List<byte[]> blobs = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement sql = db.createStatement();
        ResultSet rs = sql.executeQuery("SELECT geom FROM zone_indicators ORDER BY fid")) {
      while (rs.next()) {
        blobs.add(rs.getBytes(1));
      }
    }
    assertNull(blobs.get(2), "no boundary: SQL NULL");
    ByteBuffer blob = ByteBuffer.wrap(blobs.get(0)).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals('G', blob.get());
    assertEquals('P', blob.get());
    assertEquals(0, blob.get(), "version 0 = GeoPackage 1.x");
    // flags 0b00000011: little-endian (bit 0), envelope [minx, maxx, miny, maxy] (bits 1-3 = 1)
    assertEquals(0b0000_0011, blob.get());
    assertEquals(4326, blob.getInt());
    assertEquals(-2.41234567, blob.getDouble());
    assertEquals(-2.3, blob.getDouble());
    assertEquals(50.7000001, blob.getDouble());
    assertEquals(50.8123454, blob.getDouble());
    byte[] wkb = Arrays.copyOfRange(blobs.get(0), 40, blobs.get(0).length);
    assertEquals(1, wkb[0], "WKB byte order: little-endian");
    // WKB type 6 = MultiPolygon: the lone polygon was promoted, the layer being MULTIPOLYGON
    assertEquals(6, ByteBuffer.wrap(wkb, 1, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
    Geometry promoted = new WKBReader().read(wkb);
    assertTrue(
        promoted.equalsExact(
            WGS84.createMultiPolygon(
                new Polygon[] {TableGeoJsonWriterTest.clockwisePolygonWithHole()})));
    Geometry island =
        new WKBReader().read(Arrays.copyOfRange(blobs.get(1), 40, blobs.get(1).length));
    assertTrue(island.equalsExact(zones().geometries().get(1)));
  }

  @Test
  void sameTablesGiveTheSameBytes() throws Exception {
    Path first = dir.resolve("a.gpkg");
    Path second = dir.resolve("b.gpkg");
    GeoPackageWriter.write(List.of(zones(), equity()), first);
    GeoPackageWriter.write(List.of(zones(), equity()), second);
    assertEquals(-1, Files.mismatch(first, second));

    Instant edition = Instant.parse("2025-10-01T00:00:00Z");
    GeoPackageWriter.write(List.of(equity()), edition, GeoPackageCrs.WGS84, first);
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + first)) {
      assertEquals("2025-10-01T00:00:00.000Z", single(db, "SELECT last_change FROM gpkg_contents"));
    }
  }

  @Test
  void everyFeatureTableHasAnRtreeIndexKeptByTheSpecsTriggers() throws Exception {
    Path file = dir.resolve("indexed.gpkg");
    GeoPackageWriter.write(List.of(zones(), equity(), destinations()), file);
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      assertEquals(
          List.of(
              "destinations|geom|gpkg_rtree_index"
                  + "|http://www.geopackage.org/spec120/#extension_rtree|write-only",
              "zone_indicators|geom|gpkg_rtree_index"
                  + "|http://www.geopackage.org/spec120/#extension_rtree|write-only"),
          rows(db, "SELECT * FROM gpkg_extensions ORDER BY table_name"));
      // one entry per row with a geometry (the third zone has none), id = fid; the R*Tree keeps
      // 32-bit floats rounded outwards, so the envelope holds the geometry's: the polygon spans
      // -2.41234567..-2.3 x 50.7000001..50.8123454
      assertEquals(List.of("1", "2"), rows(db, "SELECT id FROM rtree_zone_indicators_geom"));
      List<String> box =
          rows(
              db,
              "SELECT minx <= -2.41234567, maxx >= -2.3, miny <= 50.7000001, maxy >= 50.8123454,"
                  + " maxx - minx < 0.1124 FROM rtree_zone_indicators_geom WHERE id = 1");
      assertEquals(List.of("1|1|1|1|1"), box);
      // a window query as QGIS makes one: only the island (fid 2, -2.5..-2.25 x 50.5..50.7)
      // touches a box around (-2.45, 50.55)
      assertEquals(
          List.of("2"),
          rows(
              db,
              "SELECT id FROM rtree_zone_indicators_geom"
                  + " WHERE maxx >= -2.46 AND minx <= -2.44 AND maxy >= 50.54 AND miny <= 50.56"));
      assertEquals(List.of("1"), rows(db, "SELECT id FROM rtree_destinations_geom"));
      // the six triggers of GeoPackage 1.3 annex F.3 on each feature table, none on attributes
      assertEquals(
          List.of(
              "rtree_zone_indicators_geom_delete",
              "rtree_zone_indicators_geom_insert",
              "rtree_zone_indicators_geom_update1",
              "rtree_zone_indicators_geom_update2",
              "rtree_zone_indicators_geom_update3",
              "rtree_zone_indicators_geom_update4"),
          rows(
              db,
              "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                  + " AND tbl_name = 'zone_indicators' ORDER BY name"));
      assertEquals(
          List.of(),
          rows(
              db,
              "SELECT name FROM sqlite_master WHERE tbl_name = 'equity'"
                  + " AND type = 'trigger'"));
    }
  }

  @Test
  void britishNationalGridFileHoldsEastingsAndNorthings() throws Exception {
    Path file = dir.resolve("bng.gpkg");
    GeoPackageWriter.write(
        List.of(destinations(), equity()),
        GeoPackageWriter.DEFAULT_LAST_CHANGE,
        GeoPackageCrs.BRITISH_NATIONAL_GRID,
        file);
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      assertEquals(
          List.of("-1|NONE", "0|NONE", "4326|EPSG", "27700|EPSG"),
          rows(db, "SELECT srs_id, organization FROM gpkg_spatial_ref_sys ORDER BY srs_id"));
      assertTrue(
          single(db, "SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = 27700")
              .startsWith("PROJCS[\"OSGB36 / British National Grid\""));
      assertEquals("27700", single(db, "SELECT srs_id FROM gpkg_geometry_columns"));
      byte[] blob;
      try (Statement sql = db.createStatement();
          ResultSet rs = sql.executeQuery("SELECT geom FROM destinations")) {
        rs.next();
        blob = rs.getBytes(1);
      }
      assertEquals(27700, ByteBuffer.wrap(blob, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
      Geometry school = new WKBReader().read(Arrays.copyOfRange(blob, 40, blob.length));
      // Broadmayne First School (-2.379171, 50.6840621): PROJ 9.1 (GDAL 3.6.2, no OSTN15 grid
      // installed, so the same OSGB36 Helmert) gives E 373308.998, N 87224.994:
      // echo "50.6840621 -2.379171" | cs2cs EPSG:4326 EPSG:27700 -f %.3f
      assertEquals(373308.998, school.getCoordinate().x, 0.05);
      assertEquals(87224.994, school.getCoordinate().y, 0.05);
      // the layer's bounds are in metres too
      assertEquals(
          List.of("373309|87225"),
          rows(
                  db,
                  "SELECT round(min_x), round(min_y) FROM gpkg_contents"
                      + " WHERE table_name = 'destinations'")
              .stream()
              .map(r -> r.replace(".0", ""))
              .toList());
    }
  }

  @Test
  void mappedColumnsGetQgisStylesTheFirstOneTheDefault() throws Exception {
    List<Geometry> squares = List.of(square(-2.5, 50.6, 0.1), square(-2.4, 50.6, 0.1));
    ResultTable table =
        new ResultTable(
            "zone_indicators",
            List.of(
                Column.text("LSOA21CD", "code"),
                Column.decimal("gp_transit_min_minutes", "minutes", "time")
                    .mapped(MapScale.TRAVEL_TIME),
                Column.decimal("gp_transit_pct30", "percent", "share").mapped(MapScale.PERCENT),
                Column.decimal("gp_transit_pct15", "percent", "share")),
            List.of(
                new Object[] {"E01020373", 12.5, 100.0, 0.0},
                new Object[] {"E01020374", null, 0.0, 0.0}),
            squares);
    Path file = dir.resolve("styled.gpkg");
    Instant edition = Instant.parse("2025-10-01T12:30:00Z");
    GeoPackageWriter.write(List.of(table, equity()), edition, GeoPackageCrs.WGS84, file);
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      assertEquals(
          List.of(
              "zone_indicators|geom|gp_transit_min_minutes|1|time|2025-10-01T12:30:00.000Z",
              "zone_indicators|geom|gp_transit_pct30|0|share|2025-10-01T12:30:00.000Z"),
          rows(
              db,
              "SELECT f_table_name, f_geometry_column, styleName, useAsDefault, description,"
                  + " update_time FROM layer_styles ORDER BY id"));
      // styleName without QGIS's width of 30: a comparison's healthcare_transit_min_minutes_change
      // has 37 characters, and GDAL's validate_gpkg.py flags a value longer than declared
      assertEquals(
          List.of("styleName|TEXT"),
          rows(
              db,
              "SELECT name, type FROM pragma_table_info('layer_styles') WHERE name ="
                  + " 'styleName'"));
      assertEquals(
          List.of("layer_styles|attributes|2025-10-01T12:30:00.000Z"),
          rows(
              db,
              "SELECT table_name, data_type, last_change FROM gpkg_contents"
                  + " WHERE table_name = 'layer_styles'"));
      String qml = single(db, "SELECT styleQML FROM layer_styles WHERE id = 1");
      // QGIS's DOCTYPE names a DTD that is not fetched (QGIS itself never validates against it)
      var parser = javax.xml.parsers.DocumentBuilderFactory.newInstance();
      parser.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      var document =
          parser
              .newDocumentBuilder()
              .parse(new java.io.ByteArrayInputStream(qml.getBytes(StandardCharsets.UTF_8)));
      var rules = document.getElementsByTagName("rule");
      List<String> legend = new ArrayList<>();
      for (int i = 0; i < rules.getLength(); i++) {
        var rule = (org.w3c.dom.Element) rules.item(i);
        legend.add(rule.getAttribute("label") + ": " + rule.getAttribute("filter"));
      }
      assertEquals(
          List.of(
              "under 15 min: \"gp_transit_min_minutes\" < 15",
              "15 to 30 min: \"gp_transit_min_minutes\" >= 15 AND \"gp_transit_min_minutes\" < 30",
              "30 to 45 min: \"gp_transit_min_minutes\" >= 30 AND \"gp_transit_min_minutes\" < 45",
              "45 to 60 min: \"gp_transit_min_minutes\" >= 45 AND \"gp_transit_min_minutes\" < 60",
              "60 to 90 min: \"gp_transit_min_minutes\" >= 60 AND \"gp_transit_min_minutes\" < 90",
              "90 min or more: \"gp_transit_min_minutes\" >= 90",
              "not reached: \"gp_transit_min_minutes\" IS NULL"),
          legend);
      assertEquals(7, document.getElementsByTagName("symbol").getLength());
      assertEquals(
          "fill",
          ((org.w3c.dom.Element) document.getElementsByTagName("symbol").item(0))
              .getAttribute("type"));
    }
    // a layer of points gets markers; a file without mapped columns has no layer_styles table
    Path plain = dir.resolve("plain.gpkg");
    GeoPackageWriter.write(List.of(zones(), equity()), plain);
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + plain)) {
      assertEquals(
          List.of(), rows(db, "SELECT name FROM sqlite_master WHERE name = 'layer_styles'"));
    }
  }

  @Test
  void failedWriteLeavesNoFile() throws Exception {
    // a value the schema does not allow is refused when the table is made
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ResultTable(
                "bad",
                TestColumns.of("id:text", "flag:integer"),
                List.of(new Object[] {"a", 1}, new Object[] {"b", Boolean.TRUE}),
                null));
    Path file = dir.resolve("out.gpkg");
    ResultTable reserved =
        new ResultTable("gpkg_contents", TestColumns.of("id:text"), List.<Object[]>of(), null);
    assertThrows(
        IllegalArgumentException.class, () -> GeoPackageWriter.write(List.of(reserved), file));
    assertThrows(
        IllegalArgumentException.class,
        () -> GeoPackageWriter.write(List.of(equity(), equity()), file));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.toList(), "no file, no temporary, no journal");
    }
  }

  private static String single(Connection db, String query) throws SQLException {
    List<String> rows = rows(db, query);
    assertEquals(1, rows.size(), query);
    return rows.getFirst();
  }

  /** Rows as "a|b|c" (SQL NULL as empty), in query order. */
  private static List<String> rows(Connection db, String query) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement sql = db.createStatement();
        ResultSet rs = sql.executeQuery(query)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= columns; c++) {
          Object value = rs.getObject(c);
          row.append(c > 1 ? "|" : "").append(value == null ? "" : value);
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }
}
