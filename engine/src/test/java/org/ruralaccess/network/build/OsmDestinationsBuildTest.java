package org.ruralaccess.network.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.testing.RepoFiles;

/** {@code - format: osm} in region.yaml, read at build time and counted in the build report. */
class OsmDestinationsBuildTest {

  @TempDir Path dir;

  @Test
  void destinationsFromAnExtractAreCountedPerCategory() throws IOException {
    writeRegion("categories: [pharmacy, town_centre]");
    ImportIssues issues = new ImportIssues();
    RegionDataLoader.RegionData data =
        RegionDataLoader.load(RegionConfigReader.read(dir), issues, line -> {});
    // destinations.osm: pharmacies nodes 4 and 5, the town node 7 (nodes 1, 2, way 100 are
    // food stores, not asked for)
    assertEquals(List.of("pharmacy", "town_centre"), data.destinations().categories());
    assertEquals(
        List.of("osm:node/4", "osm:node/5", "osm:node/7"),
        data.destinations().destinations().stream().map(d -> d.id()).toList());
    ImportIssue found =
        issues.sorted().stream()
            .filter(i -> i.code().equals("OSM_DESTINATIONS"))
            .findFirst()
            .orElseThrow();
    assertEquals("destinations from OpenStreetMap: 1 town_centre, 2 pharmacy", found.message());
    // the relation and the cut-off way are food stores, not asked for: nothing left out
    assertTrue(
        issues.sorted().stream().noneMatch(i -> i.code().equals("OSM_DESTINATIONS_SKIPPED")),
        issues.sorted().toString());
  }

  @Test
  void aCategoryOsmCannotGiveIsNamed() throws IOException {
    writeRegion("categories: [gp]");
    BadInputException e =
        assertThrows(
            BadInputException.class,
            () -> RegionDataLoader.load(RegionConfigReader.read(dir), new ImportIssues(), l -> {}));
    assertEquals(
        "region.yaml: destinations of format osm: 'gp' is not a category read from"
            + " OpenStreetMap; expected food_store, post_office, pharmacy or town_centre",
        e.getMessage());
  }

  private void writeRegion(String categories) throws IOException {
    Path feed = RepoFiles.resolve("gtfs-feeds/wexford-bus");
    Files.writeString(
        dir.resolve("region.yaml"),
        """
        name: osm destinations
        feeds:
          - id: f
            path: %s
        osm: %s
        destinations:
          - format: osm
            path: %s
            %s
        """
            .formatted(
                feed,
                RepoFiles.resolve("engine/src/test/resources/street/tiny-streets.osm"),
                RepoFiles.resolve("engine/src/test/resources/osm/destinations.osm"),
                categories));
  }
}
