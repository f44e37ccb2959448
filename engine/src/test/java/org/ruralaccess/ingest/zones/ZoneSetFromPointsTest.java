package org.ruralaccess.ingest.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralaccess.ingest.points.PointCsvReader;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.testing.RepoFiles;

/** r5r's Porto Alegre hexagons as zones, counted again here from the CSV with plain Java. */
class ZoneSetFromPointsTest {

  private static final Path HEXGRID = RepoFiles.resolve("regions/poa/poa_hexgrid.csv");

  @Test
  void everyHexagonIsAZoneWithItsPopulation() throws IOException {
    List<String> lines = Files.readAllLines(HEXGRID);
    List<String> header = List.of(lines.getFirst().split(","));
    int population = header.indexOf("population");
    int lat = header.indexOf("lat");
    long total = 0;
    long empty = 0;
    for (String line : lines.subList(1, lines.size())) {
      long value = Long.parseLong(line.split(",")[population]);
      total += value;
      empty += value == 0 ? 1 : 0;
    }
    ImportIssues issues = new ImportIssues();
    ZoneSet zones = ZoneSetReader.fromPoints(PointCsvReader.read(HEXGRID), "population", issues);

    assertEquals(lines.size() - 1, zones.size());
    assertEquals(1227, zones.size()); // r5r's sample: 1,227 hexagons
    assertEquals(total, zones.zones().stream().mapToDouble(Zone::totalPopulation).sum());
    assertEquals(812_935, total); // SOURCES.md
    List<String> codes = zones.zones().stream().map(Zone::code).toList();
    assertEquals(codes.stream().sorted().toList(), codes);
    assertTrue(
        ZoneSetReaderTest.message(issues, "ZONE_ZERO_POPULATION").startsWith(empty + " of 1227"));

    String[] first = lines.get(1).split(","); // 89a901291abffff at -30.0538460280879
    Zone zone = zones.findZone(first[0]).orElseThrow();
    assertEquals(Double.parseDouble(first[lat]), zone.originLat());
    assertEquals("given", zone.originMethod());
    assertNull(zone.boundary());
    assertFalse(zone.hasAgeBands());
    assertTrue(zone.inStudyArea());
  }

  @Test
  void unknownPopulationColumnNamesTheColumnsThereAre() {
    BadInputException e =
        assertThrows(
            BadInputException.class,
            () ->
                ZoneSetReader.fromPoints(PointCsvReader.read(HEXGRID), "pop", new ImportIssues()));
    assertTrue(e.getMessage().contains(", line 1, field 'pop': no column 'pop'"), e.getMessage());
    assertTrue(e.getMessage().contains("population,schools,jobs,healthcare"), e.getMessage());
  }

  @Test
  void aPopulationThatIsNotANumberIsNamedWithItsLine(@org.junit.jupiter.api.io.TempDir Path dir)
      throws java.io.IOException {
    Path file = dir.resolve("zones.csv");
    java.nio.file.Files.writeString(
        file, "id,lat,lon,population\nZ1,50.7,-2.4,100\nZ2,50.8,-2.5,lots\n");
    BadInputException e =
        assertThrows(
            BadInputException.class,
            () ->
                ZoneSetReader.fromPoints(
                    PointCsvReader.read(file), "population", new ImportIssues()));
    assertEquals(
        file
            + ", line 3, field 'population': 'lots' is not a number (the population; an empty cell"
            + " counts as 0)",
        e.getMessage());
  }
}
