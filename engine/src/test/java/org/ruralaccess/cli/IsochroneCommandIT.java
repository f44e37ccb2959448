package org.ruralaccess.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBReader;
import org.ruralaccess.testing.RaeProcess;
import org.ruralaccess.testing.RaeProcess.Run;
import org.ruralaccess.testing.RepoFiles;

/**
 * {@code rae isochrone} as a user runs it, on the real Porto Alegre network (EPTC + Trensurb,
 * Monday 2019-05-13, r5r's settings): polygons valid and nested, the same bytes twice, agreement
 * with {@code rae matrix} for the hexagon centres, catchments against {@code rae matrix
 * --arrive-by}, every zone at once, and bad input refused with one line and no file.
 */
class IsochroneCommandIT {

  @TempDir static Path dir;
  private static Path network;
  private static final String HEXAGONS = "regions/poa/poa_hexgrid.csv";
  private static final String DATE = "2019-05-13";
  private static final GeometryFactory FACTORY = new GeometryFactory();

  /** A populated hexagon in the centre with bus stops near its origin. */
  private static final String ZONE = "89a90128633ffff";

  @BeforeAll
  static void buildNetwork() throws Exception {
    network = dir.resolve("poa.rae");
    Run build = RaeProcess.run("build", "--region", "regions/poa", "--out", network.toString());
    assertEquals(0, build.exitCode(), build.stderr());
  }

  @Test
  void transitIsochronesOfAZoneAreNestedDeterministicAndAgreeWithTheMatrix() throws Exception {
    Path first = dir.resolve("zone.gpkg");
    Path second = dir.resolve("zone-again.gpkg");
    String[] args = {
      "--zone", ZONE, "--date", DATE, "--from", "14:00", "--to", "16:00", "--cutoffs", "15,30,45,60"
    };
    Run run = isochrone(first, args);
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains("wrote 4 features to " + first), run.stderr());
    assertEquals(0, isochrone(second, args).exitCode());
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    // the records differ only in the names of the files they describe
    assertEquals(
        Files.readString(dir.resolve("zone.run.json")),
        Files.readString(dir.resolve("zone-again.run.json")).replace("zone-again", "zone"));
    String record = Files.readString(dir.resolve("zone.run.json"));
    assertTrue(record.contains("\"places\": \"zone " + ZONE + "\""), record);
    assertTrue(record.contains("\"gridCrs\": \"EPSG:32722\""), record); // UTM 22 S

    List<Feature> features = features(first, "isochrones");
    assertEquals(4, features.size());
    for (int i = 0; i < 4; i++) {
      Feature feature = features.get(i);
      assertEquals(ZONE, feature.text("id"));
      assertEquals("origin", feature.text("role"));
      assertEquals("transit", feature.text("mode"));
      assertEquals(15 * (i + 1), feature.number("cutoff_minutes").intValue());
      assertEquals("14:00-16:00", feature.text("window"));
      assertEquals(50, feature.number("percentile").intValue());
      assertEquals("zone points", feature.text("residents_method"));
      assertTrue(feature.geometry().isValid(), "valid " + i);
      if (i > 0) {
        Feature smaller = features.get(i - 1);
        assertTrue(feature.geometry().covers(smaller.geometry()), "nested " + i);
        assertTrue(
            feature.number("area_km2").doubleValue() > smaller.number("area_km2").doubleValue());
        assertTrue(
            feature.number("residents").longValue() >= smaller.number("residents").longValue());
      }
    }
    // residents: the zone points (hexagon centres) inside the polygon, their population summed,
    // recomputed here from the hexagon file
    Map<String, double[]> hexagons = hexagons();
    for (Feature feature : features) {
      double residents = 0;
      for (double[] hexagon : hexagons.values()) {
        if (feature.geometry().covers(point(hexagon[0], hexagon[1]))) {
          residents += hexagon[2];
        }
      }
      assertEquals(Math.round(residents), feature.number("residents").longValue());
    }

    // the rule: for hexagon centres more than one cell (100 m) from the boundary, rae
    // matrix's median (same settings) is within the cutoff exactly when the centre is inside
    Path origin = dir.resolve("zone-origin.csv");
    double[] zone = hexagons.get(ZONE);
    Files.writeString(origin, "id,lat,lon\n" + ZONE + "," + zone[0] + "," + zone[1] + "\n");
    Path matrix = dir.resolve("zone-matrix.csv");
    Run m =
        RaeProcess.run(
            "matrix",
            "--network",
            network.toString(),
            "--origins",
            origin.toString(),
            "--destinations",
            HEXAGONS,
            "--date",
            DATE,
            "--from",
            "14:00",
            "--to",
            "16:00",
            "--percentiles",
            "50",
            "--out",
            matrix.toString());
    assertEquals(0, m.exitCode(), m.stderr());
    Map<String, Integer> minutes = new HashMap<>();
    for (String line : Files.readAllLines(matrix).subList(1, 1 + hexagons.size())) {
      String[] cells = line.split(",", -1);
      minutes.put(cells[1], cells[2].isEmpty() ? null : Integer.valueOf(cells[2]));
    }
    int[] counts = agreement(features, hexagons, minutes, false, 96_000);
    System.err.printf("isochrone vs matrix: %d of %d agree%n", counts[0], counts[1]);
    assertTrue(counts[1] > 2000, "compared " + counts[1]);
    assertTrue(counts[0] >= 0.98 * counts[1], counts[0] + " of " + counts[1]);
  }

  @Test
  void catchmentAgreesWithTheMatrixArrivingBy() throws Exception {
    Path out = dir.resolve("market.geojson");
    // the public market (regions/poa/poa_points_of_interest.csv), arriving by 15:00
    Run run =
        RaeProcess.run(
            "isochrone",
            "--network",
            network.toString(),
            "--to-lat",
            "-30.027565",
            "--to-lon",
            "-51.227811",
            "--date",
            DATE,
            "--arrive-by",
            "15:00",
            "--cutoffs",
            "20,40",
            "--max-minutes",
            "40",
            "--out",
            out.toString());
    assertEquals(0, run.exitCode(), run.stderr());
    String geojson = Files.readString(out);
    assertTrue(geojson.startsWith("{\"type\":\"FeatureCollection\""), geojson);
    assertEquals(2, geojson.split("\"type\":\"Feature\"", -1).length - 1);
    assertTrue(geojson.contains("\"role\":\"destination\""), geojson);
    assertTrue(geojson.contains("\"window\":\"arrive by 15:00\""), geojson);
    assertTrue(Files.exists(dir.resolve("market.run.json")));
    List<Geometry> polygons = geoJsonGeometries(geojson);
    assertTrue(polygons.get(1).covers(polygons.get(0)));

    Path target = dir.resolve("market.csv");
    Files.writeString(target, "id,lat,lon\nmarket,-30.027565,-51.227811\n");
    Path matrix = dir.resolve("market-matrix.csv");
    Run m =
        RaeProcess.run(
            "matrix",
            "--network",
            network.toString(),
            "--origins",
            HEXAGONS,
            "--destinations",
            target.toString(),
            "--date",
            DATE,
            "--arrive-by",
            "15:00",
            "--max-minutes",
            "40",
            "--out",
            matrix.toString());
    assertEquals(0, m.exitCode(), m.stderr());
    // within the cutoff: the latest departure arriving by 15:00 leaves at or after 15:00 - cutoff;
    // kept as minutes before the deadline
    Map<String, Integer> minutesBefore = new HashMap<>();
    for (String line : Files.readAllLines(matrix).subList(1, 1 + hexagons().size())) {
      String[] cells = line.split(",", -1);
      if (cells[2].isEmpty()) {
        minutesBefore.put(cells[0], null);
        continue;
      }
      String[] hms = cells[2].split(":");
      int departure = Integer.parseInt(hms[0]) * 60 + Integer.parseInt(hms[1]);
      minutesBefore.put(cells[0], 15 * 60 - departure);
    }
    List<Feature> features = new ArrayList<>();
    int[] cutoffs = {20, 40};
    for (int i = 0; i < 2; i++) {
      features.add(new Feature(Map.of("cutoff_minutes", cutoffs[i]), polygons.get(i)));
    }
    int[] counts = agreement(features, hexagons(), minutesBefore, true, 96_000);
    System.err.printf("catchment vs matrix --arrive-by: %d of %d agree%n", counts[0], counts[1]);
    assertTrue(counts[1] > 500, "compared " + counts[1]);
    assertTrue(counts[0] >= 0.98 * counts[1], counts[0] + " of " + counts[1]);
  }

  @Test
  void everyZoneWalkingInOneRunAndInTheAccessibilityRun() throws Exception {
    Path out = dir.resolve("all.gpkg");
    Run run =
        RaeProcess.run(
            "isochrone",
            "--network",
            network.toString(),
            "--all-zones",
            "--mode",
            "walk",
            "--date",
            DATE,
            "--from",
            "08:00",
            "--to",
            "08:01",
            "--cutoffs",
            "10,20",
            "--out",
            out.toString());
    assertEquals(0, run.exitCode(), run.stderr());
    Map<String, double[]> hexagons = hexagons();
    int zones = hexagons.size();
    assertTrue(run.stderr().contains("origins " + zones + "/" + zones + " (100%)"), run.stderr());
    List<Feature> features = features(out, "isochrones");
    assertEquals(2 * zones, features.size());
    int checked = 0;
    for (int i = 0; i + 1 < features.size(); i += 2) {
      Feature ten = features.get(i);
      Feature twenty = features.get(i + 1);
      assertEquals(ten.text("id"), twenty.text("id"));
      assertEquals(10, ten.number("cutoff_minutes").intValue());
      assertEquals(null, ten.values().get("percentile")); // walking does not vary by minute
      if (ten.geometry() != null) {
        assertTrue(ten.geometry().isValid() && twenty.geometry().isValid(), ten.text("id"));
        assertTrue(twenty.geometry().covers(ten.geometry()), ten.text("id"));
        // 20 minutes at 3.6 km/h is 1,200 m of walking, off-street parts included, so every
        // reached cell centre is within 1,200 m of the origin in a straight line; the contour
        // runs within one square's diagonal of a reached centre (100 m x 1.414 = 141 m) and the
        // simplification moves it at most half a cell (50 m): 1,391 m
        double[] origin = hexagons.get(twenty.text("id"));
        double farthestMeters = farthestMeters(twenty.geometry(), origin[0], origin[1]);
        assertTrue(farthestMeters < 1200 + 141 + 50, twenty.text("id") + " " + farthestMeters);
        checked++;
      }
    }
    assertTrue(checked > 0.9 * zones, "zones with a polygon: " + checked);

    // rae accessibility --isochrones: the same features as a layer of accessibility.gpkg
    Path runDir = dir.resolve("accessibility");
    Run accessibility =
        RaeProcess.run(
            "accessibility",
            "--network",
            network.toString(),
            "--modes",
            "walk",
            "--date",
            DATE,
            "--from",
            "08:00",
            "--to",
            "08:01",
            "--isochrones",
            "10,20",
            "--out",
            runDir.toString());
    assertEquals(0, accessibility.exitCode(), accessibility.stderr());
    List<Feature> layer = features(runDir.resolve("accessibility.gpkg"), "isochrones_walk");
    assertEquals(features.size(), layer.size());
    for (int i = 0; i < features.size(); i++) {
      assertEquals(features.get(i).values(), layer.get(i).values(), "row " + i);
      Geometry expected = features.get(i).geometry();
      Geometry actual = layer.get(i).geometry();
      assertTrue(expected == null ? actual == null : expected.equalsExact(actual), "geometry " + i);
    }
    assertTrue(Files.readString(runDir.resolve("run.json")).contains("\"isochroneCutoffMinutes\""));
    assertFalse(Files.exists(runDir.resolve("isochrones_walk.csv"))); // GeoPackage only
  }

  /**
   * Newport (BODS feed of Tuesday 2023-06-13, British National Grid): from Newport bus station
   * (Friars Walk), the 1 km sample grid's points agree with {@code rae matrix} by the same rule.
   */
  @Test
  void newportIsochronesAgreeWithTheMatrixOnTheBritishGrid() throws Exception {
    Path newport = dir.resolve("newport.rae");
    Run build = RaeProcess.run("build", "--region", "regions/newport", "--out", newport.toString());
    assertEquals(0, build.exitCode(), build.stderr());
    Path out = dir.resolve("newport.gpkg");
    String[] when = {"--date", "2023-06-13", "--from", "08:00", "--to", "09:00"};
    List<String> args =
        new ArrayList<>(
            List.of(
                "isochrone",
                "--network",
                newport.toString(),
                "--lat",
                "51.5889",
                "--lon",
                "-2.9953",
                "--cutoffs",
                "15,30,45,60",
                "--out",
                out.toString()));
    args.addAll(List.of(when));
    Run run = RaeProcess.run(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(
        Files.readString(dir.resolve("newport.run.json")).contains("\"gridCrs\": \"EPSG:27700\""));
    List<Feature> features = features(out, "isochrones");
    assertEquals(4, features.size());
    for (int i = 1; i < 4; i++) {
      assertTrue(features.get(i).geometry().isValid());
      assertTrue(features.get(i).geometry().covers(features.get(i - 1).geometry()), "nested " + i);
    }
    Path origin = dir.resolve("newport-origin.csv");
    Files.writeString(origin, "id,lat,lon\nstation,51.5889,-2.9953\n");
    Path matrix = dir.resolve("newport-matrix.csv");
    List<String> matrixArgs =
        new ArrayList<>(
            List.of(
                "matrix",
                "--network",
                newport.toString(),
                "--origins",
                origin.toString(),
                "--destinations",
                "regions/newport/grid_1km.csv",
                "--percentiles",
                "50",
                "--out",
                matrix.toString()));
    matrixArgs.addAll(List.of(when));
    Run m = RaeProcess.run(matrixArgs.toArray(String[]::new));
    assertEquals(0, m.exitCode(), m.stderr());
    Map<String, double[]> points = new HashMap<>();
    List<String> grid = Files.readAllLines(RepoFiles.resolve("regions/newport/grid_1km.csv"));
    for (String line : grid.subList(1, grid.size())) {
      String[] cells = line.split(",");
      points.put(
          cells[0], new double[] {Double.parseDouble(cells[1]), Double.parseDouble(cells[2]), 0});
    }
    Map<String, Integer> minutes = new HashMap<>();
    for (String line : Files.readAllLines(matrix).subList(1, 1 + points.size())) {
      String[] cells = line.split(",", -1);
      minutes.put(cells[1], cells[2].isEmpty() ? null : Integer.valueOf(cells[2]));
    }
    // 1 degree of longitude is about 69 km at 51.6 N (and of latitude 111 km): 100 m is at most
    // 100 / 69,000 degrees
    int[] counts = agreement(features, points, minutes, false, 69_000);
    System.err.printf("Newport isochrone vs matrix: %d of %d agree%n", counts[0], counts[1]);
    assertTrue(counts[1] > 200, "compared " + counts[1]);
    assertTrue(counts[0] >= 0.98 * counts[1], counts[0] + " of " + counts[1]);
  }

  @Test
  void badInputIsOneLineExitTwoAndNoFile() throws Exception {
    String[][] cases = {
      {"--zone", "89a9012ffffffff", "--from", "14:00", "--to", "15:00"},
      {"--lat", "-31.5", "--lon", "-51.2", "--from", "14:00", "--to", "15:00"},
      {"--zone", ZONE, "--from", "14:00", "--to", "15:00", "--cutoffs", "30,15"},
      {"--zone", ZONE, "--from", "14:00", "--to", "15:00", "--cutoffs", "60,150"},
      {"--zone", ZONE, "--from", "14:00", "--to", "15:00", "--cell-size", "5"},
      {"--zone", ZONE, "--from", "14:00", "--to", "15:00", "--cell-size", "2500"},
      {"--to-destination", "nowhere", "--arrive-by", "09:00"},
      {"--all-destinations", "pubs", "--arrive-by", "09:00"},
    };
    String[] expected = {
      "rae: --zone: 89a9012ffffffff is not a zone of this network (1227 zones, e.g. ",
      "rae: --lat/--lon: -31.500000,-51.200000 is outside the network's area: no street usable"
          + " by transit within 1,600 m",
      "rae: --cutoffs 30,15: must be increasing",
      "rae: --cutoffs 60,150: 150 is above the max trip time of 120 minutes (raise it with"
          + " --max-minutes)",
      "rae: --cell-size: 5 m is outside 10 m to 2,000 m",
      "rae: --cell-size: 2500 m is outside 10 m to 2,000 m",
      "rae: --to-destination: nowhere is not a destination of this network",
      "rae: --all-destinations: no destination of category 'pubs' in this network; its"
          + " categories are [",
    };
    for (int i = 0; i < cases.length; i++) {
      Path out = dir.resolve("bad" + i + ".gpkg");
      List<String> args = new ArrayList<>(List.of("isochrone", "--network", network.toString()));
      args.addAll(List.of(cases[i]));
      args.addAll(List.of("--date", DATE, "--out", out.toString()));
      Run run = RaeProcess.run(args.toArray(String[]::new));
      assertEquals(2, run.exitCode(), Arrays.toString(cases[i]) + run.stderr());
      assertFalse(run.hasStackTrace(), run.stderr());
      assertTrue(run.stderr().startsWith(expected[i]), run.stderr());
      assertFalse(Files.exists(out), out.toString());
      assertFalse(Files.exists(dir.resolve("bad" + i + ".run.json")));
    }
    Path out = dir.resolve("bad-date.gpkg");
    Run run =
        RaeProcess.run(
            "isochrone",
            "--network",
            network.toString(),
            "--zone",
            ZONE,
            "--date",
            "2030-01-07",
            "--from",
            "14:00",
            "--to",
            "15:00",
            "--out",
            out.toString());
    assertEquals(2, run.exitCode(), run.stderr());
    assertTrue(
        run.stderr().startsWith("rae: --date 2030-01-07 is outside the timetables of this"),
        run.stderr());
    assertFalse(Files.exists(out));

    // a name that is neither a GeoPackage nor GeoJSON is refused, not written as a GeoPackage
    Path text = dir.resolve("isochrones.txt");
    Run wrongKind =
        RaeProcess.run(
            "isochrone",
            "--network",
            network.toString(),
            "--zone",
            ZONE,
            "--date",
            DATE,
            "--from",
            "14:00",
            "--to",
            "15:00",
            "--out",
            text.toString());
    assertEquals(2, wrongKind.exitCode(), wrongKind.stderr());
    assertTrue(
        wrongKind.stderr().startsWith("rae: --out " + text + ": expected a .gpkg"),
        wrongKind.stderr());
    assertFalse(Files.exists(text));
    assertFalse(Files.exists(dir.resolve("isochrones.run.json")));

    // rae accessibility --isochrones checks its cutoffs before anything is routed
    Path runDir = dir.resolve("bad-isochrones-run");
    Run badCutoff =
        RaeProcess.run(
            "accessibility",
            "--network",
            network.toString(),
            "--date",
            DATE,
            "--from",
            "14:00",
            "--to",
            "15:00",
            "--isochrones",
            "0",
            "--out",
            runDir.toString());
    assertEquals(2, badCutoff.exitCode(), badCutoff.stderr());
    assertTrue(
        badCutoff.stderr().contains("rae: --isochrones 0: 0 is not a positive number of minutes"),
        badCutoff.stderr());
    assertFalse(
        badCutoff.stderr().contains("origins"), "refused before routing: " + badCutoff.stderr());
    assertFalse(Files.exists(runDir));
  }

  /** {agreed, compared} over the hexagon centres more than 100 m from each polygon's boundary. */
  private static int[] agreement(
      List<Feature> features,
      Map<String, double[]> hexagons,
      Map<String, Integer> minutes,
      boolean minutesAreExact,
      double metersPerDegree) {
    int agreed = 0;
    int compared = 0;
    for (Feature feature : features) {
      int cutoff = feature.number("cutoff_minutes").intValue();
      Geometry boundary = feature.geometry().getBoundary();
      for (Map.Entry<String, double[]> hexagon : hexagons.entrySet()) {
        Point point = point(hexagon.getValue()[0], hexagon.getValue()[1]);
        // metersPerDegree: of longitude, the shorter degree (about 96 km at 30 S)
        if (boundary.distance(point) * metersPerDegree < 100) {
          continue;
        }
        Integer m = minutes.get(hexagon.getKey());
        // the matrix writes whole minutes rounded down: m < cutoff is within; m == cutoff is
        // within only at the exact second, so counted outside
        boolean within = m != null && (minutesAreExact ? m <= cutoff : m < cutoff);
        compared++;
        if (within == feature.geometry().covers(point)) {
          agreed++;
        }
      }
    }
    return new int[] {agreed, compared};
  }

  private static Run isochrone(Path out, String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("isochrone", "--network", network.toString()));
    all.addAll(List.of(args));
    all.addAll(List.of("--out", out.toString()));
    return RaeProcess.run(all.toArray(String[]::new));
  }

  /** id -> {lat, lon, population} of the hexagon file (id,lon,lat,population,...). */
  private static Map<String, double[]> hexagons() throws Exception {
    Map<String, double[]> hexagons = new HashMap<>();
    List<String> lines = Files.readAllLines(RepoFiles.resolve(HEXAGONS));
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      hexagons.put(
          cells[0],
          new double[] {
            Double.parseDouble(cells[2]), Double.parseDouble(cells[1]), Double.parseDouble(cells[3])
          });
    }
    return hexagons;
  }

  private static Point point(double lat, double lon) {
    return FACTORY.createPoint(new Coordinate(lon, lat));
  }

  private static double farthestMeters(Geometry geometry, double lat, double lon) {
    double farthest = 0;
    for (Coordinate c : geometry.getCoordinates()) {
      double dy = (c.y - lat) * 111_320;
      double dx = (c.x - lon) * 111_320 * Math.cos(Math.toRadians(lat));
      farthest = Math.max(farthest, Math.hypot(dx, dy));
    }
    return farthest;
  }

  /** The Polygon and MultiPolygon geometries of a FeatureCollection, in feature order. */
  private static List<Geometry> geoJsonGeometries(String geojson) throws Exception {
    List<Geometry> geometries = new ArrayList<>();
    for (JsonNode feature : new ObjectMapper().readTree(geojson).get("features")) {
      JsonNode geometry = feature.get("geometry");
      JsonNode coordinates = geometry.get("coordinates");
      if (geometry.get("type").asText().equals("Polygon")) {
        geometries.add(polygon(coordinates));
      } else {
        Polygon[] parts = new Polygon[coordinates.size()];
        for (int i = 0; i < parts.length; i++) {
          parts[i] = polygon(coordinates.get(i));
        }
        geometries.add(FACTORY.createMultiPolygon(parts));
      }
    }
    return geometries;
  }

  private static Polygon polygon(JsonNode rings) {
    LinearRing[] all = new LinearRing[rings.size()];
    for (int r = 0; r < all.length; r++) {
      Coordinate[] ring = new Coordinate[rings.get(r).size()];
      for (int i = 0; i < ring.length; i++) {
        JsonNode xy = rings.get(r).get(i);
        ring[i] = new Coordinate(xy.get(0).asDouble(), xy.get(1).asDouble());
      }
      all[r] = FACTORY.createLinearRing(ring);
    }
    return FACTORY.createPolygon(all[0], Arrays.copyOfRange(all, 1, all.length));
  }

  /** One row of a GeoPackage layer: its properties and its geometry (null when none). */
  record Feature(Map<String, Object> values, Geometry geometry) {
    String text(String column) {
      return (String) values.get(column);
    }

    Number number(String column) {
      return (Number) values.get(column);
    }
  }

  /** The rows of a layer in fid order; GeoPackage geometries are a 40-byte header, then WKB. */
  private static List<Feature> features(Path gpkg, String layer) throws Exception {
    List<Feature> features = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
        Statement sql = db.createStatement();
        ResultSet rows = sql.executeQuery("SELECT * FROM " + layer + " ORDER BY fid")) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        Map<String, Object> values = new HashMap<>();
        Geometry geometry = null;
        for (int c = 1; c <= columns; c++) {
          String name = rows.getMetaData().getColumnName(c);
          if (name.equals("geom")) {
            byte[] blob = rows.getBytes(c);
            if (blob != null) {
              geometry = new WKBReader().read(Arrays.copyOfRange(blob, 40, blob.length));
            }
          } else {
            values.put(name, rows.getObject(c));
          }
        }
        features.add(new Feature(values, geometry));
      }
    }
    return features;
  }
}
