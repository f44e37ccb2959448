package org.ruralaccess.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.testing.RaeProcess;
import org.ruralaccess.testing.RaeProcess.Run;
import org.ruralaccess.testing.RepoFiles;

/** {@code rae matrix} as a user runs it, on the real Porto Alegre network. */
class MatrixCommandIT {

  @TempDir static Path dir;
  private static Path network;
  private static final String POI = "regions/poa/poa_points_of_interest.csv";

  @BeforeAll
  static void buildNetwork() throws Exception {
    network = dir.resolve("poa.rae");
    Run build = RaeProcess.run("build", "--region", "regions/poa", "--out", network.toString());
    assertEquals(0, build.exitCode(), build.stderr());
  }

  @Test
  void transitMatrixIsCompleteAndDeterministic() throws Exception {
    Path first = dir.resolve("m1.csv");
    Path second = dir.resolve("m2.csv");
    Run run = matrix(first, "--from", "14:00", "--to", "15:00", "--percentiles", "25,50,75");
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains("origins 15/15 (100%)"), run.stderr());
    assertEquals(
        0,
        matrix(second, "--from", "14:00", "--to", "15:00", "--percentiles", "25,50,75").exitCode());
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    // a log gets a line per tenth of the work, no redrawn bar
    assertFalse(run.stderr().contains("\r"), run.stderr());
    List<String> progress = run.stderr().lines().filter(l -> l.startsWith("  origins ")).toList();
    assertTrue(progress.size() >= 1 && progress.size() <= 10, run.stderr());
    assertTrue(progress.getLast().startsWith("  origins 15/15 (100%)"), run.stderr());

    // beside the CSV: its data dictionary and its run record, named after it
    assertEquals(
        List.of(
            "column,type,unit,meaning",
            "origin_id,text,,id of the origin (the origins CSV's id column)",
            "destination_id,text,,id of the destination (the destinations CSV's id column)",
            "p25,integer,minutes,\"travel time, the 25th percentile over the window's departures,"
                + " whole minutes rounded down; empty when not reachable within the maximum trip"
                + " time\"",
            "p50,integer,minutes,\"travel time, the median (50th percentile) over the window's"
                + " departures, whole minutes rounded down; empty when not reachable within the"
                + " maximum trip time\"",
            "p75,integer,minutes,\"travel time, the 75th percentile over the window's departures,"
                + " whole minutes rounded down; empty when not reachable within the maximum trip"
                + " time\""),
        Files.readAllLines(dir.resolve("m1.dictionary.csv")));
    JsonNode record = new ObjectMapper().readTree(dir.resolve("m1.run.json").toFile());
    assertEquals("rae matrix", record.get("command").asText());
    assertEquals("[25,50,75]", record.get("parameters").get("percentiles").toString());
    assertEquals("14:00", record.get("parameters").get("from").asText());
    assertEquals(3.6, record.get("parameters").get("routing").get("walkSpeedKmh").asDouble());
    assertEquals(
        "[\"m1.csv\",\"m1.dictionary.csv\",\"m1.run.json\"]", record.get("outputs").toString());
    List<String> roles = new java.util.ArrayList<>();
    record.get("inputs").forEach(input -> roles.add(input.get("role").asText()));
    assertEquals("network", roles.get(0));
    assertEquals(List.of("origins", "destinations"), roles.subList(roles.size() - 2, roles.size()));
    assertEquals(
        Files.readString(dir.resolve("m1.run.json")),
        Files.readString(dir.resolve("m2.run.json")).replace("m2.", "m1."),
        "the same request gives the same record");

    List<String> lines = Files.readAllLines(first);
    assertEquals("origin_id,destination_id,p25,p50,p75", lines.get(0));
    assertEquals(1 + 15 * 15, lines.size());
    Map<String, String[]> rows = rows(lines);
    // a point to itself: no time at all
    assertEquals("0", rows.get("public_market,public_market")[3]);
    // percentiles are ordered
    for (String[] row : rows.values()) {
      if (!row[2].isEmpty() && !row[4].isEmpty()) {
        assertTrue(Integer.parseInt(row[2]) <= Integer.parseInt(row[4]), String.join(",", row));
      }
    }
  }

  /**
   * An independent router on the same data: r5r's paper (2021) reports, for origin 89a901291abffff
   * departing 14:00 on 2019-05-13 with a 120-minute window, walk 3.6 km/h, these median minutes. R5
   * and we differ in details (street linking, R5's 1,000 m walk limit, its older OSM handling), so
   * we ask for agreement within 3 minutes, not equality.
   */
  @Test
  void mediansAgreeWithR5OnPortoAlegre() throws Exception {
    Map<String, Integer> r5Median =
        Map.of(
            "89a901295b7ffff",
            45,
            "89a9012809bffff",
            49,
            "89a901285cfffff",
            38,
            "89a90e934d7ffff",
            62,
            "89a90129b47ffff",
            65);
    List<String> hexagons = Files.readAllLines(RepoFiles.resolve("regions/poa/poa_hexgrid.csv"));
    Path origins = dir.resolve("r5-origin.csv");
    Path destinations = dir.resolve("r5-destinations.csv");
    Files.writeString(
        origins, hexagons.get(0) + "\n" + rowsOf(hexagons, List.of("89a901291abffff")));
    Files.writeString(
        destinations, hexagons.get(0) + "\n" + rowsOf(hexagons, List.copyOf(r5Median.keySet())));
    Path out = dir.resolve("r5.csv");
    Run run =
        RaeProcess.run(
            "matrix",
            "--network",
            network.toString(),
            "--origins",
            origins.toString(),
            "--destinations",
            destinations.toString(),
            "--date",
            "2019-05-13",
            "--from",
            "14:00",
            "--to",
            "16:00",
            "--out",
            out.toString());
    assertEquals(0, run.exitCode(), run.stderr());
    Map<String, String[]> rows = rows(Files.readAllLines(out));
    r5Median.forEach(
        (destination, r5) -> {
          int ours = Integer.parseInt(rows.get("89a901291abffff," + destination)[2]);
          assertTrue(Math.abs(ours - r5) <= 3, destination + ": ours " + ours + ", R5 " + r5);
        });
  }

  @Test
  void arriveByGivesLatestDepartureAndTravelTime() throws Exception {
    Path out = dir.resolve("arrive.csv");
    Run run = matrix(out, "--arrive-by", "15:30");
    assertEquals(0, run.exitCode(), run.stderr());
    List<String> lines = Files.readAllLines(out);
    assertEquals("origin_id,destination_id,latest_departure,travel_time", lines.get(0));
    String[] row = rows(lines).get("public_market,bus_central_station");
    int departure = seconds(row[2]);
    int minutes = Integer.parseInt(row[3]);
    assertTrue(departure + minutes * 60 <= seconds("15:30:00"), String.join(",", row));
    assertTrue(departure > seconds("15:00:00"), "a 13-minute trip leaves in the last half hour");
  }

  @Test
  void streetModesOrderAsExpected() throws Exception {
    Map<String, Integer> minutes = new HashMap<>();
    for (String mode : List.of("walk", "bike", "car")) {
      Path out = dir.resolve(mode + ".csv");
      Run run =
          matrix(out, "--from", "14:00", "--to", "14:01", "--mode", mode, "--max-minutes", "300");
      assertEquals(0, run.exitCode(), run.stderr());
      minutes.put(
          mode, Integer.parseInt(rows(Files.readAllLines(out)).get("public_market,pucrs")[2]));
    }
    // public market to PUCRS is about 6.5 km as the crow flies: 108 min at 3.6 km/h at least
    assertTrue(minutes.get("walk") >= 108, minutes.toString());
    assertTrue(minutes.get("bike") < minutes.get("walk"), minutes.toString());
    assertTrue(minutes.get("car") < minutes.get("bike"), minutes.toString());
  }

  @Test
  void badInputIsOneClearLineAndNoOutput() throws Exception {
    Path badOrigins = dir.resolve("bad-origins.csv");
    Files.writeString(badOrigins, "id,latitude,longtitude\na,-30.0,-51.2\n");
    Path out = dir.resolve("never.csv");
    Run run =
        RaeProcess.run(
            "matrix",
            "--network",
            network.toString(),
            "--origins",
            badOrigins.toString(),
            "--destinations",
            POI,
            "--date",
            "2019-05-13",
            "--from",
            "14:00",
            "--to",
            "15:00",
            "--out",
            out.toString());
    assertEquals(2, run.exitCode());
    assertTrue(
        run.stderr().contains("bad-origins.csv, line 1, field 'lon': missing column 'lon'"),
        run.stderr());
    assertFalse(Files.exists(out));

    Run outside = matrix(out, "--from", "14:00", "--to", "15:00", "--date", "2020-01-01");
    assertEquals(2, outside.exitCode());
    assertTrue(
        outside
            .stderr()
            .contains("outside the timetables of this network (2019-03-01 to 2019-12-31)"),
        outside.stderr());

    Run badTime = matrix(out, "--from", "14:60", "--to", "15:00");
    assertEquals(2, badTime.exitCode());
    assertTrue(badTime.stderr().contains("--from: '14:60' is not a valid time"), badTime.stderr());
    assertFalse(badTime.hasStackTrace() || outside.hasStackTrace() || run.hasStackTrace());
    assertFalse(Files.exists(out));
  }

  @Test
  void runJsonExampleOfTheDocsIsWhatTheCommandWrites() throws Exception {
    // docs/outputs.md shows the run.json of this very command (its network built elsewhere)
    Path out = dir.resolve("poa-poi.csv");
    Run run = matrix(out, "--from", "14:00", "--to", "15:00", "--percentiles", "50,95");
    assertEquals(0, run.exitCode(), run.stderr());
    String docs = Files.readString(RepoFiles.resolve("docs/outputs.md"));
    int section = docs.indexOf("## run.json");
    int start = docs.indexOf("```json\n", section) + "```json\n".length();
    ObjectMapper json = new ObjectMapper();
    JsonNode example = json.readTree(docs.substring(start, docs.indexOf("```", start)));
    JsonNode written = json.readTree(dir.resolve("poa-poi.run.json").toFile());
    assertEquals(fieldNames(example), fieldNames(written));
    for (String key : List.of("command", "engineVersion", "parameters", "outputs")) {
      assertEquals(example.get(key), written.get(key), key);
    }
    // the inputs: the same roles and files; the network file and the absolute paths its build
    // recorded differ between the docs' checkout and this test's, the bytes of the sources do not
    assertEquals(example.get("inputs").size(), written.get("inputs").size());
    for (int i = 0; i < written.get("inputs").size(); i++) {
      JsonNode documented = example.get("inputs").get(i);
      JsonNode actual = written.get("inputs").get(i);
      assertEquals(documented.get("role"), actual.get("role"));
      if (!actual.get("role").asText().equals("network")) {
        assertEquals(documented.get("sha256"), actual.get("sha256"), actual.toString());
        assertEquals(documented.get("sizeBytes"), actual.get("sizeBytes"), actual.toString());
      }
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    node.get("parameters").fieldNames().forEachRemaining(name -> names.add("parameters." + name));
    return names;
  }

  private static Run matrix(Path out, String... extra) throws IOException, InterruptedException {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "matrix",
                "--network",
                network.toString(),
                "--origins",
                POI,
                "--destinations",
                POI,
                "--out",
                out.toString()));
    if (!List.of(extra).contains("--date")) {
      args.addAll(List.of("--date", "2019-05-13"));
    }
    args.addAll(List.of(extra));
    return RaeProcess.run(args.toArray(new String[0]));
  }

  private static Map<String, String[]> rows(List<String> lines) {
    Map<String, String[]> rows = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(",", -1);
      rows.put(fields[0] + "," + fields[1], fields);
    }
    return rows;
  }

  private static String rowsOf(List<String> hexagons, List<String> ids) {
    StringBuilder rows = new StringBuilder();
    for (String line : hexagons) {
      if (ids.contains(line.split(",", 2)[0])) {
        rows.append(line).append('\n');
      }
    }
    return rows.toString();
  }

  private static int seconds(String time) {
    String[] parts = time.split(":");
    return Integer.parseInt(parts[0]) * 3600
        + Integer.parseInt(parts[1]) * 60
        + Integer.parseInt(parts[2]);
  }
}
