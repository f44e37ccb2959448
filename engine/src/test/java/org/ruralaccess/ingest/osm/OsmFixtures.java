package org.ruralaccess.ingest.osm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.ruralaccess.ingest.issue.ImportIssues;
import org.ruralaccess.network.street.StreetNetwork;

/** Paths to the OSM fixtures, and each real extract imported once per test JVM. */
final class OsmFixtures {

  static final double WALK_METERS_PER_SECOND = 4.8 / 3.6;

  private static final Map<String, Imported> IMPORTED = new HashMap<>();

  record Imported(StreetNetwork network, ImportIssues issues, double seconds) {}

  private OsmFixtures() {}

  static Path repoRoot() {
    String property = System.getProperty("rae.repo.root");
    if (property != null) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("gtfs-feeds"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("cannot find the repository root (folder with gtfs-feeds/)");
    }
    return dir;
  }

  static Path tinyStreets() {
    return repoRoot().resolve("engine/src/test/resources/street/tiny-streets.osm");
  }

  static Path osmExtract(String fileName) {
    return repoRoot().resolve("osm-extracts").resolve(fileName);
  }

  /** The extract imported with the default island size, once per JVM. */
  static synchronized Imported imported(String fileName) {
    return IMPORTED.computeIfAbsent(
        fileName,
        name -> {
          ImportIssues issues = new ImportIssues();
          long start = System.nanoTime();
          StreetNetwork network =
              OsmStreetImporter.importFile(osmExtract(name), issues, message -> {});
          double seconds = (System.nanoTime() - start) / 1e9;
          System.out.printf(
              "[measure] import %s: %.2f s, %,d nodes, %,d edges%n",
              name, seconds, network.nodeCount(), network.edgeCount());
          return new Imported(network, issues, seconds);
        });
  }
}
