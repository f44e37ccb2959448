package org.ruralaccess.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.BadInputException;

class FetchPlanReaderTest {

  @TempDir Path dir;

  static final String DORSET =
      """
      name: Dorset
      timezone: Europe/London
      fetch:
        bufferKm: 15
        bbox: [-2.9616, 50.5131, -1.7907, 51.0810]
        gtfs:
          - url: https://data.bus-data.dft.gov.uk/timetable/download/gtfs-file/south_west/
            saveAs: ../../gtfs-feeds/bods-south-west-dorset.zip
        osm:
          url: https://download.geofabrik.de/europe/united-kingdom/england/dorset-latest.osm.pbf
          saveAs: ../../osm-extracts/dorset-latest.osm.pbf
      """;

  @Test
  void readsTheDorsetPlanWithPathsRelativeToTheRegionFolder() throws IOException {
    Path region = Files.createDirectories(dir.resolve("regions/dorset"));
    Files.writeString(region.resolve("region.yaml"), DORSET);

    FetchPlan plan = FetchPlanReader.read(region);

    assertEquals("Dorset", plan.regionName());
    assertEquals(15_000, plan.bufferMeters());
    assertEquals(new BoundingBox(-2.9616, 50.5131, -1.7907, 51.0810), plan.studyArea());
    assertEquals(
        List.of(
            new FetchPlan.Download(
                FetchPlan.Kind.GTFS,
                URI.create(
                    "https://data.bus-data.dft.gov.uk/timetable/download/gtfs-file/south_west/"),
                dir.resolve("gtfs-feeds/bods-south-west-dorset.zip").toAbsolutePath()),
            new FetchPlan.Download(
                FetchPlan.Kind.OSM,
                URI.create(
                    "https://download.geofabrik.de/europe/united-kingdom/england/dorset-latest.osm.pbf"),
                dir.resolve("osm-extracts/dorset-latest.osm.pbf").toAbsolutePath())),
        plan.downloads());
    // 15 km = 0.1347 degree of latitude (15,000 / 111,320)
    assertEquals(50.5131 - 0.13475, plan.clipArea().minLat(), 1e-4);
  }

  @Test
  void osmTakesAListOfExtracts() throws IOException {
    Path file = dir.resolve("region.yaml");
    Files.writeString(
        file,
        """
        name: Dorset and Somerset
        fetch:
          bufferKm: 0
          bbox: [-2.96, 50.51, -1.79, 51.08]
          osm:
            - url: https://download.geofabrik.de/europe/united-kingdom/england/dorset-latest.osm.pbf
              saveAs: dorset.osm.pbf
            - url: https://download.geofabrik.de/europe/united-kingdom/england/somerset-latest.osm.pbf
              saveAs: somerset.osm.pbf
        """);
    FetchPlan plan = FetchPlanReader.read(file);
    assertEquals(
        List.of(
            dir.resolve("dorset.osm.pbf").toAbsolutePath(),
            dir.resolve("somerset.osm.pbf").toAbsolutePath()),
        plan.osm().stream().map(FetchPlan.Download::target).toList());
    assertEquals(plan.osm(), plan.downloads());
  }

  @Test
  void reportsEveryErrorOfTheSectionWithItsLine() throws IOException {
    Path file = dir.resolve("region.yaml");
    Files.writeString(
        file,
        """
        name: Broken
        fetch:
          bufferKn: 15
          bbox: [-1.79, 50.51, -2.96, 51.08]
          gtfs:
            - url: ftp://example.org/feed.zip
              saveAs: feed.zip
            - url: https://example.org/other
              saveAs: other.txt
          osm:
            url: https://example.org/x.osm.pbf
        """);

    BadInputException error =
        assertThrows(BadInputException.class, () -> FetchPlanReader.read(file));

    String message = error.getMessage();
    assertTrue(message.startsWith(file + ": 6 errors"), message);
    assertTrue(
        message.contains(
            "line 3 (fetch.bufferKn): unknown setting 'bufferKn'; did you mean 'bufferKm'?"),
        message);
    assertTrue(message.contains("missing required setting 'bufferKm'"), message);
    assertTrue(message.contains("line 4 (fetch.bbox): min must be below max"), message);
    assertTrue(
        message.contains("line 6 (fetch.gtfs.0.url): 'ftp://example.org/feed.zip'"), message);
    assertTrue(
        message.contains("line 9 (fetch.gtfs.1.saveAs): 'other.txt' must end in .zip"), message);
    assertTrue(message.contains("(fetch.osm): missing required setting 'saveAs'"), message);
  }

  @Test
  void aRegionWithoutFetchSectionSaysWhatToAdd() throws IOException {
    Path file = dir.resolve("region.yaml");
    Files.writeString(file, "name: Newport\nfeeds: []\n");
    BadInputException error =
        assertThrows(BadInputException.class, () -> FetchPlanReader.read(dir));
    assertTrue(error.getMessage().contains("no fetch: section"), error.getMessage());
  }
}
