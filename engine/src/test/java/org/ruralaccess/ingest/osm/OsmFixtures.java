package org.ruralaccess.ingest.osm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.network.street.StreetNetwork;

/** Paths to the OSM fixtures, and each real extract imported once per test JVM. */
final class OsmFixtures {

  static final double WALK_METERS_PER_SECOND = 4.8 / 3.6;

  private static final Map<String, Imported> IMPORTED = new HashMap<>();

  record Imported(StreetNetwork network, ImportIssues issues, double seconds) {}

  private OsmFixtures() {}

  /** The repository root (see {@link org.ruralaccess.testing.RepoFiles}). */
  static Path repoRoot() {
    return org.ruralaccess.testing.RepoFiles.root();
  }

  static Path tinyStreets() {
    return repoRoot().resolve("engine/src/test/resources/street/tiny-streets.osm");
  }

  static Path osmExtract(String fileName) {
    return repoRoot().resolve("osm-extracts").resolve(fileName);
  }

  /** Centroids of r5r's Porto Alegre hexagons as {lat, lon}, read with plain Java. */
  static List<double[]> poaHexCentroids() {
    try {
      List<String> lines = Files.readAllLines(repoRoot().resolve("regions/poa/poa_hexgrid.csv"));
      if (!lines.get(0).startsWith("id,lon,lat,")) {
        throw new IllegalStateException("unexpected header " + lines.get(0));
      }
      List<double[]> points = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] fields = line.split(",", -1);
        points.add(new double[] {Double.parseDouble(fields[2]), Double.parseDouble(fields[1])});
      }
      return points;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A regular grid of {lat, lon} points every 0.004 degrees over central Newport. */
  static List<double[]> newportGrid() {
    List<double[]> points = new ArrayList<>();
    for (double lat = 51.565; lat <= 51.600; lat += 0.004) {
      for (double lon = -3.030; lon <= -2.960; lon += 0.004) {
        points.add(new double[] {lat, lon});
      }
    }
    return points;
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
