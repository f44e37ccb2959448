package org.ruralaccess.ingest.destinations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.testing.RepoFiles;

class DestinationReaderTest {

  @TempDir Path dir;

  private static DestinationSet read(ImportIssues issues, DestinationSource... sources) {
    return DestinationReader.read(List.of(sources), null, issues);
  }

  @Test
  void genericCsvWithDefaultsSortedByCategoryThenId() {
    Path file =
        DestinationFixtures.write(
            dir,
            "jobs.csv",
            """
            id,name,category,lat,lon,weight
            w2,Poundbury works,JOBS,50.7114,-2.4590,1200
            t1,Dorchester,town_centre,50.7154,-2.4367,
            w1,,jobs,50.6140,-2.4570,35.5
            """);
    DestinationSet set = read(new ImportIssues(), new DestinationSource("csv", file, Map.of()));
    assertEquals(
        List.of(
            new Destination("w1", "w1", "jobs", 50.6140, -2.4570, 35.5),
            new Destination("w2", "Poundbury works", "jobs", 50.7114, -2.4590, 1200),
            new Destination("t1", "Dorchester", "town_centre", 50.7154, -2.4367, 1)),
        set.destinations());
  }

  @Test
  void unknownCategoriesAreAllListedWithCountsAndTheKnownKeys() {
    Path file =
        DestinationFixtures.write(
            dir,
            "poi.csv",
            """
            id,category,lat,lon
            a,supermarket,50.7,-2.4
            b,gp,50.7,-2.4
            c,supermarket,50.7,-2.4
            d,library,50.7,-2.4
            """);
    BadInputException e =
        assertThrows(
            BadInputException.class,
            () -> read(new ImportIssues(), new DestinationSource("csv", file, Map.of())));
    assertEquals(
        file
            + ", field 'category': unknown categories: 'library' (1 rows, first on line 5),"
            + " 'supermarket' (2 rows, first on line 2); known categories: primary_school,"
            + " secondary_school, further_education, gp, hospital, jobs, food_store,"
            + " town_centre, schools, healthcare, post_office, pharmacy",
        e.getMessage());
  }

  @Test
  void badCoordinatesAndMissingColumnsNameFileLineAndField() {
    Path badLat =
        DestinationFixtures.write(
            dir, "bad.csv", "id,category,lat,lon\na,gp,50.7,-2.4\nb,gp,9O,1\n");
    BadInputException lat =
        assertThrows(
            BadInputException.class,
            () -> read(new ImportIssues(), new DestinationSource("csv", badLat, Map.of())));
    assertEquals(
        badLat + ", line 3, field 'lat': '9O' is not a number (WGS84 degrees)", lat.getMessage());
    Path outOfRange =
        DestinationFixtures.write(dir, "range.csv", "id,category,lat,lon\na,gp,50.7,-200\n");
    BadInputException range =
        assertThrows(
            BadInputException.class,
            () -> read(new ImportIssues(), new DestinationSource("csv", outOfRange, Map.of())));
    assertEquals(
        outOfRange + ", line 2, field 'lon': '-200' is out of range -180.0 to 180.0",
        range.getMessage());
    Path noCategory = DestinationFixtures.write(dir, "nocat.csv", "id,lat,lon\na,50.7,-2.4\n");
    BadInputException missing =
        assertThrows(
            BadInputException.class,
            () -> read(new ImportIssues(), new DestinationSource("csv", noCategory, Map.of())));
    assertTrue(
        missing.getMessage().startsWith(noCategory + ", line 1, field 'category': missing column"),
        missing.getMessage());
    BadInputException format =
        assertThrows(
            BadInputException.class,
            () ->
                read(new ImportIssues(), new DestinationSource("shapefile", noCategory, Map.of())));
    assertTrue(format.getMessage().contains("unknown destination format 'shapefile'"));
  }

  @Test
  void emptyAndHeaderOnlyFilesOfEveryFormatAreNamed() {
    Path empty = DestinationFixtures.write(dir, "empty.csv", "");
    Path headerOnly =
        DestinationFixtures.write(dir, "header.csv", "\uFEFFid,name,category,lat,lon\r\n\r\n");
    assertEquals(
        empty + ", line 1: empty file; expected a header id,name,category,lat,lon",
        failure("csv", empty));
    assertEquals(
        headerOnly
            + ": the header is the only line; expected one row per destination:"
            + " id,name,category,lat,lon[,weight]",
        failure("csv", headerOnly));
    Path giasHeader =
        DestinationFixtures.write(
            dir, "gias.csv", "urn,la_code,establishment_name,establishment_type,education_phase\n");
    assertEquals(
        giasHeader + ": the header is the only line; expected one row per establishment",
        failure("gias", giasHeader));
    assertTrue(failure("gias", empty).startsWith(empty + ", line 1: empty file; expected a GIAS"));
    Path strokeHeader =
        DestinationFixtures.write(
            dir, "stroke.csv", "hospital,lat,long,Strategic Clinical Network,Stroke Team,Local\n");
    assertEquals(
        strokeHeader + ": the header is the only line; expected one row per acute stroke unit",
        failure("hospitals", strokeHeader));
  }

  @Test
  void aListSavedFromExcelInWindows1252IsReadAndOddBytesAreNamed() throws Exception {
    // Excel's plain "CSV (Comma delimited)" writes Windows-1252: é is 0xE9, £ is 0xA3
    Path excel = dir.resolve("shops.csv");
    java.nio.file.Files.write(
        excel,
        ("id,name,category,lat,lon\r\n"
                + "s1,\"Caf\u00e9, \u00a31 tea\",food_store,50.71,-2.44\r\n"
                + "s2,\"Two\r\nline name\",food_store,50.72,-2.45\r\n"
                + "s3,Shop,food_store,north,-2.45\r\n")
            .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    // s3 starts on line 5: s2's quoted name spans lines 3 and 4
    assertEquals(
        excel + ", line 5, field 'lat': 'north' is not a number (WGS84 degrees)",
        failure("csv", excel));
    java.nio.file.Files.writeString(
        excel,
        java.nio.file.Files.readString(excel, java.nio.charset.Charset.forName("windows-1252"))
            .replace("north", "50.73"),
        java.nio.charset.Charset.forName("windows-1252"));
    DestinationSet shops = read(new ImportIssues(), new DestinationSource("csv", excel, Map.of()));
    assertEquals("Caf\u00e9, \u00a31 tea", shops.destinations().get(0).name());
    assertEquals("Two\r\nline name", shops.destinations().get(1).name());

    // 0x81 is undefined in Windows-1252 too: neither encoding reads it
    Path odd = dir.resolve("odd.csv");
    java.nio.file.Files.write(
        odd,
        new byte[] {'i', 'd', ',', 'n', 'a', 'm', 'e', '\n', 'a', ',', 'x', (byte) 0x81, '\n'});
    assertTrue(
        failure("csv", odd)
            .startsWith(
                odd + ", line 2, field 'name': 0x81 after 'a,x' is neither UTF-8 nor Windows-1252"),
        failure("csv", odd));
  }

  private String failure(String format, Path file) {
    return assertThrows(
            BadInputException.class,
            () -> read(new ImportIssues(), new DestinationSource(format, file, Map.of())))
        .getMessage();
  }

  @Test
  void duplicatesWithinACategoryAreReportedAndTheFirstKept() {
    Path first =
        DestinationFixtures.write(
            dir,
            "a.csv",
            "id,name,category,lat,lon\nG1,First,gp,50.7,-2.4\nG1,Same id,hospital,50.7,-2.4\n");
    Path second =
        DestinationFixtures.write(
            dir, "b.csv", "id,name,category,lat,lon\nG1,Again,gp,50.8,-2.5\n");
    ImportIssues issues = new ImportIssues();
    DestinationSet set =
        read(
            issues,
            new DestinationSource("csv", first, Map.of()),
            new DestinationSource("csv", second, Map.of()));
    // G1 as a gp and as a hospital are different destinations; the second gp G1 is dropped
    assertEquals(
        List.of("gp G1 First", "hospital G1 Same id"),
        set.destinations().stream()
            .map(d -> d.category() + " " + d.id() + " " + d.name())
            .toList());
    ImportIssue duplicate = GiasReaderTest.only(issues, "DUPLICATE_DESTINATION");
    assertEquals(second.toString(), duplicate.file());
    assertEquals("G1", duplicate.entityId());
  }

  @Test
  void strokeUnitsAreHospitalsKeyedByPostcode() {
    Path file = DestinationFixtures.dorset("stroke_hospitals_england.csv");
    DestinationSet hospitals =
        read(new ImportIssues(), new DestinationSource("hospitals", file, Map.of()));
    long rows = DestinationFixtures.plainRows(file).size() - 1;
    assertEquals(107, rows, "SOURCES.md: 107 acute stroke units");
    assertEquals(rows, hospitals.size());
    Destination dorchester = GiasReaderTest.byId(hospitals, "DT12JY");
    assertEquals(
        new Destination(
            "DT12JY", "Dorset County Hospital, Dorchester", "hospital", 50.71294, -2.446936, 1),
        dorchester);
  }

  @Test
  void opportunityColumnsBecomeWeightedDestinations() {
    Path file = RepoFiles.resolve("regions/poa/poa_hexgrid.csv");
    // column totals and non-zero cells recomputed with a second parser
    Map<String, Double> totals = new TreeMap<>();
    Map<String, Integer> nonZero = new TreeMap<>();
    List<String[]> rows = DestinationFixtures.plainRows(file);
    List<String> header = List.of(rows.get(0));
    for (String column : List.of("schools", "jobs", "healthcare")) {
      int c = header.indexOf(column);
      for (String[] row : rows.subList(1, rows.size())) {
        double value = row[c].isEmpty() ? 0 : Double.parseDouble(row[c]);
        totals.merge(column, value, Double::sum);
        nonZero.merge(column, value > 0 ? 1 : 0, Integer::sum);
      }
    }
    assertEquals(Map.of("healthcare", 141.0, "jobs", 337_921.0, "schools", 194.0), totals);

    DestinationSet set =
        read(
            new ImportIssues(),
            new DestinationSource(
                "opportunities",
                file,
                Map.of("columns", "schools:schools,jobs:jobs,healthcare:healthcare")));
    Map<String, Double> weights = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (Destination d : set.destinations()) {
      weights.merge(d.category(), d.weight(), Double::sum);
      counts.merge(d.category(), 1, Integer::sum);
    }
    assertEquals(totals, weights);
    assertEquals(nonZero, counts);
    // without the option, columns named like category keys are used: the same set
    assertEquals(
        set, read(new ImportIssues(), new DestinationSource("opportunities", file, Map.of())));
    BadInputException unknown =
        assertThrows(
            BadInputException.class,
            () ->
                read(
                    new ImportIssues(),
                    new DestinationSource("opportunities", file, Map.of("columns", "jobs:work"))));
    assertTrue(unknown.getMessage().contains("unknown category 'work'"), unknown.getMessage());
  }
}
