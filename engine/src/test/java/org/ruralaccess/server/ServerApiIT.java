package org.ruralaccess.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralaccess.server.PoaServerFixture.Answer;
import org.ruralaccess.support.CsvReader;
import org.ruralaccess.testing.RaeProcess;
import org.ruralaccess.testing.RepoFiles;

/**
 * The HTTP API on Porto Alegre, called as a client would: every endpoint, every answer validated
 * against the schema the OpenAPI document declares for it, the document against what is served, and
 * the refusals (coordinates outside the area, dates outside the calendar, unknown parameters,
 * sizes, time limits) as JSON naming the field, never a stack trace.
 */
class ServerApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static PoaServerFixture poa;
  private static RaeServer server;
  private static OpenApiDocument document;

  @BeforeAll
  static void start() throws Exception {
    poa = PoaServerFixture.get();
    server = poa.start(poa.results, ServerLimits.defaults());
    document = OpenApiDocument.load();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  /** An answer's JSON, checked against the document's schema for it and for stack traces. */
  private static JsonNode checked(String method, String documentPath, Answer answer)
      throws Exception {
    assertNoStackTrace(answer);
    String mediaType = answer.contentType().split(";")[0].trim();
    JsonNode body = JSON.readTree(answer.body());
    List<String> problems =
        document.problems(method, documentPath, answer.status(), mediaType, body);
    assertEquals(List.of(), problems, method + " " + documentPath + ": " + answer.body());
    return body;
  }

  private static void assertNoStackTrace(Answer answer) {
    for (String trace : List.of("\tat ", ".java:", "Exception", "org.ruralaccess.")) {
      assertFalse(answer.body().contains(trace), "a stack trace in " + answer.body());
    }
  }

  /** A refusal: the status, the field named, and the document's Error schema. */
  private static JsonNode refused(
      String method, String documentPath, Answer answer, int status, String field)
      throws Exception {
    assertEquals(status, answer.status(), answer.body());
    JsonNode error = checked(method, documentPath, answer).get("error");
    assertEquals(field, error.get("field").isNull() ? null : error.get("field").asText());
    if (field != null) {
      assertTrue(error.get("message").asText().contains(field), error.toString());
    }
    return error;
  }

  @Test
  void theDocumentIsValidOpenApiAndDescribesExactlyTheServedRoutes() throws Exception {
    Answer served = PoaServerFixture.get(server, "/api/openapi.json");
    assertEquals(200, served.status());
    assertEquals(JSON.readTree(document.text()), JSON.readTree(served.body()));
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served.body(), null, options);
    assertEquals(List.of(), parsed.getMessages());
    assertEquals("3.1.0", parsed.getOpenAPI().getOpenapi());
    Map<String, Set<String>> routes = new TreeMap<>();
    for (ApiRoute route : server.routes()) {
      routes.put(route.method() + " " + route.path(), new TreeSet<>(route.queryParameters()));
    }
    assertEquals(routes, document.operations());
  }

  @Test
  void theNetworkHasItsAreaAndCalendar() throws Exception {
    JsonNode network = checked("get", "/api/network", PoaServerFixture.get(server, "/api/network"));
    assertEquals("Porto Alegre (r5r sample)", network.at("/network/regionName").asText());
    JsonNode area = network.get("area");
    for (Hexagon hexagon : hexagons()) {
      assertTrue(
          hexagon.lat >= area.get("minLat").asDouble()
              && hexagon.lat <= area.get("maxLat").asDouble()
              && hexagon.lon >= area.get("minLon").asDouble()
              && hexagon.lon <= area.get("maxLon").asDouble(),
          hexagon.id + " outside " + area);
    }
    // just past the area's edge is refused; the northernmost hexagon, on the edge, is answered
    String edge = matrixFrom(area.get("maxLat").asDouble(), hexagons().get(0).lon);
    String past = matrixFrom(area.get("maxLat").asDouble() + 0.001, hexagons().get(0).lon);
    assertEquals(200, matrix(edge).status(), matrix(edge).body());
    refused("post", "/api/matrix", matrix(past), 400, "origins[0]");
    JsonNode dates = network.at("/serviceCalendar/datesWithService");
    List<String> listed = new ArrayList<>();
    dates.forEach(d -> listed.add(d.asText()));
    assertTrue(listed.contains("2019-05-13"), listed.toString());
    // rae info counts the dates with an active service; every such date here has trips
    assertEquals(network.at("/counts/datesWithService").asInt(), listed.size());
    assertEquals(
        network.at("/counts/firstServiceDate").asText(),
        network.at("/serviceCalendar/firstServiceDate").asText());
    assertFalse(network.get("isochrones").asBoolean());
  }

  @Test
  void theZonesAreTheHexagons() throws Exception {
    JsonNode zones = checked("get", "/api/zones", PoaServerFixture.get(server, "/api/zones"));
    List<Hexagon> hexagons = hexagons();
    assertEquals(hexagons.size(), zones.get("features").size());
    Map<String, JsonNode> byCode = new HashMap<>();
    zones.get("features").forEach(f -> byCode.put(f.at("/properties/zone_code").asText(), f));
    Hexagon first = hexagons.get(0);
    JsonNode feature = byCode.get(first.id);
    assertEquals("Point", feature.at("/geometry/type").asText());
    // six decimals, as every GeoJSON the engine writes
    assertEquals(first.lon, feature.at("/geometry/coordinates/0").asDouble(), 5e-7);
    assertEquals(first.lat, feature.at("/geometry/coordinates/1").asDouble(), 5e-7);
  }

  @Test
  void aMatrixEqualsTheCommandLinesForTheSamePoints() throws Exception {
    List<Hexagon> all = hexagons();
    List<Hexagon> points = List.of(all.get(1), all.get(100), all.get(500), all.get(1000));
    Path csv = poa.folder.resolve("matrix-points.csv");
    StringBuilder lines = new StringBuilder("id,lat,lon\n");
    for (Hexagon h : points) {
      lines.append(h.id).append(',').append(h.latText).append(',').append(h.lonText).append('\n');
    }
    Files.writeString(csv, lines);
    Path out = poa.folder.resolve("matrix-cli.csv");
    RaeProcess.Run cli =
        RaeProcess.run(
            "matrix",
            "--network",
            poa.network.toString(),
            "--origins",
            csv.toString(),
            "--destinations",
            csv.toString(),
            "--date",
            "2019-05-13",
            "--from",
            "14:00",
            "--to",
            "14:30",
            "--percentiles",
            "25,50",
            "--out",
            out.toString());
    assertEquals(0, cli.exitCode(), cli.stderr());
    StringBuilder json = new StringBuilder("[");
    for (Hexagon h : points) {
      json.append(json.length() > 1 ? "," : "")
          .append("{\"id\":\"")
          .append(h.id)
          .append("\",\"lat\":")
          .append(h.latText)
          .append(",\"lon\":")
          .append(h.lonText)
          .append('}');
    }
    json.append(']');
    String body =
        "{\"origins\":"
            + json
            + ",\"destinations\":"
            + json
            + ",\"date\":\"2019-05-13\","
            + "\"from\":\"14:00\",\"to\":\"14:30\",\"percentiles\":[25,50]}";
    Answer answer = PoaServerFixture.post(server, "/api/matrix", body);
    assertEquals(200, answer.status(), answer.body());
    JsonNode matrix = checked("post", "/api/matrix", answer);
    List<String> rows = Files.readAllLines(out);
    assertEquals("origin_id,destination_id,p25,p50", rows.get(0));
    assertEquals(16, rows.size() - 1);
    int reached = 0;
    for (String row : rows.subList(1, rows.size())) {
      List<String> cells = CsvReader.fields(row);
      int o = ids(points).indexOf(cells.get(0));
      int d = ids(points).indexOf(cells.get(1));
      for (int p = 0; p < 2; p++) {
        JsonNode value = matrix.at("/minutes/" + o + "/" + d + "/" + p);
        String expected = cells.get(2 + p);
        assertEquals(expected.isEmpty() ? "null" : expected, value.toString(), row);
        reached += expected.isEmpty() ? 0 : 1;
      }
    }
    assertTrue(reached >= 8, "most pairs are reached within 2 hours in Porto Alegre: " + reached);
  }

  @Test
  void badMatrixRequestsAreRefusedNamingTheField() throws Exception {
    String point = "{\"id\":\"a\",\"lat\":-30.05,\"lon\":-51.18}";
    String ok =
        "{\"origins\":["
            + point
            + "],\"destinations\":["
            + point
            + "],\"date\":\"2019-05-13\","
            + "\"from\":\"14:00\",\"to\":\"14:10\"}";
    assertEquals(200, PoaServerFixture.post(server, "/api/matrix", ok).status());
    refused("post", "/api/matrix", matrix(ok.replace("-30.05", "51.5")), 400, "origins[0]");
    JsonNode date =
        refused("post", "/api/matrix", matrix(ok.replace("2019-05-13", "2030-01-01")), 400, "date");
    assertTrue(date.get("message").asText().contains("outside the timetables"), date.toString());
    refused(
        "post",
        "/api/matrix",
        matrix(ok.replace("}]", ",\"colour\":1}]")),
        400,
        "origins[0].colour");
    refused(
        "post", "/api/matrix", matrix(ok.replace("\"to\"", "\"colour\":1,\"to\"")), 400, "colour");
    refused("post", "/api/matrix", matrix(ok.replace("-51.18", "\"west\"")), 400, "origins[0].lon");
    refused("post", "/api/matrix", matrix(ok.replace("\"date\":\"2019-05-13\",", "")), 400, "date");
    refused("post", "/api/matrix", matrix(ok.replace("14:10", "13:50")), 400, "to");
    refused("post", "/api/matrix", matrix(ok.replace("14:10", "18:00")), 400, "to");
    refused(
        "post",
        "/api/matrix",
        matrix(ok.replace("\"to\"", "\"percentiles\":[101],\"to\"")),
        400,
        "percentiles");
    refused(
        "post",
        "/api/matrix",
        matrix(ok.replace("\"to\"", "\"routing\":{\"maxTransfers\":50},\"to\"")),
        400,
        "routing.maxTransfers");
    refused(
        "post",
        "/api/matrix",
        matrix(ok.replace("\"to\"", "\"mode\":\"boat\",\"to\"")),
        400,
        "mode");
    refused("post", "/api/matrix", matrix("{\"origins\":["), 400, "body");
    refused(
        "post",
        "/api/matrix",
        PoaServerFixture.post(server, "/api/matrix?debug=1", ok),
        400,
        "debug");
    // 101 x 100 points: 10,100 pairs, over the 10,000 limit
    String hundred = String.join(",", java.util.Collections.nCopies(100, point));
    String tooMany =
        ok.replace("\"origins\":[" + point + "]", "\"origins\":[" + hundred + "," + point + "]")
            .replace("\"destinations\":[" + point + "]", "\"destinations\":[" + hundred + "]");
    JsonNode pairs = refused("post", "/api/matrix", matrix(tooMany), 400, "destinations");
    assertTrue(pairs.get("message").asText().contains("10100 pairs"), pairs.toString());
    // a body over 1 MiB is refused before it is read
    String huge = ok.replace("\"a\"", "\"" + "x".repeat(1_100_000) + "\"");
    refused("post", "/api/matrix", matrix(huge), 413, "body");
  }

  private static String matrixFrom(double lat, double lon) {
    String point = "{\"id\":\"a\",\"lat\":" + lat + ",\"lon\":" + lon + "}";
    return "{\"origins\":["
        + point
        + "],\"destinations\":["
        + point
        + "],\"date\":\"2019-05-13\",\"from\":\"14:00\",\"to\":\"14:05\",\"mode\":\"walk\"}";
  }

  private static Answer matrix(String body) throws Exception {
    return PoaServerFixture.post(server, "/api/matrix", body);
  }

  @Test
  void aMatrixPastItsTimeLimitIsCancelled() throws Exception {
    ServerLimits defaults = ServerLimits.defaults();
    ServerLimits oneMillisecond =
        new ServerLimits(
            defaults.maxBodyBytes(),
            defaults.maxMatrixPairs(),
            defaults.maxWindowMinutes(),
            java.time.Duration.ofMillis(1),
            defaults.concurrentMatrices(),
            defaults.matrixWait(),
            defaults.maxQueuedRuns(),
            defaults.runTimeLimit());
    RaeServer hurried = poa.start(poa.copyOfResults(), oneMillisecond);
    try {
      String point = "{\"id\":\"a\",\"lat\":-30.05,\"lon\":-51.18}";
      Answer answer =
          PoaServerFixture.post(
              hurried,
              "/api/matrix",
              "{\"origins\":["
                  + point
                  + "],\"destinations\":["
                  + point
                  + "],\"date\":\"2019-05-13\",\"from\":\"14:00\",\"to\":\"15:00\"}");
      JsonNode error = refused("post", "/api/matrix", answer, 503, null);
      assertTrue(error.get("message").asText().contains("time limit"), error.toString());
      assertEquals(200, PoaServerFixture.get(hurried, "/api/network").status());
    } finally {
      hurried.stop();
    }
  }

  private static final String ISOCHRONE =
      "/api/isochrone?lat=-30.05&lon=-51.18&date=2019-05-13&from=14:00&to=14:30";

  @Test
  void anIsochroneRequestIsCheckedThenAnswered501WithoutAnEngine() throws Exception {
    JsonNode error =
        refused("get", "/api/isochrone", PoaServerFixture.get(server, ISOCHRONE), 501, null);
    assertTrue(error.get("message").asText().contains("isochrones"), error.toString());
    refused(
        "get",
        "/api/isochrone",
        PoaServerFixture.get(server, ISOCHRONE.replace("-30.05", "51.5")),
        400,
        "lat");
    refused(
        "get",
        "/api/isochrone",
        PoaServerFixture.get(server, ISOCHRONE.replace("-51.18", "west")),
        400,
        "lon");
    JsonNode date =
        refused(
            "get",
            "/api/isochrone",
            PoaServerFixture.get(server, ISOCHRONE.replace("2019-05-13", "2030-01-01")),
            400,
            "date");
    assertTrue(date.get("message").asText().contains("outside the timetables"), date.toString());
    refused(
        "get",
        "/api/isochrone",
        PoaServerFixture.get(server, ISOCHRONE + "&colour=red"),
        400,
        "colour");
    refused(
        "get",
        "/api/isochrone",
        PoaServerFixture.get(server, ISOCHRONE + "&cutoffs=30,300"),
        400,
        "cutoffs");
    refused(
        "get",
        "/api/isochrone",
        PoaServerFixture.get(server, ISOCHRONE + "&cutoffs=30,30"),
        400,
        "cutoffs");
    refused(
        "get",
        "/api/isochrone",
        PoaServerFixture.get(server, ISOCHRONE + "&zone=" + hexagons().get(0).id),
        400,
        "zone");
    refused(
        "get",
        "/api/isochrone",
        PoaServerFixture.get(server, ISOCHRONE.replace("lat=-30.05&lon=-51.18", "zone=nowhere")),
        400,
        "zone");
    refused(
        "get",
        "/api/isochrone",
        PoaServerFixture.get(server, ISOCHRONE.replace("lat=-30.05&lon=-51.18&", "")),
        400,
        "lat");
    refused(
        "get",
        "/api/isochrone",
        PoaServerFixture.get(server, ISOCHRONE + "&mode=boat"),
        400,
        "mode");
    refused(
        "get",
        "/api/isochrone",
        PoaServerFixture.get(server, ISOCHRONE.replace("14:30", "18:00")),
        400,
        "to");
  }

  @Test
  void anIsochroneEngineIsAskedWhatTheRequestSaysAndItsGeoJsonServed() throws Exception {
    NestedSquareIsochrones squares = new NestedSquareIsochrones();
    RaeServer connected = poa.start(poa.copyOfResults(), ServerLimits.defaults(), squares);
    try {
      JsonNode network =
          checked("get", "/api/network", PoaServerFixture.get(connected, "/api/network"));
      assertTrue(network.get("isochrones").asBoolean());
      Hexagon hexagon = hexagons().get(200);
      Answer answer =
          PoaServerFixture.get(
              connected,
              "/api/isochrone?zone="
                  + hexagon.id
                  + "&mode=walk&date=2019-05-13&from=14:00&to=14:30&stepMinutes=5"
                  + "&percentile=25&cutoffs=45,15,30");
      assertEquals(200, answer.status(), answer.body());
      assertEquals("application/geo+json", answer.contentType().split(";")[0]);
      JsonNode collection = checked("get", "/api/isochrone", answer);
      IsochroneSource.Query asked = squares.queries().get(0);
      // the zone's origin is the hexagon's centre as poa_hexgrid.csv gives it
      assertEquals(hexagon.lat, asked.lat(), 1e-6);
      assertEquals(hexagon.lon, asked.lon(), 1e-6);
      assertEquals(hexagon.id, asked.zoneCode());
      assertEquals("walk", asked.mode().label());
      assertEquals(25, asked.percentile());
      assertEquals(
          List.of(15, 30, 45), java.util.Arrays.stream(asked.cutoffMinutes()).boxed().toList());
      // 14:00 to 14:30 every 5 minutes: departures at 14:00, 14:05, ..., 14:25
      assertEquals(14 * 3600, asked.window().fromSeconds());
      assertEquals(14 * 3600 + 30 * 60, asked.window().toSeconds());
      assertEquals(5, asked.window().stepMinutes());
      assertEquals(3, collection.get("features").size());
      assertEquals(15, collection.at("/features/0/properties/cutoff_minutes").asInt());
      // the squares' own arithmetic: 15 min x 40 m = 600 m half-side, 1.2 km square = 1.44 km2
      assertEquals(1.44, collection.at("/features/0/properties/area_km2").asDouble(), 1e-9);
    } finally {
      connected.stop();
    }
  }

  @Test
  void theServerCommandsIsochronesAreRaeIsochronesNested() throws Exception {
    // RaeServer.start without a source: what rae serve starts, isochrones from IsochroneOperation
    RaeServer engine =
        RaeServer.start(
            new ServerSettings(
                "127.0.0.1", 0, List.of(poa.copyOfResults()), ServerLimits.defaults()),
            poa.loaded);
    try {
      assertTrue(
          JSON.readTree(PoaServerFixture.get(engine, "/api/network").body())
              .get("isochrones")
              .asBoolean());
      Hexagon hexagon = hexagons().get(600);
      Answer answer =
          PoaServerFixture.get(
              engine,
              "/api/isochrone?zone="
                  + hexagon.id
                  + "&mode=walk&date=2019-05-13&from=14:00&to=14:10&cutoffs=20,10");
      assertEquals(200, answer.status(), answer.body());
      JsonNode collection = checked("get", "/api/isochrone", answer);
      assertEquals(2, collection.get("features").size());
      List<Integer> cutoffs = new ArrayList<>();
      List<Double> areas = new ArrayList<>();
      for (JsonNode feature : collection.get("features")) {
        cutoffs.add(feature.at("/properties/cutoff_minutes").asInt());
        areas.add(feature.at("/properties/area_km2").asDouble());
        assertTrue(feature.at("/geometry/type").asText().endsWith("Polygon"), feature.toString());
      }
      assertEquals(List.of(10, 20), cutoffs);
      // walking at 3.6 km/h (regions/poa/region.yaml): 10 minutes reach at most 600 m as the crow
      // flies, and a reached 100 m cell's contour may reach 71 m past its centre: a disc of
      // pi x 0.671^2 = 1.41 km2 holds the 10-minute area
      assertTrue(areas.get(0) > 0 && areas.get(0) < 1.42, areas.toString());
      assertTrue(areas.get(1) > areas.get(0), "the 20-minute area holds the 10-minute one");
    } finally {
      engine.stop();
    }
  }

  @Test
  void finishedRunsAreListedAndTheirTablesServed() throws Exception {
    JsonNode runs = checked("get", "/api/runs", PoaServerFixture.get(server, "/api/runs"));
    Map<String, String> kinds = new TreeMap<>();
    runs.get("runs").forEach(r -> kinds.put(r.get("name").asText(), r.get("kind").asText()));
    assertEquals(
        Map.of(
            PoaServerFixture.ACCESSIBILITY_RUN,
            "accessibility",
            PoaServerFixture.COMPARISON_RUN,
            "comparison"),
        kinds);

    String access = "/api/runs/" + PoaServerFixture.ACCESSIBILITY_RUN;
    JsonNode run = checked("get", "/api/runs/{name}", PoaServerFixture.get(server, access));
    assertEquals("2019-05-13", run.at("/parameters/date").asText());
    JsonNode indicators = run.at("/indicators/zone_indicators");
    // 3 categories (jobs, schools, healthcare) x 2 modes x 18 measures (min time, 4 capped
    // counts, 4 % of users, 4 counts, 4 opportunities, gravity)
    assertEquals(3 * 2 * 18, indicators.size());
    assertTrue(
        indicators
            .toString()
            .contains(
                "{\"column\":\"jobs_transit_opp30\",\"category\":\"jobs\",\"mode\":\"transit\","
                    + "\"measure\":\"opportunities\",\"cutoffMinutes\":30,\"unit\":\"opportunities\"}"),
        indicators.toString());

    Answer geoJson = PoaServerFixture.get(server, access + "/indicators");
    JsonNode table = checked("get", "/api/runs/{name}/indicators", geoJson);
    assertEquals("application/geo+json", geoJson.contentType().split(";")[0]);
    assertEquals(1227, table.get("features").size());
    Path csv =
        poa.results.resolve(PoaServerFixture.ACCESSIBILITY_RUN).resolve("zone_indicators.csv");
    List<String> lines = Files.readAllLines(csv);
    List<String> header = CsvReader.fields(lines.get(0)).stream().map(String::trim).toList();
    List<String> second = CsvReader.fields(lines.get(2));
    JsonNode feature = table.at("/features/1/properties");
    assertEquals(second.get(header.indexOf("zone_code")), feature.get("zone_code").asText());
    assertEquals(
        second.get(header.indexOf("jobs_transit_opp30")),
        feature.get("jobs_transit_opp30").asText());
    assertEquals(
        Files.readString(csv),
        PoaServerFixture.get(server, access + "/indicators?format=csv").body());
    JsonNode equity =
        checked("get", "/api/runs/{name}/equity", PoaServerFixture.get(server, access + "/equity"));
    assertEquals(
        Files.readAllLines(csv.resolveSibling("equity.csv")).size() - 1, equity.get("rows").size());
    refused(
        "get",
        "/api/runs/{name}/indicators",
        PoaServerFixture.get(server, access + "/indicators?table=rider_indicators"),
        404,
        "table");
    refused(
        "get",
        "/api/runs/{name}/indicators",
        PoaServerFixture.get(server, access + "/indicators?format=xml"),
        400,
        "format");
    refused(
        "get",
        "/api/runs/{name}/indicators",
        PoaServerFixture.get(server, access + "/indicators?colour=red"),
        400,
        "colour");

    String compare = "/api/runs/" + PoaServerFixture.COMPARISON_RUN;
    JsonNode comparison =
        checked(
            "get",
            "/api/runs/{name}/comparison",
            PoaServerFixture.get(server, compare + "/comparison"));
    assertEquals(1227, comparison.get("features").size());
    JsonNode changes =
        checked(
            "get",
            "/api/runs/{name}/access-changes",
            PoaServerFixture.get(server, compare + "/access-changes"));
    Path changesCsv =
        poa.results.resolve(PoaServerFixture.COMPARISON_RUN).resolve("access_changes.csv");
    assertEquals(Files.readAllLines(changesCsv).size() - 1, changes.get("rows").size());
    refused(
        "get",
        "/api/runs/{name}/comparison",
        PoaServerFixture.get(server, access + "/comparison"),
        404,
        "name");
    refused(
        "get",
        "/api/runs/{name}",
        PoaServerFixture.get(server, "/api/runs/nothing-here"),
        404,
        "name");
  }

  @Test
  void noRequestValueBecomesAPath() throws Exception {
    for (String path :
        List.of(
            "/api/runs/..%2F..%2Fetc%2Fpasswd/indicators",
            "/api/runs/%2E%2E/indicators?format=csv",
            "/api/runs/access%2F..%2Fcompare-t9/comparison")) {
      Answer answer = PoaServerFixture.get(server, path);
      assertTrue(answer.status() == 400 || answer.status() == 404, path + ": " + answer.status());
      assertNoStackTrace(answer);
      assertFalse(answer.body().contains("root:"), answer.body());
      assertTrue(answer.body().startsWith("{\"error\""), answer.body());
    }
    Answer unknown = PoaServerFixture.get(server, "/api/nothing");
    assertEquals(404, unknown.status());
    assertTrue(unknown.body().startsWith("{\"error\""), unknown.body());
  }

  record Hexagon(String id, double lat, double lon, String latText, String lonText) {}

  private static List<Hexagon> hexagons() throws Exception {
    List<String> lines = Files.readAllLines(RepoFiles.resolve("regions/poa/poa_hexgrid.csv"));
    List<String> header = CsvReader.fields(lines.get(0)).stream().map(String::trim).toList();
    List<Hexagon> hexagons = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = CsvReader.fields(line);
      String lat = cells.get(header.indexOf("lat"));
      String lon = cells.get(header.indexOf("lon"));
      hexagons.add(
          new Hexagon(
              cells.get(header.indexOf("id")),
              Double.parseDouble(lat),
              Double.parseDouble(lon),
              lat,
              lon));
    }
    return hexagons;
  }

  private static List<String> ids(List<Hexagon> hexagons) {
    return hexagons.stream().map(Hexagon::id).toList();
  }
}
