package org.ruralaccess.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
import org.ruralaccess.analysis.table.ResultTable;

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
        List.of("lsoa21cd", "users", "GPPTt", "mixed"),
        List.of(
            new Object[] {"E01020373", 1234, 12.345, 1},
            new Object[] {"E01020374", null, Double.NaN, 2.5},
            new Object[] {"E01020375", 5_000_000_000L, 3.0, null}),
        geometries);
  }

  static ResultTable equity() {
    return new ResultTable(
        "equity",
        List.of("imd_decile", "no_access_60min"),
        List.of(new Object[] {1, 0.125}, new Object[] {10, null}),
        null);
  }

  static ResultTable destinations() {
    return new ResultTable(
        "destinations",
        List.of("id", "category"),
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
      // declared types: TEXT for text, INTEGER for Integer+Long, REAL when a Double appears
      assertEquals(
          List.of(
              "fid|INTEGER",
              "geom|MULTIPOLYGON",
              "lsoa21cd|TEXT",
              "users|INTEGER",
              "GPPTt|REAL",
              "mixed|REAL"),
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
    GeoPackageWriter.write(List.of(equity()), edition, first);
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + first)) {
      assertEquals("2025-10-01T00:00:00.000Z", single(db, "SELECT last_change FROM gpkg_contents"));
    }
  }

  @Test
  void failedWriteLeavesNoFile() throws Exception {
    ResultTable bad =
        new ResultTable(
            "bad",
            List.of("id", "flag"),
            List.of(new Object[] {"a", 1}, new Object[] {"b", Boolean.TRUE}),
            null);
    Path file = dir.resolve("out.gpkg");
    assertThrows(IllegalArgumentException.class, () -> GeoPackageWriter.write(List.of(bad), file));
    ResultTable reserved =
        new ResultTable("gpkg_contents", List.of("id"), List.<Object[]>of(), null);
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
