package org.ruralaccess.ingest.destinations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.ingest.postcodes.PostcodeIndex;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;

class GiasReaderTest {

  @TempDir Path dir;

  private static DestinationSet read(
      Path file, String laCodes, PostcodeIndex postcodes, ImportIssues issues) {
    return DestinationReader.read(
        List.of(new DestinationSource("gias", file, Map.of("laCodes", laCodes))),
        postcodes,
        issues);
  }

  private static Map<String, Long> countByCategory(DestinationSet set) {
    return set.destinations().stream()
        .collect(Collectors.groupingBy(Destination::category, TreeMap::new, Collectors.counting()));
  }

  @Test
  void dorsetCountsFollowTheStateFundedMainstreamRule() {
    Path file = DestinationFixtures.dorset("gias_dorset_bcp_and_borders.csv");
    // Recomputed with a second parser and an inclusion rule (the reader uses exclusions): LA 838,
    // state-funded mainstream type groups, categorised by phase; FE by type or phase 16 plus.
    Set<String> mainstreamGroups =
        Set.of("Academies", "Local authority maintained schools", "Free Schools", "Colleges");
    Map<String, Long> expected = new TreeMap<>();
    List<String[]> rows = DestinationFixtures.plainRows(file);
    int la838 = 0;
    for (String[] row : rows.subList(1, rows.size())) {
      if (!row[1].equals("838")) {
        continue;
      }
      la838++;
      String type = row[5];
      String phase = row[7];
      if (!mainstreamGroups.contains(row[6])
          || type.contains("special")
          || type.contains("alternative provision")
          || type.equals("Pupil referral unit")) {
        continue;
      }
      String category =
          switch (phase) {
            case "Primary", "Middle deemed primary" -> "primary_school";
            case "Secondary", "Middle deemed secondary", "All-through" -> "secondary_school";
            case "16 plus" -> "further_education";
            default -> null;
          };
      if (category != null) {
        expected.merge(category, 1L, Long::sum);
      }
    }
    // SOURCES.md: LA 838 has 184 open establishments: 119 primary, 18 secondary + 10 middle deemed
    // secondary + 1 all-through = 29 secondary, 1 16-plus, 35 not applicable.
    assertEquals(184, la838);
    assertEquals(
        Map.of("primary_school", 119L, "secondary_school", 29L, "further_education", 1L), expected);

    ImportIssues issues = new ImportIssues();
    DestinationSet dorset = read(file, "838", null, issues);
    assertEquals(expected, countByCategory(dorset));
    // the other 184 - 149 = 35 are reported once, as INFO, not dropped silently
    ImportIssue excluded = only(issues, "GIAS_NOT_A_DESTINATION");
    assertTrue(excluded.message().startsWith("35 "), excluded.message());
    // DfE's own WGS84 position is used as given: Broadmayne First School
    Destination broadmayne = byId(dorset, "113661");
    assertEquals("primary_school", broadmayne.category());
    assertEquals(50.6840621, broadmayne.lat(), 1e-7);
    assertEquals(-2.3791710, broadmayne.lon(), 1e-7);
    assertEquals(1.0, broadmayne.weight());
  }

  @Test
  void bordersFileReportsItsOneBrokenRowAndReadsAllSixAuthorities() {
    Path file = DestinationFixtures.dorset("gias_dorset_bcp_and_borders.csv");
    ImportIssues issues = new ImportIssues();
    DestinationSet all = read(file, "", null, issues);
    // URN 149557 (Wiltshire) lost a quote in the conversion: its line has 15 fields, not 16.
    ImportIssue broken = only(issues, "MALFORMED_ROW");
    assertTrue(broken.message().startsWith("1 "), broken.message());
    assertTrue(all.destinations().stream().noneMatch(d -> d.id().equals("149557")));
    Set<String> withBcp = Set.of("838", "839");
    DestinationSet dorsetAndBcp = read(file, "838, 839", null, new ImportIssues());
    assertTrue(all.size() > dorsetAndBcp.size());
    assertEquals(
        DestinationFixtures.plainRows(file).stream().filter(r -> withBcp.contains(r[1])).count(),
        dorsetAndBcp.size() + 35 + countExcluded(file, "839"));
  }

  @Test
  void publishedLayoutInWindows1252ReadsLikeTheConvertedLayout() {
    // Real Dorset schools written in DfE's published layout (Easting/Northing only, status column,
    // Windows-1252), plus synthetic rows: closed, proposed, postcode-only, unlocatable, other LA.
    PostcodeIndex postcodes =
        DestinationFixtures.postcodesFromText(
            dir, "\"DT1 1AA\",10,368730,90722,\"E92000001\",\"\",\"\",\"\",\"E06000059\",\"\"\n");
    ImportIssues issues = new ImportIssues();
    DestinationSet published =
        read(
            DestinationFixtures.resource("gias_published_sample_cp1252.csv"),
            "838",
            postcodes,
            issues);
    DestinationSet converted =
        read(
            DestinationFixtures.resource("gias_converted_sample.csv"),
            "",
            null,
            new ImportIssues());

    // 4 real open mainstream schools + the postcode-only synthetic one; excluded: independent,
    // PRU (INFO), closed, proposed to open, unlocatable (WARNING), City of London (LA filter).
    assertEquals(
        List.of("130653", "113659", "999003", "113853", "145119"),
        published.destinations().stream().map(Destination::id).toList());
    Destination ecole = byId(published, "999003");
    assertEquals("Synthetic École Primary School", ecole.name(), "Windows-1252 decoded");
    Coordinate dt11aa = postcodes.find("DT1 1AA").orElseThrow();
    assertEquals(dt11aa.lat(), ecole.lat());
    assertEquals(dt11aa.lon(), ecole.lon());
    ImportIssue unlocated = only(issues, "DESTINATION_NOT_LOCATED");
    assertEquals("999004", unlocated.entityId());
    assertTrue(only(issues, "GIAS_NOT_A_DESTINATION").message().startsWith("2 "));

    assertEquals(4, converted.size());
    for (Destination fromConverted : converted.destinations()) {
      Destination fromPublished = byId(published, fromConverted.id());
      assertEquals(fromConverted.category(), fromPublished.category());
      assertEquals(fromConverted.name(), fromPublished.name());
      // proj4j's BNG to WGS84 against DfE's published lat/lon: within 10 m
      double meters =
          Coordinate.distanceMeters(
              fromConverted.lat(), fromConverted.lon(), fromPublished.lat(), fromPublished.lon());
      assertTrue(meters < 10, fromConverted.id() + " differs by " + meters + " m");
    }
  }

  @Test
  void wholeEnglandExtractReportsBrokenRowsAndCountsLikeTheInclusionRule() {
    Path file =
        DestinationFixtures.shared("destinations/gias_open_establishments_england_2025-05-24.csv");
    List<String[]> rows = DestinationFixtures.plainRows(file);
    int width = rows.get(0).length;
    long broken = rows.stream().filter(r -> r.length != width).count();
    // SOURCES.md: 12 names carry a replacement character that swallowed a closing quote
    assertEquals(12, broken);
    long further = 0;
    for (String[] row : rows.subList(1, rows.size())) {
      if (row.length == width
          && (row[5].equals("Further education")
              || row[5].equals("Sixth form centres")
              || (row[7].equals("16 plus") && !row[5].contains("secure")))) {
        further++;
      }
    }
    ImportIssues issues = new ImportIssues();
    DestinationSet england = read(file, "", null, issues);
    assertTrue(only(issues, "MALFORMED_ROW").message().startsWith(broken + " "));
    assertEquals(further, countByCategory(england).get("further_education"));
  }

  @Test
  void wrongFilesAndMissingColumnsAreNamed() {
    Path notGias =
        DestinationFixtures.write(dir, "stops.csv", "stop_id,stop_lat,stop_lon\n1,2,3\n");
    BadInputException wrong =
        assertThrows(BadInputException.class, () -> read(notGias, "", null, new ImportIssues()));
    assertTrue(
        wrong.getMessage().contains("stops.csv, line 1: not a GIAS establishments file"),
        wrong.getMessage());
    Path noPhase =
        DestinationFixtures.write(
            dir, "gias.csv", "URN,LA (code),EstablishmentName,TypeOfEstablishment (name)\n");
    BadInputException missing =
        assertThrows(BadInputException.class, () -> read(noPhase, "", null, new ImportIssues()));
    assertTrue(
        missing.getMessage().contains("gias.csv, line 1, field 'PhaseOfEducation (name)'"),
        missing.getMessage());
  }

  private static long countExcluded(Path file, String laCode) {
    ImportIssues issues = new ImportIssues();
    read(file, laCode, null, issues);
    return issues.sorted().stream()
        .filter(i -> i.code().equals("GIAS_NOT_A_DESTINATION"))
        .mapToLong(i -> Long.parseLong(i.message().substring(0, i.message().indexOf(' '))))
        .sum();
  }

  static ImportIssue only(ImportIssues issues, String code) {
    List<ImportIssue> matching =
        issues.sorted().stream().filter(i -> i.code().equals(code)).toList();
    assertEquals(1, matching.size(), code + " in " + issues.sorted());
    return matching.get(0);
  }

  static Destination byId(DestinationSet set, String id) {
    Map<String, Destination> byId =
        set.destinations().stream()
            .collect(Collectors.toMap(Destination::id, Function.identity(), (a, b) -> a));
    assertTrue(byId.containsKey(id), id + " missing");
    return byId.get(id);
  }
}
