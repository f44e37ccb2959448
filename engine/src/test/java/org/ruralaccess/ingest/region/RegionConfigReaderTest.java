package org.ruralaccess.ingest.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.settings.BuildSettings;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.testing.RepoFiles;

class RegionConfigReaderTest {

  @TempDir Path dir;

  @Test
  void readsTheBundledPortoAlegreRegion() {
    RegionConfig poa = RegionConfigReader.read(RepoFiles.resolve("regions/poa"));
    assertEquals(2, poa.feeds().size());
    assertEquals("eptc", poa.feeds().get(0).id());
    assertTrue(Files.isRegularFile(poa.feeds().get(0).path()));
    assertEquals(ZoneId.of("America/Sao_Paulo"), poa.timeZone().orElseThrow());
    // r5r's defaults, so results compare with R5's
    assertEquals(3.6, poa.routing().walkSpeedKmh());
    assertEquals(60, poa.routing().boardSlackSeconds());
  }

  @Test
  void appliesDefaultsWhenSectionsAreMissing() throws IOException {
    write("name: tiny\nfeeds:\n  - id: a\n    path: feed.zip\nosm: streets.osm.pbf\n");
    touch("feed.zip");
    touch("streets.osm.pbf");
    RegionConfig config = RegionConfigReader.read(dir);
    assertEquals(RoutingSettings.DEFAULTS, config.routing());
    assertEquals(BuildSettings.DEFAULTS, config.build());
    assertEquals(4.8, config.routing().walkSpeedKmh());
  }

  @Test
  void reportsEveryErrorAtOnceWithLines() throws IOException {
    write(
        """
        name: broken
        fedds: []
        feeds:
          - id: a
            path: missing.zip
          - id: a
            path: also-missing.zip
        osm: nowhere.pbf
        routing:
          walkSpeedKmh: fast
          maxTransfers: 2.5
          boardSlackSecs: 30
        """);
    BadInputException e = assertThrows(BadInputException.class, () -> RegionConfigReader.read(dir));
    String message = e.getMessage();
    assertTrue(message.contains("8 errors"), message);
    assertTrue(
        message.contains("line 2 (fedds): unknown setting 'fedds'; did you mean 'feeds'?"),
        message);
    assertTrue(message.contains("line 5 (feeds.0.path): GTFS feed not found"), message);
    assertTrue(message.contains("line 6 (feeds.1.id): feed id 'a' is used twice"), message);
    assertTrue(message.contains("line 8 (osm): OpenStreetMap extract not found"), message);
    assertTrue(
        message.contains("line 10 (routing.walkSpeedKmh): 'walkSpeedKmh' must be a number"),
        message);
    assertTrue(
        message.contains("line 11 (routing.maxTransfers): 'maxTransfers' must be a whole number"),
        message);
    assertTrue(message.contains("did you mean 'boardSlackSeconds'?"), message);
  }

  @Test
  void readsCommunityTransportRelativeToTheRegion() throws IOException {
    write(
        """
        name: with schemes
        feeds:
          - id: a
            path: feed.zip
        osm: streets.osm.pbf
        communityTransport:
          flexFeeds:
            - id: flex
              path: flex
          schemes:
            - schemes.yaml
        """);
    touch("feed.zip");
    touch("streets.osm.pbf");
    Files.createDirectories(dir.resolve("flex"));
    touch("schemes.yaml");
    CommunityTransportConfig ct = RegionConfigReader.read(dir).communityTransport();
    assertEquals(
        List.of(new CommunityTransportConfig.FlexFeedConfig("flex", dir.resolve("flex"))),
        ct.flexFeeds());
    assertEquals(List.of(dir.resolve("schemes.yaml")), ct.schemeFiles());
  }

  @Test
  void theCommunityTransportExampleOfTheDocsReads() throws IOException {
    String doc = Files.readString(RepoFiles.resolve("docs/community-transport.md"));
    int start = doc.indexOf("```yaml\ncommunityTransport:") + "```yaml\n".length();
    String section = doc.substring(start, doc.indexOf("```", start));
    write(
        "name: docs\nfeeds:\n  - id: a\n    path: feed.zip\nosm: streets.osm.pbf\n"
            + section.replace("../../", RepoFiles.root() + "/"));
    touch("feed.zip");
    touch("streets.osm.pbf");
    Files.createDirectories(dir.resolve("schemes"));
    touch("schemes/dorset-community-transport.yaml");
    CommunityTransportConfig ct = RegionConfigReader.read(dir).communityTransport();
    assertEquals("cobbflex", ct.flexFeeds().get(0).id());
    assertEquals(List.of(dir.resolve("schemes/dorset-community-transport.yaml")), ct.schemeFiles());
  }

  @Test
  void noCommunityTransportSectionIsNone() throws IOException {
    write("name: tiny\nfeeds:\n  - id: a\n    path: feed.zip\nosm: streets.osm.pbf\n");
    touch("feed.zip");
    touch("streets.osm.pbf");
    assertTrue(RegionConfigReader.read(dir).communityTransport().isEmpty());
  }

  @Test
  void communityTransportErrorsComeWithTheirLines() throws IOException {
    write(
        """
        name: broken schemes
        feeds:
          - id: a
            path: feed.zip
        osm: streets.osm.pbf
        communityTransport:
          flexFeed: []
          flexFeeds:
            - id: flex
              path: no-such-flex
            - id: flex
              paht: flex.zip
          schemes:
            - missing-schemes.yaml
        """);
    touch("feed.zip");
    touch("streets.osm.pbf");
    BadInputException e = assertThrows(BadInputException.class, () -> RegionConfigReader.read(dir));
    String message = e.getMessage();
    assertTrue(message.contains("6 errors"), message);
    assertTrue(
        message.contains(
            "line 7 (communityTransport.flexFeed): unknown setting 'flexFeed'; did you mean"
                + " 'flexFeeds'?"),
        message);
    assertTrue(
        message.contains(
            "line 10 (communityTransport.flexFeeds.0.path): GTFS-Flex feed not found: "
                + dir.resolve("no-such-flex")),
        message);
    assertTrue(
        message.contains(
            "line 11 (communityTransport.flexFeeds.1.id): flex feed id 'flex' is used twice"),
        message);
    assertTrue(
        message.contains(
            "line 12 (communityTransport.flexFeeds.1.paht): unknown setting 'paht'; did you mean 'path'?"),
        message);
    // the missing 'path' of the second feed is reported at the feed's first line
    assertTrue(
        message.contains(
            "line 11 (communityTransport.flexFeeds.1): missing required setting 'path'"),
        message);
    assertTrue(
        message.contains(
            "line 14 (communityTransport.schemes.0): scheme file not found: "
                + dir.resolve("missing-schemes.yaml")),
        message);
  }

  @Test
  void namesTheFileWhenYamlIsMalformed() throws IOException {
    write("name: x\nfeeds: [\n");
    BadInputException e = assertThrows(BadInputException.class, () -> RegionConfigReader.read(dir));
    assertTrue(e.getMessage().startsWith(dir.resolve("region.yaml") + ", line"), e.getMessage());
    assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
  }

  /** Hand-edited YAML goes wrong in its indentation; the message says so, not the parser. */
  @Test
  void aBadIndentOrATabIsSaidWithLineAndColumnWithoutTheParsersText() throws IOException {
    write("name: x\nfeeds:\n  - id: c\n   path: gtfs\n");
    String indent =
        assertThrows(BadInputException.class, () -> RegionConfigReader.read(dir)).getMessage();
    assertEquals(
        dir.resolve("region.yaml")
            + ", line 4: not valid YAML at column 4: the indentation does not line up with the"
            + " block that starts at line 3: keys of one entry start in the same column, list"
            + " items ('- ') too",
        indent);
    write("name: x\nfeeds:\n\t- id: c\n");
    String tab =
        assertThrows(BadInputException.class, () -> RegionConfigReader.read(dir)).getMessage();
    assertEquals(
        dir.resolve("region.yaml")
            + ", line 3: not valid YAML at column 1: a tab character; indent with spaces only",
        tab);
    assertFalse(indent.contains("reader") || tab.contains("reader"));
  }

  @Test
  void osmTakesOneExtractOrAList() throws IOException {
    write(
        "name: tiny\nfeeds:\n  - id: a\n    path: feed.zip\n"
            + "osm: [dorset.osm.pbf, somerset.osm.pbf]\n");
    touch("feed.zip");
    touch("dorset.osm.pbf");
    touch("somerset.osm.pbf");
    RegionConfig config = RegionConfigReader.read(dir);
    assertEquals(
        List.of(dir.resolve("dorset.osm.pbf"), dir.resolve("somerset.osm.pbf")),
        config.osmExtracts());
    assertEquals(dir.resolve("dorset.osm.pbf"), config.osmFile());

    write(
        "name: tiny\nfeeds:\n  - id: a\n    path: feed.zip\n"
            + "osm:\n  - dorset.osm.pbf\n  - wiltshire.osm.pbf\n  - dorset.osm.pbf\n");
    String message =
        assertThrows(BadInputException.class, () -> RegionConfigReader.read(dir)).getMessage();
    assertTrue(
        message.contains(
            "line 7 (osm.1): OpenStreetMap extract not found: " + dir.resolve("wiltshire.osm.pbf")),
        message);
    assertTrue(
        message.contains("line 8 (osm.2): " + dir.resolve("dorset.osm.pbf") + " is named twice"),
        message);
  }

  @Test
  void missingRegionFolderIsClear() {
    BadInputException e =
        assertThrows(
            BadInputException.class, () -> RegionConfigReader.read(dir.resolve("no-such-region")));
    assertTrue(e.getMessage().endsWith("no-such-region: region folder not found"), e.getMessage());
  }

  private void write(String yaml) throws IOException {
    Files.writeString(dir.resolve("region.yaml"), yaml);
  }

  private void touch(String name) throws IOException {
    Files.writeString(dir.resolve(name), "");
  }
}
