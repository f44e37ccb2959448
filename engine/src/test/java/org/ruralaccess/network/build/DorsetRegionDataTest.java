package org.ruralaccess.network.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.ingest.region.RegionConfig;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.testing.RepoFiles;

/**
 * The bundled Dorset region as region.yaml wires it. Its bus feed and street map are not bundled,
 * so the region reports them missing with the way to get them; with those two lines pointed at any
 * network, its zones and destinations load in full.
 */
class DorsetRegionDataTest {

  @TempDir Path dir;

  @Test
  void missingNetworkInputsSayHowToGetThem() {
    BadInputException error =
        org.junit.jupiter.api.Assertions.assertThrows(
            BadInputException.class,
            () -> RegionConfigReader.read(RepoFiles.resolve("regions/dorset")));
    assertTrue(error.getMessage().contains("bods-south-west-dorset.zip"), error.getMessage());
    assertTrue(error.getMessage().contains("rae fetch --region"), error.getMessage());
    assertTrue(error.getMessage().contains("dorset-latest.osm.pbf"), error.getMessage());
  }

  @Test
  void zonesAndDestinationsLoadAsRegionYamlSays() throws Exception {
    Path region = RepoFiles.resolve("regions/dorset");
    String yaml =
        Files.readString(region.resolve("region.yaml"))
            .replace(
                "../../gtfs-feeds/bods-south-west-dorset.zip",
                RepoFiles.resolve("gtfs-feeds/wexford-bus").toString())
            .replace(
                "osm: ../../osm-extracts/dorset-latest.osm.pbf",
                "osm: " + RepoFiles.resolve("osm-extracts/otp_cobb-county.filtered.osm.pbf"))
            .replaceAll("(zones|destinations)/", region.resolve("$1") + "/")
            // the Dorset extract is not on this machine: Cobb County's shops are not Dorset's
            .replace("  - format: osm\n", "");
    Files.writeString(dir.resolve("region.yaml"), yaml);
    RegionConfig config = RegionConfigReader.read(dir);
    ImportIssues issues = new ImportIssues();
    RegionDataLoader.RegionData data = RegionDataLoader.load(config, issues, line -> {});

    // 223 Dorset Council LSOAs (the study area) + 240 BCP LSOAs; Dorset's residents 379,589
    // (Census 2021, SOURCES.md)
    assertEquals(463, data.zones().size());
    List<Zone> dorset = data.zones().zones().stream().filter(Zone::inStudyArea).toList();
    assertEquals(223, dorset.size());
    assertEquals(379_589, Math.round(dorset.stream().mapToDouble(Zone::totalPopulation).sum()));
    assertTrue(dorset.stream().allMatch(z -> z.originMethod().startsWith("postcodes:")));
    assertTrue(dorset.stream().allMatch(z -> z.imdDecile() >= 1 && z.imdDecile() <= 10));

    DestinationSet destinations = data.destinations();
    assertEquals(
        List.of("further_education", "gp", "hospital", "primary_school", "secondary_school"),
        destinations.categories());
    // 107 stroke units in England (the whole list is bundled)
    assertEquals(
        107,
        destinations.destinations().stream().filter(d -> d.category().equals("hospital")).count());
    // hospitals and schools over the border lie outside every zone: kept, and reported
    assertTrue(
        issues.countsByCode().containsKey("DESTINATION_OUTSIDE_ZONES"),
        issues.countsByCode().toString());
  }
}
