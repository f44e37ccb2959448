package org.ruralaccess.ingest.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.ingest.postcodes.CodePointReader;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.zone.AgeBand;
import org.ruralaccess.model.zone.AgeTable;
import org.ruralaccess.model.zone.Ruc21Class;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * The ONS and Census tables a council downloads, in their published layouts: TS007A five-year age
 * bands (Nomis bulk CSV), population-weighted centroids (British National Grid) and the 2021 Rural
 * Urban Classification of LSOAs. The files here are test fixtures written in those layouts with
 * made-up numbers and made-up zones Z1 and Z2; they are not real data.
 */
class OnsZoneTablesTest {

  @TempDir Path dir;

  /** Z1 and Z2: 0.1 x 0.05 degree squares side by side near Dorchester. */
  private static final String BOUNDARIES =
      """
      {"type": "FeatureCollection", "features": [
       {"type": "Feature", "properties": {"code": "Z1"},
        "geometry": {"type": "Polygon", "coordinates": [[[-2.5, 50.70], [-2.4, 50.70],
          [-2.4, 50.75], [-2.5, 50.75], [-2.5, 50.70]]]}},
       {"type": "Feature", "properties": {"code": "Z2"},
        "geometry": {"type": "Polygon", "coordinates": [[[-2.4, 50.70], [-2.3, 50.70],
          [-2.3, 50.75], [-2.4, 50.75], [-2.4, 50.70]]]}}
      ]}
      """;

  /** Nomis' header of census2021-ts007a-lsoa.csv, in its order. */
  static final String TS007A_HEADER =
      "date,geography,geography code,Age: Total,Age: Aged 4 years and under,Age: Aged 5 to 9"
          + " years,Age: Aged 10 to 14 years,Age: Aged 15 to 19 years,Age: Aged 20 to 24 years,Age:"
          + " Aged 25 to 29 years,Age: Aged 30 to 34 years,Age: Aged 35 to 39 years,Age: Aged 40"
          + " to 44 years,Age: Aged 45 to 49 years,Age: Aged 50 to 54 years,Age: Aged 55 to 59"
          + " years,Age: Aged 60 to 64 years,Age: Aged 65 to 69 years,Age: Aged 70 to 74"
          + " years,Age: Aged 75 to 79 years,Age: Aged 80 to 84 years,Age: Aged 85 years and"
          + " over";

  @Test
  void ts007aFiveYearBandsAreReadAsPublished() throws Exception {
    Path census =
        write(
            "census2021-ts007a-lsoa.csv",
            TS007A_HEADER
                + "\n2021,Test zone one,Z1,171,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,8\n"
                + "2021,Test zone two,Z2,18,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1\n");
    ImportIssues issues = new ImportIssues();
    ZoneSet zones = ZoneSetReader.read(inputs(census, null, null, List.of()), issues, s -> {});
    var one = zones.zone(0);
    assertEquals(AgeTable.FIVE_YEAR, one.ageTable().orElseThrow());
    // 1 + 2 + ... + 17 + 8 = 153 + 8 = 161, but the table says 171: the total is kept, reported
    assertEquals(171, one.totalPopulation());
    assertEquals(4, one.population(AgeBand.AGE_15_19));
    assertEquals(8, one.population(AgeBand.AGE_85_PLUS));
    assertTrue(Double.isNaN(one.population(AgeBand.AGE_16_24)), "no six-band values");
    assertEquals(18, zones.zone(1).totalPopulation());
    assertEquals(1, ZoneSetReaderTest.count(issues, "ZONE_POPULATION_TOTAL_MISMATCH"));
    assertEquals(
        "population by five-year age bands (TS007A): further education users aged 15-19 (the"
            + " proxy for 16-19), older riders aged 60+",
        ZoneSetReaderTest.message(issues, "ZONE_AGE_BANDS"));
  }

  @Test
  void theSixBandTableSaysWhichProxiesItUses() throws Exception {
    Path census =
        write(
            "census.csv",
            "lsoa21_code,Aged 15 years and under,Aged 16 to 24 years,Aged 25 to 34 years,Aged 35"
                + " to 49 years,Aged 50 to 64 years,Aged 65 years and over\nZ1,1,1,1,1,1,1\n"
                + "Z2,1,1,1,1,1,1\n");
    ImportIssues issues = new ImportIssues();
    ZoneSet zones = ZoneSetReader.read(inputs(census, null, null, List.of()), issues, s -> {});
    assertEquals(AgeTable.SIX_BANDS, zones.zone(0).ageTable().orElseThrow());
    assertEquals(
        "population by six age bands: further education users aged 16-24 (the proxy for 16-19),"
            + " older riders aged 65+ (the proxy for 60+)",
        ZoneSetReaderTest.message(issues, "ZONE_AGE_BANDS"));
  }

  @Test
  void aFiveYearTableMissingABandIsNamed() throws Exception {
    Path census =
        write(
            "cut.csv",
            TS007A_HEADER.replace(",Age: Aged 60 to 64 years", "")
                + "\n2021,One,Z1,17,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1\n");
    BadInputException e =
        assertThrows(
            BadInputException.class,
            () ->
                ZoneSetReader.read(
                    inputs(census, null, null, List.of()), new ImportIssues(), s -> {}));
    assertEquals(
        census
            + ", line 1, field 'Aged 60 to 64 years': has 17 of the 18 five-year age columns of"
            + " Census table TS007A but not 'Aged 60 to 64 years' (or 'Age: Aged 60 to 64 years');"
            + " supply all 18, or the six bands Aged 15 years and under, Aged 16 to 24 years, Aged"
            + " 25 to 34 years, Aged 35 to 49 years, Aged 50 to 64 years, Aged 65 years and over",
        e.getMessage());
  }

  /**
   * Z1's centroid is given in British National Grid metres: the grid reference of postcode DT1 1AA
   * (368730, 90722), which Code-Point puts inside Z1; Z2 has none and falls back to its postcode.
   */
  @Test
  void populationWeightedCentroidsComeBeforePostcodes() throws Exception {
    Path centroids =
        write("LSOA_PopCentroids_EW_2021.csv", "FID,LSOA21CD,x,y\n1,Z1,368730,90722\n2,Z9,1,1\n");
    Path codePoint =
        write(
            "dt.csv",
            """
            "DT1 1AA",10,368730,90722,"E92000001","","","","E06000059",""
            "DT2 9ZZ",10,375000,91000,"E92000001","","","","E06000059",""
            """);
    Coordinate aa =
        CodePointReader.read(List.of(codePoint), new ImportIssues()).find("DT1 1AA").orElseThrow();
    Coordinate zz =
        CodePointReader.read(List.of(codePoint), new ImportIssues()).find("DT2 9ZZ").orElseThrow();
    ImportIssues issues = new ImportIssues();
    ZoneSet zones =
        ZoneSetReader.read(inputs(null, null, centroids, List.of(codePoint)), issues, s -> {});
    assertEquals("population-weighted-centroid", zones.zone(0).originMethod());
    assertEquals(aa.lat(), zones.zone(0).originLat(), 1e-12);
    assertEquals(aa.lon(), zones.zone(0).originLon(), 1e-12);
    assertEquals("postcodes:1", zones.zone(1).originMethod());
    assertEquals(zz.lat(), zones.zone(1).originLat(), 1e-12);
    assertEquals(
        "1 zones have no population-weighted centroid; their origins come from postcodes (or the"
            + " interior point), e.g. Z2",
        ZoneSetReaderTest.message(issues, "ZONE_WITHOUT_CENTROID"));
    assertEquals(0, ZoneSetReaderTest.count(issues, "ZONE_CENTROID_OUTSIDE_ZONE"));

    // In degrees, and one placed in the other zone: kept, and reported with its distance
    // (0.01 degrees of longitude east of Z1's edge at -2.4: 0.01 x 111,320 = 1113 m as the
    // warning measures it).
    Path degrees = write("pwc.csv", "LSOA21CD,lat,lon\nZ1,50.72,-2.39\nZ2,50.72,-2.35\n");
    ImportIssues second = new ImportIssues();
    ZoneSet placed = ZoneSetReader.read(inputs(null, null, degrees, List.of()), second, s -> {});
    assertEquals(-2.39, placed.zone(0).originLon(), 1e-12);
    assertEquals(
        "the population-weighted centroid of zone Z1 lies about 1113 m outside it (kept as its"
            + " origin); are the zones and centroids the same edition?",
        ZoneSetReaderTest.message(second, "ZONE_CENTROID_OUTSIDE_ZONE"));
  }

  @Test
  void badCentroidFilesNameFileLineAndField() throws Exception {
    assertEquals(
        ", line 2, field 'y': (50.72, -2.45) is not a British National Grid easting, northing in"
            + " metres (0-700000, 0-1300000); for WGS84 degrees name the columns lat and lon",
        centroidFailure("LSOA21CD,x,y\nZ1,50.72,-2.45\n"));
    assertEquals(
        ", line 3, field 'LSOA21CD': zone 'Z1' appears twice; one row per zone",
        centroidFailure("LSOA21CD,x,y\nZ1,368730,90722\nZ1,368730,90722\n"));
    assertEquals(
        ", line 2, field 'y': 'ninety' is not a number",
        centroidFailure("LSOA21CD,x,y\nZ1,368730,ninety\n"));
    assertTrue(
        centroidFailure("LSOA21CD,east,north\nZ1,368730,90722\n")
            .startsWith(", line 1, field 'x': missing the x (easting) or lat column"));
  }

  private String centroidFailure(String text) throws Exception {
    Path file = write("bad-centroids.csv", text);
    ZoneInputs inputs = inputs(null, null, file, List.of());
    String message =
        assertThrows(
                BadInputException.class,
                () -> ZoneSetReader.read(inputs, new ImportIssues(), s -> {}))
            .getMessage();
    assertTrue(message.startsWith(file.toString()), message);
    return message.substring(file.toString().length());
  }

  /** The published columns, with DfT's capitals in one name ("Smaller Rural"). */
  @Test
  void ruralUrbanClassification2021IsReadAsPublished() throws Exception {
    Path ruc =
        write(
            "RUC21_LSOA_EW.csv",
            """
            LSOA21CD,LSOA21NM,RUC21CD,RUC21NM,Urban_rural_flag
            Z1,Test zone one,RSF1,Smaller Rural: Further from a major town or city,Rural
            Z2,Test zone two,UN1,Urban: Nearer to a major town or city,Urban
            Z9,Elsewhere,RLN1,Larger rural: Nearer to a major town or city,Rural
            """);
    ZoneSet zones =
        ZoneSetReader.read(inputs(null, ruc, null, List.of()), new ImportIssues(), s -> {});
    assertEquals(Ruc21Class.RSF1, zones.zone(0).ruc21Class().orElseThrow());
    assertEquals("rural", zones.zone(0).ruralUrbanFlag());
    assertEquals("RSF1", zones.zone(0).ruralUrban());
    assertEquals("urban", zones.zone(1).ruralUrbanFlag());
  }

  @Test
  void ruralUrbanFilesThatDisagreeWithThemselvesAreRefused() throws Exception {
    String header = "LSOA21CD,LSOA21NM,RUC21CD,RUC21NM,Urban_rural_flag\n";
    assertEquals(
        ", line 2, field 'RUC21CD': 'D1' is not an ONS 2021 rural-urban code; expected UN1, UF1,"
            + " RLN1, RLF1, RSN1 or RSF1",
        rucFailure(header + "Z1,One,D1,Rural town and fringe,Rural\n"));
    assertEquals(
        ", line 2, field 'RUC21NM': 'Urban: Nearer to a major town or city' is not the name of"
            + " RSF1 ('Smaller rural: Further from a major town or city'); are the columns in the"
            + " published order?",
        rucFailure(header + "Z1,One,RSF1,Urban: Nearer to a major town or city,Rural\n"));
    assertEquals(
        ", line 2, field 'Urban_rural_flag': 'Urban' disagrees with RSF1, which is rural",
        rucFailure(
            header + "Z1,One,RSF1,Smaller rural: Further from a major town or city,Urban\n"));
    assertEquals(
        ", line 3, field 'LSOA21CD': zone 'Z1' appears twice; one row per zone expected",
        rucFailure(
            header
                + "Z1,One,UN1,Urban: Nearer to a major town or city,Urban\n"
                + "Z1,One,UN1,Urban: Nearer to a major town or city,Urban\n"));
    assertEquals(
        ": the header is the only line; expected the rural-urban classification rows",
        rucFailure(header));
  }

  private String rucFailure(String text) throws Exception {
    Path file = write("bad-ruc.csv", text);
    ZoneInputs inputs = inputs(null, file, null, List.of());
    String message =
        assertThrows(
                BadInputException.class,
                () -> ZoneSetReader.read(inputs, new ImportIssues(), s -> {}))
            .getMessage();
    assertTrue(message.startsWith(file.toString()), message);
    return message.substring(file.toString().length());
  }

  private ZoneInputs inputs(Path population, Path ruralUrban, Path centroids, List<Path> postcodes)
      throws Exception {
    return new ZoneInputs(
        List.of(write("zones.geojson", BOUNDARIES)),
        "code",
        null,
        null,
        null,
        population,
        null,
        null,
        ruralUrban,
        postcodes,
        centroids);
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }
}
