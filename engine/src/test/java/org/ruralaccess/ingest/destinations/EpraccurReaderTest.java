package org.ruralaccess.ingest.destinations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.ingest.postcodes.PostcodeIndex;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;

class EpraccurReaderTest {

  @TempDir Path dir;

  private static DestinationSet read(
      Path file, String areas, PostcodeIndex postcodes, ImportIssues issues) {
    return DestinationReader.read(
        List.of(new DestinationSource("epraccur", file, Map.of("postcodeAreas", areas))),
        postcodes,
        issues);
  }

  @Test
  void dorsetAndBcpActiveGpPracticesAllGeocode() {
    Path file = DestinationFixtures.dorset("epraccur_dt_bh.csv");
    // recomputed with a second parser: status (column 13) A, setting (column 26) 4, DT/BH postcode
    Set<String> expected = new TreeSet<>();
    for (String[] row : DestinationFixtures.plainRows(file)) {
      if (row[12].equals("A") && row[25].equals("4") && row[9].matches("(DT|BH)[0-9].*")) {
        expected.add(row[0]);
      }
    }
    assertEquals(74, expected.size(), "SOURCES.md: 74 active GP practices in DT and BH");

    ImportIssues issues = new ImportIssues();
    DestinationSet gps = read(file, "dt, bh", DestinationFixtures.postcodes("dt", "bh"), issues);
    assertEquals(
        expected, new TreeSet<>(gps.destinations().stream().map(Destination::id).toList()));
    assertTrue(gps.destinations().stream().allMatch(d -> d.category().equals("gp")));
    assertEquals(0, issues.size(), "every DT/BH practice postcode is in Code-Point Open 2025-10");
  }

  @Test
  void postcodesThatDoNotGeocodeAreReportedWithCountAndExamples() {
    // two active GP practices with postcodes missing from the index, one geocoded, one closed,
    // one active out-of-hours service (setting 8): only the first three are considered
    String rows =
        row("G1", "GEOCODED SURGERY", "DT1 1AA", "A", "4")
            + row("G2", "MOVED SURGERY", "DT9 9ZZ", "A", "4")
            + row("G3", "NO POSTCODE SURGERY", "", "A", "4")
            + row("G4", "CLOSED SURGERY", "DT8 8ZZ", "C", "4")
            + row("O5", "OUT OF HOURS", "DT7 7ZZ", "A", "8");
    Path file = DestinationFixtures.write(dir, "epraccur.csv", rows);
    PostcodeIndex postcodes =
        DestinationFixtures.postcodesFromText(dir, "\"DT1 1AA\",10,368730,90722,\"\",\"\"\n");
    ImportIssues issues = new ImportIssues();
    DestinationSet gps = read(file, "", postcodes, issues);
    assertEquals(List.of("G1"), gps.destinations().stream().map(Destination::id).toList());
    ImportIssue notGeocoded = GiasReaderTest.only(issues, "POSTCODE_NOT_GEOCODED");
    assertEquals(Severity.WARNING, notGeocoded.severity());
    assertEquals(
        "2 active GP practices have a postcode that is not in the postcode index and were"
            + " skipped; e.g. G2 (DT9 9ZZ, line 2); G3 (no postcode, line 3)",
        notGeocoded.message());
  }

  @Test
  void needsPostcodesAndTheTwentySevenColumnLayout() {
    Path shortRows = DestinationFixtures.write(dir, "short.csv", "\"A81001\",\"X\",\"Y\"\n");
    PostcodeIndex postcodes =
        DestinationFixtures.postcodesFromText(dir, "\"DT1 1AA\",10,368730,90722,\"\",\"\"\n");
    BadInputException layout =
        assertThrows(
            BadInputException.class, () -> read(shortRows, "", postcodes, new ImportIssues()));
    assertTrue(layout.getMessage().startsWith(shortRows + ", line 1: has 3 fields; NHS ODS"));
    BadInputException noIndex =
        assertThrows(BadInputException.class, () -> read(shortRows, "", null, new ImportIssues()));
    assertTrue(noIndex.getMessage().contains("geocoded by postcode"), noIndex.getMessage());
  }

  /** One epraccur row: 27 quoted fields, code, name, postcode (10), status (13), setting (26). */
  private static String row(
      String code, String name, String postcode, String status, String setting) {
    String[] fields = new String[27];
    java.util.Arrays.fill(fields, "");
    fields[0] = code;
    fields[1] = name;
    fields[9] = postcode;
    fields[12] = status;
    fields[25] = setting;
    StringBuilder line = new StringBuilder();
    for (int f = 0; f < fields.length; f++) {
      line.append(f == 0 ? "" : ",").append('"').append(fields[f]).append('"');
    }
    return line.append('\n').toString();
  }
}
