package org.ruralaccess.ingest.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralaccess.ingest.postcodes.CodePointReader;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.zone.AgeBand;
import org.ruralaccess.model.zone.AgeTable;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.testing.RepoFiles;

/**
 * The real Dorset and BCP LSOAs (regions/dorset/zones), checked against counts and positions
 * computed here with plain Java and Jackson: features counted in the GeoJSON, populations summed
 * from the census CSV, point-in-polygon by ray casting written below.
 */
class DorsetZonesTest {

  private static final Path ZONES = RepoFiles.resolve("regions/dorset/zones");
  private static final String DORSET = "E06000059";

  private static final List<Path> POSTCODE_FILES =
      List.of(
          ZONES.resolve("codepoint_dt.csv"),
          ZONES.resolve("codepoint_bh.csv"),
          ZONES.resolve("codepoint_sp_ba_ta_ex_dorset_bcp.csv"));

  private static ZoneSet zones;
  private static ImportIssues issues;
  private static Map<String, List<double[][]>> ringsByCode;
  private static Map<String, String> ladByCode;

  @BeforeAll
  static void read() throws IOException {
    issues = new ImportIssues();
    long start = System.nanoTime();
    zones =
        ZoneSetReader.read(
            inputs(ZONES.resolve("lsoa21_to_lsoa11_dorset_bcp.csv")), issues, s -> {});
    System.out.printf(
        "Dorset + BCP zones read in %.2f s (boundaries, census, IoD, 23k postcodes)%n",
        (System.nanoTime() - start) / 1e9);
    ringsByCode = new HashMap<>();
    ladByCode = new HashMap<>();
    for (String file :
        List.of("lsoa21_boundaries_dorset.geojson", "lsoa21_boundaries_bcp.geojson")) {
      for (JsonNode feature :
          new ObjectMapper().readTree(ZONES.resolve(file).toFile()).get("features")) {
        String code = feature.get("properties").get("LSOA21CD").asText();
        ladByCode.put(code, feature.get("properties").get("LADCD_ACTIVE").asText());
        ringsByCode.put(code, rings(feature.get("geometry")));
      }
    }
  }

  private static ZoneInputs inputs(Path lookup) {
    return new ZoneInputs(
        List.of(
            ZONES.resolve("lsoa21_boundaries_dorset.geojson"),
            ZONES.resolve("lsoa21_boundaries_bcp.geojson")),
        "LSOA21CD",
        "LSOA21NM",
        "LADCD_ACTIVE",
        Set.of(DORSET),
        ZONES.resolve("census2021_age6_dorset_bcp.csv"),
        ZONES.resolve("iod2019_lsoa11_dorset_bcp.csv"),
        lookup,
        null,
        POSTCODE_FILES);
  }

  @Test
  void studyAreaIsDorsetCouncilWithBcpAsNeighbour() {
    long dorsetFeatures = ladByCode.values().stream().filter(DORSET::equals).count();
    assertEquals(223, dorsetFeatures); // SOURCES.md
    assertEquals(ladByCode.size(), zones.size());
    assertEquals(463, zones.size());
    assertEquals(dorsetFeatures, zones.zones().stream().filter(Zone::inStudyArea).count());
    for (Zone zone : zones.zones()) {
      assertEquals(DORSET.equals(ladByCode.get(zone.code())), zone.inStudyArea(), zone.code());
    }
    List<String> codes = zones.zones().stream().map(Zone::code).toList();
    assertEquals(codes.stream().sorted().toList(), codes, "sorted by code");
  }

  @Test
  void dorsetPopulationMatchesTheCensusTable() throws IOException {
    Map<String, Long> totals = new HashMap<>();
    List<String> lines = Files.readAllLines(ZONES.resolve("census2021_age6_dorset_bcp.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(",");
      totals.put(fields[0], Long.parseLong(fields[fields.length - 1]));
    }
    long dorset = 0;
    for (Zone zone : zones.zones()) {
      assertEquals(totals.get(zone.code()).doubleValue(), zone.totalPopulation(), zone.code());
      double bands = 0;
      assertEquals(AgeTable.SIX_BANDS, zone.ageTable().orElseThrow(), zone.code());
      for (AgeBand band : AgeBand.of(AgeTable.SIX_BANDS)) {
        bands += zone.population(band);
      }
      assertEquals(zone.totalPopulation(), bands, zone.code());
      dorset += zone.inStudyArea() ? totals.get(zone.code()) : 0;
    }
    assertEquals(379_589, dorset); // SOURCES.md
    assertEquals(0, ZoneSetReaderTest.count(issues, "ZONE_WITHOUT_POPULATION"));
  }

  @Test
  void everyOriginIsAPostcodeMeanOrAReportedInteriorPointInsideItsZone() {
    int interior = 0;
    for (Zone zone : zones.zones()) {
      assertTrue(
          inside(ringsByCode.get(zone.code()), zone.originLat(), zone.originLon()), zone.code());
      if (zone.originMethod().equals("interior-point")) {
        interior++;
        assertTrue(
            issues.sorted().stream()
                .anyMatch(
                    i ->
                        i.code().equals("ZONE_ORIGIN_INTERIOR_POINT")
                            && zone.code().equals(i.entityId())),
            zone.code());
      } else {
        assertTrue(zone.originMethod().matches("postcodes:[1-9][0-9]*"), zone.originMethod());
      }
    }
    assertEquals(interior, ZoneSetReaderTest.count(issues, "ZONE_ORIGIN_INTERIOR_POINT"));
    System.out.println(interior + " of 463 zones fell back to the interior point");
  }

  @Test
  void rayCastingAgreesWithThePostcodeCountAndMeanOfSampledZones() {
    Map<String, Coordinate> postcodes =
        CodePointReader.read(POSTCODE_FILES, new ImportIssues()).all();
    int checked = 0;
    for (int z = 0; z < zones.size(); z += 10) {
      Zone zone = zones.zone(z);
      List<double[][]> rings = ringsByCode.get(zone.code());
      int count = 0;
      double sumLat = 0;
      double sumLon = 0;
      for (Coordinate postcode : postcodes.values()) {
        if (inside(rings, postcode.lat(), postcode.lon())) {
          count++;
          sumLat += postcode.lat();
          sumLon += postcode.lon();
        }
      }
      assertEquals(
          count == 0 ? "interior-point" : "postcodes:" + count, zone.originMethod(), zone.code());
      if (count > 0 && inside(rings, sumLat / count, sumLon / count)) {
        assertEquals(sumLat / count, zone.originLat(), 1e-9, zone.code());
        assertEquals(sumLon / count, zone.originLon(), 1e-9, zone.code());
      }
      checked++;
    }
    assertEquals(47, checked); // zones 0, 10, ..., 460
  }

  @Test
  void decilesFromTheLookupWithMergedZonesTakingTheMostDeprived() throws IOException {
    Map<String, Integer> iod = new HashMap<>();
    List<String> iodLines = Files.readAllLines(ZONES.resolve("iod2019_lsoa11_dorset_bcp.csv"));
    List<String> header = List.of(csvSplit(iodLines.getFirst()));
    int decileColumn = header.indexOf("index_of_multiple_deprivation_imd_decile");
    for (String line : iodLines.subList(1, iodLines.size())) {
      String[] fields = csvSplit(line);
      iod.put(fields[0], Integer.parseInt(fields[decileColumn]));
    }
    Map<String, Integer> expected = new HashMap<>();
    List<String> lookup = Files.readAllLines(ZONES.resolve("lsoa21_to_lsoa11_dorset_bcp.csv"));
    for (String line : lookup.subList(1, lookup.size())) {
      String[] fields = csvSplit(line); // LSOA11CD, LSOA11NM, LSOA21CD, LSOA21NM, CHGIND
      expected.merge(fields[2], iod.get(fields[0]), Math::min);
    }
    assertEquals(463, expected.size(), "the lookup covers every zone");
    for (Zone zone : zones.zones()) {
      assertEquals(expected.get(zone.code()), zone.imdDecile(), zone.code());
      assertTrue(zone.imdDecile() >= 1 && zone.imdDecile() <= 10, zone.code());
    }
    // Dorset 009D (E01034378) merged North Dorset 006E and 006F
    assertEquals(
        Math.min(iod.get("E01033154"), iod.get("E01033159")),
        zones.findZone("E01034378").orElseThrow().imdDecile());
    assertEquals(0, ZoneSetReaderTest.count(issues, "ZONE_DEPRIVATION_UNMAPPED"));
  }

  @Test
  void withoutTheLookupChangedLsoasAreReportedUnmapped() {
    Set<String> iodCodes = new java.util.HashSet<>();
    try {
      for (String line : Files.readAllLines(ZONES.resolve("iod2019_lsoa11_dorset_bcp.csv"))) {
        iodCodes.add(csvSplit(line)[0]);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    long newCodes = ladByCode.keySet().stream().filter(c -> !iodCodes.contains(c)).count();
    ImportIssues withoutLookup = new ImportIssues();
    ZoneSet unmapped = ZoneSetReader.read(inputs(null), withoutLookup, s -> {});
    assertEquals(newCodes, unmapped.zones().stream().filter(z -> z.imdDecile() == 0).count());
    assertTrue(
        ZoneSetReaderTest.message(withoutLookup, "ZONE_DEPRIVATION_UNMAPPED")
            .startsWith(newCodes + " zones"));
  }

  /** Even-odd ray casting over every ring (outer and holes) of a Polygon or MultiPolygon. */
  static boolean inside(List<double[][]> rings, double lat, double lon) {
    boolean inside = false;
    for (double[][] ring : rings) {
      for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        double xi = ring[i][0];
        double yi = ring[i][1];
        double xj = ring[j][0];
        double yj = ring[j][1];
        if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
          inside = !inside;
        }
      }
    }
    return inside;
  }

  private static List<double[][]> rings(JsonNode geometry) {
    List<double[][]> rings = new ArrayList<>();
    JsonNode coordinates = geometry.get("coordinates");
    List<JsonNode> polygons = new ArrayList<>();
    if (geometry.get("type").asText().equals("Polygon")) {
      polygons.add(coordinates);
    } else {
      coordinates.forEach(polygons::add);
    }
    for (JsonNode polygon : polygons) {
      for (JsonNode ring : polygon) {
        double[][] points = new double[ring.size()][];
        for (int p = 0; p < ring.size(); p++) {
          points[p] = new double[] {ring.get(p).get(0).asDouble(), ring.get(p).get(1).asDouble()};
        }
        rings.add(points);
      }
    }
    return rings;
  }

  /** Splits on commas outside double quotes and drops the quotes. */
  private static String[] csvSplit(String line) {
    String[] fields = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
    for (int f = 0; f < fields.length; f++) {
      fields[f] = fields[f].replace("\"", "");
    }
    return fields;
  }
}
