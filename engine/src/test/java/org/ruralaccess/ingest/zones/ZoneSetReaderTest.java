package org.ruralaccess.ingest.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.ingest.postcodes.CodePointReader;
import org.ruralaccess.ingest.postcodes.PostcodeIndex;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.zone.AgeBand;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;

/** Synthetic zones with hand-derived answers: the whole read, from files written here. */
class ZoneSetReaderTest {

  @TempDir Path dir;

  /** Z1, Z2: 0.1 x 0.05 degree squares side by side near Dorchester; Z3 north of Z1; Z4 bowtie. */
  private static final String BOUNDARIES =
      """
      {"type": "FeatureCollection", "features": [
       {"type": "Feature", "properties": {"code": "Z2", "name": "Two", "lad": "IN"},
        "geometry": {"type": "Polygon", "coordinates": [[[-2.4, 50.70], [-2.3, 50.70],
          [-2.3, 50.75], [-2.4, 50.75], [-2.4, 50.70]]]}},
       {"type": "Feature", "properties": {"code": "Z1", "name": "One", "lad": "IN"},
        "geometry": {"type": "Polygon", "coordinates": [[[-2.5, 50.70], [-2.4, 50.70],
          [-2.4, 50.75], [-2.5, 50.75], [-2.5, 50.70]]]}},
       {"type": "Feature", "properties": {"code": "Z3", "lad": "OUT"},
        "geometry": {"type": "MultiPolygon", "coordinates": [[[[-2.5, 50.80], [-2.4, 50.80],
          [-2.4, 50.85], [-2.5, 50.85], [-2.5, 50.80]]]]}},
       {"type": "Feature", "properties": {"code": "Z4", "name": "Bowtie", "lad": "OUT"},
        "geometry": {"type": "Polygon", "coordinates": [[[-2.2, 50.70], [-2.1, 50.80],
          [-2.1, 50.70], [-2.2, 50.80], [-2.2, 50.70]]]}}
      ]}
      """;

  @Test
  void readsZonesWithPopulationDeprivationClassesAndPostcodeOrigins() throws Exception {
    Path boundaries = write("zones.geojson", BOUNDARIES);
    Path census =
        write(
            "census.csv",
            """
            lsoa21_code,lsoa21_name,Aged 15 years and under,Aged 16 to 24 years,\
            Aged 25 to 34 years,Aged 35 to 49 years,Aged 50 to 64 years,Aged 65 years and over,total
            Z1,One,10,20,30,40,50,60,210
            Z2,Two,1,2,3,4,5,6,21
            Z4,Bowtie,0,0,0,0,0,7,7
            """);
    Path iod =
        write(
            "iod.csv",
            """
            "lsoa11_code","index_of_multiple_deprivation_imd_decile"
            "P1",5
            "P2",4
            "P3",2
            "Z4",7
            """);
    Path lookup =
        write(
            "lookup.csv",
            """
            LSOA11CD,LSOA11NM,LSOA21CD,LSOA21NM,CHGIND
            P1,p1,Z1,One,S
            P2,p2,Z2,Two,M
            P3,p3,Z2,Two,M
            """);
    Path classes = write("ruc.csv", "code,class\nZ1,urban\nZ2,Rural village and dispersed\n");
    // Two postcodes fall in Z1, one in Z2, none in Z3 or Z4 (their WGS84 positions are read back
    // from the Code-Point reader, itself checked against published GIAS positions).
    Path codePoint =
        write(
            "dt.csv",
            """
            "DT1 1AA",10,368730,90722,"E92000001","","","","E06000059",""
            "DT1 1AB",10,369874,90687,"E92000001","","","","E06000059",""
            "DT2 9ZZ",10,375000,91000,"E92000001","","","","E06000059",""
            """);
    ImportIssues issues = new ImportIssues();
    List<String> progress = new ArrayList<>();
    ZoneSet zones =
        ZoneSetReader.read(
            new ZoneInputs(
                List.of(boundaries),
                "code",
                "name",
                "lad",
                Set.of("IN"),
                census,
                iod,
                lookup,
                classes,
                List.of(codePoint)),
            issues,
            progress::add);

    assertEquals(List.of("Z1", "Z2", "Z3", "Z4"), zones.zones().stream().map(Zone::code).toList());
    Zone one = zones.zone(0);
    Zone two = zones.zone(1);
    Zone three = zones.zone(2);
    Zone bowtie = zones.zone(3);
    assertEquals("One", one.name());
    assertEquals("Z3", three.name(), "no name property: the code is the name");
    assertTrue(one.inStudyArea() && two.inStudyArea());
    assertFalse(three.inStudyArea() || bowtie.inStudyArea());

    assertEquals(210, one.totalPopulation());
    assertEquals(40, one.population(AgeBand.AGE_35_49));
    assertEquals(0, three.totalPopulation(), "kept with population 0");
    assertEquals(0, three.population(AgeBand.AGE_65_PLUS));
    assertTrue(three.hasAgeBands());
    assertEquals(1, count(issues, "ZONE_WITHOUT_POPULATION"));

    assertEquals(5, one.imdDecile(), "split: the parent's decile");
    assertEquals(2, two.imdDecile(), "merged from deciles 4 and 2: the most deprived");
    assertEquals(0, three.imdDecile(), "unmapped");
    assertEquals(7, bowtie.imdDecile(), "unchanged code: 1:1");
    assertTrue(message(issues, "ZONE_DEPRIVATION_UNMAPPED").startsWith("1 zones"));

    assertEquals("urban", one.ruralUrban());
    assertEquals("rural", two.ruralUrban());
    assertNull(three.ruralUrban());
    assertEquals(1, count(issues, "ZONE_WITHOUT_RURAL_URBAN_CLASS"));

    PostcodeIndex postcodes = CodePointReader.read(List.of(codePoint), new ImportIssues());
    Coordinate aa = postcodes.find("DT1 1AA").orElseThrow();
    Coordinate ab = postcodes.find("DT1 1AB").orElseThrow();
    Coordinate zz = postcodes.find("DT2 9ZZ").orElseThrow();
    assertEquals("postcodes:2", one.originMethod());
    assertEquals((aa.lat() + ab.lat()) / 2, one.originLat(), 1e-12);
    assertEquals((aa.lon() + ab.lon()) / 2, one.originLon(), 1e-12);
    assertEquals("postcodes:1", two.originMethod());
    assertEquals(zz.lat(), two.originLat(), 1e-12);
    // Z3 has no postcode: JTS's interior point of a rectangle is its centre,
    // (-2.5 + -2.4) / 2 = -2.45, (50.80 + 50.85) / 2 = 50.825.
    assertEquals("interior-point", three.originMethod());
    assertEquals(50.825, three.originLat(), 1e-9);
    assertEquals(-2.45, three.originLon(), 1e-9);
    ImportIssue interior =
        issues.sorted().stream()
            .filter(i -> i.code().equals("ZONE_ORIGIN_INTERIOR_POINT") && "Z3".equals(i.entityId()))
            .findFirst()
            .orElseThrow();
    assertEquals(50.825, interior.lat(), 1e-9);
    assertEquals(2, count(issues, "ZONE_ORIGIN_INTERIOR_POINT"), "Z3 and the bowtie");

    // The bowtie crosses itself at (-2.15, 50.75); each lobe is a triangle of
    // 0.05 x 0.1 / 2 = 0.0025 square degrees. GeometryFixer keeps both: 0.005
    // (buffer(0) would keep one lobe, 0.0025).
    assertEquals(0.005, bowtie.boundary().getArea(), 1e-12);
    assertEquals(2, bowtie.boundary().getNumGeometries());
    assertEquals(1, count(issues, "ZONE_GEOMETRY_REPAIRED"));
    assertTrue(
        progress.getLast().startsWith("4 zones read, 2 in the study area"), progress.getLast());
  }

  @Test
  void missingCodeStopsTheReadNamingFileAndFeature() throws Exception {
    Path file = write("bad.geojson", BOUNDARIES.replace("\"code\": \"Z3\"", "\"other\": \"Z3\""));
    BadInputException e =
        assertThrows(
            BadInputException.class,
            () -> GeoJsonBoundaryReader.read(file, "code", "name", null, new ImportIssues()));
    assertEquals(file + ", feature 2: has no 'code' property (the zone code)", e.getMessage());
  }

  @Test
  void duplicateCodeAcrossFilesStopsTheRead() throws Exception {
    Path first = write("a.geojson", BOUNDARIES);
    Path second = write("b.geojson", BOUNDARIES);
    ZoneInputs inputs =
        new ZoneInputs(
            List.of(first, second), "code", null, null, null, null, null, null, null, List.of());
    BadInputException e =
        assertThrows(
            BadInputException.class, () -> ZoneSetReader.read(inputs, new ImportIssues(), s -> {}));
    assertEquals(
        second
            + ", feature 0: zone code 'Z2' was already used by "
            + first
            + ", feature 0;"
            + " zone codes must be unique",
        e.getMessage());
  }

  @Test
  void unclosedRingIsClosedWithAWarningAndTooShortRingStops() throws Exception {
    Path open =
        write(
            "open.geojson",
            """
            {"type": "FeatureCollection", "features": [{"type": "Feature",
             "properties": {"code": "A"}, "geometry": {"type": "Polygon",
             "coordinates": [[[0, 0], [2, 0], [2, 1], [0, 1]]]}}]}
            """);
    ImportIssues issues = new ImportIssues();
    List<BoundaryFeature> zones = GeoJsonBoundaryReader.read(open, "code", null, null, issues);
    assertEquals(2.0, zones.getFirst().geometry().getArea(), 1e-12, "2 x 1 degrees");
    assertEquals(1, count(issues, "ZONE_RING_NOT_CLOSED"));

    Path line = write("line.geojson", Files.readString(open).replace(", [2, 1], [0, 1]", ""));
    BadInputException e =
        assertThrows(
            BadInputException.class,
            () -> GeoJsonBoundaryReader.read(line, "code", null, null, new ImportIssues()));
    assertEquals(
        line + ", feature 0 (A): has a ring of 2 positions; need at least 4", e.getMessage());
  }

  @Test
  void withoutPopulationOrPostcodesEveryZoneIsStillKept() throws Exception {
    ZoneInputs inputs =
        new ZoneInputs(
            List.of(write("z.geojson", BOUNDARIES)),
            "code",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of());
    ImportIssues issues = new ImportIssues();
    ZoneSet zones = ZoneSetReader.read(inputs, issues, s -> {});
    assertEquals(4, zones.size());
    assertTrue(zones.zones().stream().allMatch(Zone::inStudyArea));
    assertFalse(zones.zone(0).hasAgeBands(), "no table: weighted by the total (0)");
    assertEquals(1, count(issues, "ZONE_POPULATION_NOT_GIVEN"));
    assertEquals(4, count(issues, "ZONE_ORIGIN_INTERIOR_POINT"));
  }

  @Test
  void aStudyAreaWithoutZonesStopsTheReadListingTheValuesFound() throws Exception {
    ZoneInputs inputs =
        new ZoneInputs(
            List.of(write("z.geojson", BOUNDARIES)),
            "code",
            null,
            "lad",
            Set.of("E06000059"),
            null,
            null,
            null,
            null,
            List.of());
    BadInputException e =
        assertThrows(
            BadInputException.class, () -> ZoneSetReader.read(inputs, new ImportIssues(), s -> {}));
    assertEquals("zones: no zone has lad in [E06000059]; values found: [IN, OUT]", e.getMessage());
  }

  /**
   * The population table as analysts send it: saved from Excel (Windows-1252, CRLF, a Welsh name
   * with "ô"), and broken in each way the reader names.
   */
  @Test
  void populationTablesFromExcelAreReadAndBadOnesNamed() throws Exception {
    String header =
        "lsoa21_code,lsoa21_name,Aged 15 years and under,Aged 16 to 24 years,Aged 25 to 34"
            + " years,Aged 35 to 49 years,Aged 50 to 64 years,Aged 65 years and over\r\n";
    java.nio.charset.Charset windows1252 = java.nio.charset.Charset.forName("windows-1252");
    Path excel = dir.resolve("census.csv");
    Files.write(
        excel,
        (header + "Z1,Ynys M\u00f4n 001A,1,2,3,4,5,6\r\nZ2,\"Two, Town\",1,1,1,1,1,1\r\n")
            .getBytes(windows1252));
    ZoneSet zones = ZoneSetReader.read(populationOnly(excel), new ImportIssues(), s -> {});
    // Z1: 1 + 2 + 3 + 4 + 5 + 6 = 21 (no total column: the sum); Z2: 6 x 1 = 6
    assertEquals(21, zones.zone(0).totalPopulation());
    assertEquals(6, zones.zone(1).totalPopulation());

    assertEquals(
        dir.resolve("empty.csv") + ", line 1: empty file; expected a header",
        populationFailure("empty.csv", ""));
    assertEquals(
        dir.resolve("header.csv") + ": the header is the only line; expected the population rows",
        populationFailure("header.csv", header + "\r\n"));
    assertEquals(
        dir.resolve("short.csv") + ", line 3: has 7 fields; the header has 8",
        populationFailure("short.csv", header + "Z1,One,1,1,1,1,1,1\r\nZ2,Two,1,1,1,1,1\r\n"));
    assertEquals(
        dir.resolve("twice.csv")
            + ", line 3, field 'lsoa21_code': zone 'Z1' appears twice; one row per zone expected",
        populationFailure("twice.csv", header + "Z1,One,1,1,1,1,1,1\r\nZ1,One,1,1,1,1,1,1\r\n"));
    assertTrue(
        populationFailure(
                "nocode.csv", header.replace("lsoa21_code", "zone") + "Z1,One,1,1,1,1,1,1\n")
            .startsWith(
                dir.resolve("nocode.csv")
                    + ", line 1, field 'lsoa21_code': missing the zone code column"),
        "missing code column");
  }

  private ZoneInputs populationOnly(Path population) throws Exception {
    return new ZoneInputs(
        List.of(write("z.geojson", BOUNDARIES)),
        "code",
        null,
        null,
        null,
        population,
        null,
        null,
        null,
        List.of());
  }

  private String populationFailure(String name, String text) throws Exception {
    ZoneInputs inputs = populationOnly(write(name, text));
    return assertThrows(
            BadInputException.class, () -> ZoneSetReader.read(inputs, new ImportIssues(), s -> {}))
        .getMessage();
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  static long count(ImportIssues issues, String code) {
    return issues.sorted().stream().filter(i -> i.code().equals(code)).count();
  }

  static String message(ImportIssues issues, String code) {
    return issues.sorted().stream()
        .filter(i -> i.code().equals(code))
        .findFirst()
        .orElseThrow()
        .message();
  }
}
