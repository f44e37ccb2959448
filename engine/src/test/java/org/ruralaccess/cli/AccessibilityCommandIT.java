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
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.testing.RaeProcess;
import org.ruralaccess.testing.RaeProcess.Run;
import org.ruralaccess.testing.RepoFiles;

/**
 * {@code rae accessibility} on the bundled default region, Porto Alegre, as the README runs it: the
 * zones (r5r's hexagons) and opportunities travel with the network.
 */
class AccessibilityCommandIT {

  @TempDir static Path dir;
  private static Path network;
  private static Path first;
  private static String firstStderr;

  @BeforeAll
  static void buildAndRun() throws Exception {
    network = dir.resolve("poa.rae");
    Run build = RaeProcess.run("build", "--region", "regions/poa", "--out", network.toString());
    assertEquals(0, build.exitCode(), build.stderr());
    first = dir.resolve("first");
    Run run = accessibility(first);
    assertEquals(0, run.exitCode(), run.stderr());
    firstStderr = run.stderr();
    assertFalse(run.stderr().contains("WARNING"), "no JVM warnings for users: " + run.stderr());
  }

  private static Run accessibility(Path out, String... extra) throws Exception {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "accessibility",
                "--network",
                network.toString(),
                "--date",
                "2019-05-13",
                "--from",
                "14:00",
                "--to",
                "14:30",
                "--modes",
                "transit,walk",
                "--crs",
                "27700",
                "--out",
                out.toString()));
    args.addAll(List.of(extra));
    return RaeProcess.run(args.toArray(new String[0]));
  }

  @Test
  void writesEveryOutputDeterministically() throws Exception {
    Path second = dir.resolve("second");
    assertEquals(0, accessibility(second).exitCode());
    for (String file :
        List.of(
            "zone_indicators.csv",
            "zone_indicators.geojson",
            "zone_indicators.dictionary.csv",
            "equity.csv",
            "equity.dictionary.csv",
            "accessibility.gpkg",
            "accessibility_27700.gpkg",
            "run.json")) {
      assertTrue(Files.size(first.resolve(file)) > 0, file);
      assertArrayEquals(
          Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
    }
    JsonNode run = new ObjectMapper().readTree(first.resolve("run.json").toFile());
    assertEquals("rae accessibility", run.get("command").asText());
    assertTrue(
        run.get("inputs").toString().contains("poa_hexgrid.csv"), "inputs name the zones file");
    assertEquals(64, run.get("inputs").get(0).get("sha256").asText().length());
  }

  @Test
  void withoutSchemesSaysSoOnceAndWritesNoCommunityTransportFiles() throws Exception {
    assertEquals(
        1,
        firstStderr.lines().filter("no community transport schemes in the network"::equals).count(),
        firstStderr);
    for (String file :
        List.of(
            "rider_indicators.csv",
            "rider_indicators.geojson",
            "community_transport.csv",
            "community_transport.geojson",
            "community_transport_access_changes.csv")) {
      assertFalse(Files.exists(first.resolve(file)), file);
    }
    JsonNode run = new ObjectMapper().readTree(first.resolve("run.json").toFile());
    assertEquals(
        "{\"booking\":\"day-before\",\"enabled\":true,\"rider\":\"general\"}",
        run.get("parameters").get("communityTransport").toString());
    assertEquals("[]", run.get("parameters").get("riders").toString());
    assertEquals(
        "[\"zone_indicators.csv\",\"zone_indicators.dictionary.csv\",\"zone_indicators.geojson\","
            + "\"equity.csv\",\"equity.dictionary.csv\",\"accessibility.gpkg\","
            + "\"accessibility_27700.gpkg\",\"run.json\"]",
        run.get("outputs").toString());
    // the routing settings used, as region.yaml names them (regions/poa: r5r's 3.6 km/h walk)
    JsonNode routing = run.get("parameters").get("routing");
    assertEquals(3.6, routing.get("walkSpeedKmh").asDouble());
    assertEquals(4, routing.get("maxTransfers").asInt());
    assertEquals(27700, run.get("parameters").get("crs").asInt());
  }

  @Test
  void everyTableHasItsDataDictionaryAndHexagonsKeepZoneCode() throws Exception {
    List<String> header =
        List.of(Files.readAllLines(first.resolve("zone_indicators.csv")).get(0).split(","));
    // r5r's hexagon ids are not LSOA codes: the id column stays zone_code
    assertEquals("zone_code", header.get(0));
    List<String> dictionary = Files.readAllLines(first.resolve("zone_indicators.dictionary.csv"));
    assertEquals("column,type,unit,meaning", dictionary.get(0));
    // one row per column, in the table's order
    assertEquals(header.size(), dictionary.size() - 1);
    for (int c = 0; c < header.size(); c++) {
      assertTrue(dictionary.get(c + 1).startsWith(header.get(c) + ","), dictionary.get(c + 1));
    }
    assertTrue(
        dictionary.contains(
            "jobs_transit_min_minutes,decimal,minutes,\"travel time to the nearest jobs"
                + " destination by public transport (with walking), at the run's percentile over"
                + " the departure window; empty when none is reached within the maximum trip"
                + " time\""),
        String.join("\n", dictionary));
    assertTrue(
        dictionary.contains(
            "jobs_transit_n15,integer,count,number of jobs destinations"
                + " by public transport (with walking) within 15 minutes"),
        String.join("\n", dictionary));
  }

  @Test
  void geoPackageIsIndexedStyledAndDatedByTheNetworkFile() throws Exception {
    Instant networkModified =
        Files.getLastModifiedTime(network).toInstant().truncatedTo(ChronoUnit.SECONDS);
    try (Connection db =
            DriverManager.getConnection("jdbc:sqlite:" + first.resolve("accessibility.gpkg"));
        Statement sql = db.createStatement()) {
      ResultSet contents = sql.executeQuery("SELECT DISTINCT last_change FROM gpkg_contents");
      assertTrue(contents.next());
      // the newest input is the network file (the zones and destinations come with it)
      assertEquals(
          DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
              .withZone(ZoneOffset.UTC)
              .format(networkModified),
          contents.getString(1));
      assertFalse(contents.next(), "one last_change for every table");
      ResultSet index = sql.executeQuery("SELECT count(*) FROM rtree_zone_indicators_geom");
      assertTrue(index.next());
      assertEquals(1227, index.getInt(1), "every hexagon in the spatial index");
      ResultSet styles =
          sql.executeQuery("SELECT styleName FROM layer_styles WHERE useAsDefault ORDER BY id");
      assertTrue(styles.next());
      assertEquals("jobs_transit_min_minutes", styles.getString(1));
    }
  }

  @Test
  void populationAndOpportunitiesMatchTheSourceFile() throws Exception {
    // Totals recomputed from r5r's hexgrid: population 812,935 (SOURCES.md) and jobs per hexagon.
    List<String> hexagons = Files.readAllLines(RepoFiles.resolve("regions/poa/poa_hexgrid.csv"));
    List<String> header = Arrays.asList(hexagons.get(0).split(","));
    int population = header.indexOf("population");
    long totalPopulation = 0;
    for (String line : hexagons.subList(1, hexagons.size())) {
      String cell = line.split(",", -1)[population];
      totalPopulation += cell.isEmpty() ? 0 : Math.round(Double.parseDouble(cell));
    }
    assertEquals(812_935, totalPopulation);
    List<String> equity = Files.readAllLines(first.resolve("equity.csv"));
    assertEquals(
        "group_type,group,category,mode,zones,users,avg_min_minutes,pct15,pct30,pct45,pct60,users_no_access_60,users_unreached",
        equity.get(0));
    String jobsByTransit =
        equity.stream()
            .filter(l -> l.startsWith("all,all,jobs,transit,"))
            .findFirst()
            .orElseThrow();
    assertEquals("1227", jobsByTransit.split(",")[4]);
    assertEquals(String.valueOf(totalPopulation), jobsByTransit.split(",")[5]);
  }

  @Test
  void transitNeverSlowerThanWalkingToTheNearestOpportunity() throws Exception {
    // Transit includes walking all the way, so per zone its minimum time is at most walking's.
    List<String> rows = Files.readAllLines(first.resolve("zone_indicators.csv"));
    List<String> header = Arrays.asList(rows.get(0).split(","));
    int transit = header.indexOf("healthcare_transit_min_minutes");
    int walk = header.indexOf("healthcare_walk_min_minutes");
    int compared = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split(",", -1);
      if (!cells[walk].isEmpty()) {
        assertFalse(cells[transit].isEmpty(), row);
        assertTrue(Double.parseDouble(cells[transit]) <= Double.parseDouble(cells[walk]), row);
        compared++;
      }
    }
    assertTrue(compared > 500, "compared " + compared);
  }

  /**
   * The indicators of one zone recomputed here from `rae matrix` (same window, median) and the
   * hexagon opportunity columns: jobs within 60 minutes, hexagons with schools within 30 minutes,
   * and the nearest health care. Same router, but none of the aggregation code.
   */
  @Test
  void indicatorsAgreeWithTheMatrixAndTheOpportunityColumns() throws Exception {
    String origin = "89a901291abffff";
    List<String> hexagons = Files.readAllLines(RepoFiles.resolve("regions/poa/poa_hexgrid.csv"));
    List<String> header = Arrays.asList(hexagons.get(0).split(","));
    Path origins = dir.resolve("one-origin.csv");
    Files.writeString(
        origins,
        hexagons.get(0)
            + "\n"
            + hexagons.stream().filter(l -> l.startsWith(origin + ",")).findFirst().orElseThrow()
            + "\n");
    Path matrix = dir.resolve("one-origin-matrix.csv");
    Run run =
        RaeProcess.run(
            "matrix",
            "--network",
            network.toString(),
            "--origins",
            origins.toString(),
            "--destinations",
            "regions/poa/poa_hexgrid.csv",
            "--date",
            "2019-05-13",
            "--from",
            "14:00",
            "--to",
            "14:30",
            "--out",
            matrix.toString());
    assertEquals(0, run.exitCode(), run.stderr());
    java.util.Map<String, Integer> minutes = new java.util.HashMap<>();
    for (String line : Files.readAllLines(matrix).subList(1, 1 + hexagons.size() - 1)) {
      String[] cells = line.split(",", -1);
      if (!cells[2].isEmpty()) {
        minutes.put(cells[1], Integer.parseInt(cells[2]));
      }
    }
    double jobsWithin60 = 0;
    int schoolHexagonsWithin30 = 0;
    int nearestHealthcare = Integer.MAX_VALUE;
    for (String line : hexagons.subList(1, hexagons.size())) {
      String[] cells = line.split(",", -1);
      Integer time = minutes.get(cells[0]);
      if (time == null) {
        continue;
      }
      double jobs = number(cells[header.indexOf("jobs")]);
      double schools = number(cells[header.indexOf("schools")]);
      double healthcare = number(cells[header.indexOf("healthcare")]);
      jobsWithin60 += time < 60 ? jobs : 0; // whole minutes rounded down: < 60 min
      schoolHexagonsWithin30 += time < 30 && schools > 0 ? 1 : 0;
      nearestHealthcare = healthcare > 0 ? Math.min(nearestHealthcare, time) : nearestHealthcare;
    }
    List<String> rows = Files.readAllLines(first.resolve("zone_indicators.csv"));
    List<String> columns = Arrays.asList(rows.get(0).split(","));
    String[] zone =
        rows.stream()
            .filter(l -> l.startsWith(origin + ","))
            .findFirst()
            .orElseThrow()
            .split(",", -1);
    assertEquals(
        jobsWithin60, Double.parseDouble(zone[columns.indexOf("jobs_transit_opp60")]), 0.5);
    assertEquals(
        schoolHexagonsWithin30, Integer.parseInt(zone[columns.indexOf("schools_transit_n30")]));
    assertEquals(
        nearestHealthcare,
        (int)
            Math.floor(
                Double.parseDouble(zone[columns.indexOf("healthcare_transit_min_minutes")])));
  }

  private static double number(String cell) {
    return cell.isEmpty() ? 0 : Double.parseDouble(cell);
  }

  @Test
  void jtsStyleNamesColumnsAsTheDfTTables() throws Exception {
    Path out = dir.resolve("jts");
    Run run = accessibility(out, "--style", "jts");
    assertEquals(0, run.exitCode(), run.stderr());
    String header = Files.readAllLines(out.resolve("zone_indicators.csv")).get(0);
    assertTrue(header.startsWith("LSOA21CD,"), header);
    assertTrue(header.contains(",EmpPTt,") && header.contains(",EmpPT15pct,"), header);
  }

  @Test
  void badInputIsOneClearLineAndNoOutput() throws Exception {
    Path out = dir.resolve("bad");
    Run style = accessibility(out, "--style", "fancy");
    assertEquals(2, style.exitCode());
    assertTrue(style.stderr().contains("--style: 'fancy' is not a style"), style.stderr());
    Run decay = accessibility(out, "--decay", "cubic");
    assertEquals(2, decay.exitCode());
    assertTrue(decay.stderr().contains("cubic"), decay.stderr());
    Path badDestinations = dir.resolve("bad-destinations.csv");
    Files.writeString(
        badDestinations, "id,name,category,lat,lon,weight\nx,X,swimming_pool,-30.03,-51.2,1\n");
    Run unknown = accessibility(out, "--destinations", badDestinations.toString());
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.stderr().contains("swimming_pool"), unknown.stderr());
    assertFalse(style.hasStackTrace() || decay.hasStackTrace() || unknown.hasStackTrace());
    assertFalse(Files.exists(out.resolve("zone_indicators.csv")));
  }
}
