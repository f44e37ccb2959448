package org.ruralaccess.ingest.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.network.street.StreetNetwork;

/** Bad input, temporary files, issues and progress of {@link OsmStreetImporter}. */
class OsmStreetImporterTest {

  @TempDir Path dir;

  private BadInputException failImport(Path file, int minNetworkSize) throws IOException {
    Path scratch = Files.createDirectories(dir.resolve("scratch"));
    BadInputException error =
        assertThrows(
            BadInputException.class,
            () ->
                OsmStreetImporter.importFile(
                    file, new ImportIssues(), m -> {}, minNetworkSize, scratch));
    assertTrue(error.getMessage().contains(file.getFileName().toString()), error.getMessage());
    try (Stream<Path> left = Files.list(scratch)) {
      assertEquals(List.of(), left.toList(), "temporary files left behind");
    }
    return error;
  }

  @Test
  void missingFile() throws IOException {
    BadInputException error = failImport(dir.resolve("nowhere.osm.pbf"), 0);
    assertTrue(error.getMessage().endsWith("OSM file not found"), error.getMessage());
  }

  @Test
  void textFileRenamedPbf() throws IOException {
    Path file = dir.resolve("streets.osm.pbf");
    Files.writeString(file, "id,lat,lon\n1,50.7,-2.4\n");
    BadInputException error = failImport(file, 0);
    assertTrue(error.getMessage().contains("not an OpenStreetMap PBF file"), error.getMessage());
  }

  @Test
  void osmXmlOrAWebPageNamedPbfSayWhatTheyAre() throws IOException {
    Path xml = dir.resolve("tiny.osm.pbf");
    Files.copy(OsmFixtures.class.getResourceAsStream("/street/tiny-streets.osm"), xml);
    assertEquals(
        xml
            + ": is OpenStreetMap XML, not PBF, though named .pbf: rename it to .osm, or convert"
            + " it with `osmium cat tiny.osm.pbf -o extract.osm.pbf` (osmium-tool) and point osm:"
            + " at the result",
        failImport(xml, 0).getMessage());
    Path html = dir.resolve("dorset-latest.osm.pbf");
    Files.writeString(
        html, "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head></html>\n");
    assertEquals(
        html
            + ": is a web page titled '404 Not Found', not an OSM extract: it looks like a failed"
            + " download; download it again",
        failImport(html, 0).getMessage());
  }

  /** The first 300,000 of poa_osm.pbf's 900,578 bytes: a download cut short. */
  @Test
  void truncatedPbfAsksForAnotherDownload() throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(OsmFixtures.osmExtract("poa_osm.pbf"))) {
      head = in.readNBytes(300_000);
    }
    Path file = Files.write(dir.resolve("cut.osm.pbf"), head);
    String message = failImport(file, 0).getMessage();
    assertTrue(message.startsWith(file + ": cannot be read as OpenStreetMap data ("), message);
    assertTrue(
        message.endsWith("); a download cut short or a damaged file? Download the extract again"),
        message);
  }

  @Test
  void emptyFileAndDirectory() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.osm.pbf"));
    assertTrue(failImport(empty, 0).getMessage().contains("empty"));
    Path folder = Files.createDirectories(dir.resolve("folder.osm.pbf"));
    assertTrue(failImport(folder, 0).getMessage().contains("is a directory"));
  }

  @Test
  void pbfHeaderFollowedByGarbageFailsInsideGraphHopper() throws IOException {
    // The first 64 bytes of a real PBF pass the header check; the rest is not protobuf.
    byte[] head;
    try (InputStream in = Files.newInputStream(OsmFixtures.osmExtract("poa_osm.pbf"))) {
      head = in.readNBytes(64);
    }
    byte[] bytes = new byte[4096];
    System.arraycopy(head, 0, bytes, 0, head.length);
    for (int i = head.length; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    Path file = dir.resolve("broken.osm.pbf");
    Files.write(file, bytes);
    BadInputException error = failImport(file, 0);
    assertTrue(
        error.getMessage().contains("cannot be read as OpenStreetMap data"), error.getMessage());
  }

  @Test
  void fileWithoutStreets() throws IOException {
    Path file = dir.resolve("buildings.osm");
    Files.writeString(
        file,
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <osm version="0.6">
          <node id="1" lat="50.70" lon="-2.44"/>
          <node id="2" lat="50.70" lon="-2.43"/>
          <node id="3" lat="50.71" lon="-2.43"/>
          <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="1"/>
            <tag k="building" v="yes"/></way>
        </osm>
        """,
        StandardCharsets.UTF_8);
    String message = failImport(file, 0).getMessage();
    assertTrue(message.contains("contains no streets"), message);
  }

  @Test
  void successLeavesNoTemporaryFilesAndReportsProgress() throws IOException {
    Path scratch = Files.createDirectories(dir.resolve("ok"));
    List<String> progress = new ArrayList<>();
    ImportIssues issues = new ImportIssues();
    StreetNetwork network =
        OsmStreetImporter.importFile(OsmFixtures.tinyStreets(), issues, progress::add, 0, scratch);
    assertEquals(4, network.edgeCount());
    try (Stream<Path> left = Files.list(scratch)) {
      assertEquals(List.of(), left.toList());
    }
    assertEquals(3, progress.size(), progress.toString());
    assertTrue(progress.get(2).contains("4 nodes, 4 edges"), progress.toString());
    assertEquals(0, issues.size(), issues.sorted().toString());
  }

  @Test
  void smallIslandsLoseTheirModeAndAreReported() throws IOException {
    // The tiny streets plus one footway of one edge 1 km away: with islands of fewer than 3 edges
    // removed, walking and cycling lose the lone footway, so it is dropped; the 4 streets stay
    // (GraphHopper always keeps the largest part).
    String tiny = Files.readString(OsmFixtures.tinyStreets());
    String islandNodes =
        """
          <node id="9001" version="1" lat="50.7100000" lon="-2.4400000"/>
          <node id="9002" version="1" lat="50.7110000" lon="-2.4400000"/>
          <way id="2001\"""";
    String islandWay =
        """
          <way id="9100" version="1"><nd ref="9001"/><nd ref="9002"/>
            <tag k="highway" v="footway"/></way>
        </osm>
        """;
    Path file = dir.resolve("tiny-with-island.osm");
    Files.writeString(
        file, tiny.replace("  <way id=\"2001\"", islandNodes).replace("</osm>", islandWay));
    ImportIssues issues = new ImportIssues();
    StreetNetwork network = OsmStreetImporter.importFile(file, issues, m -> {}, 3);
    assertEquals(4, network.nodeCount());
    assertEquals(4, network.edgeCount());
    List<String> codes = new ArrayList<>();
    for (ImportIssue issue : issues.sorted()) {
      codes.add(issue.severity() + " " + issue.code() + " " + issue.entityId());
      assertEquals("tiny-with-island.osm", issue.file());
    }
    assertTrue(codes.contains("INFO STREET_SMALL_ISLAND_REMOVED WALK"), codes.toString());
    assertTrue(codes.contains("INFO STREET_SMALL_ISLAND_REMOVED BIKE"), codes.toString());
    assertEquals(0, issues.count(Severity.ERROR));
    StreetNetwork kept = OsmStreetImporter.importFile(file, new ImportIssues(), m -> {}, 0);
    assertEquals(6, kept.nodeCount());
  }
}
