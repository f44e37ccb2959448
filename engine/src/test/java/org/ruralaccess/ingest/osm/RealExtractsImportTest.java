package org.ruralaccess.ingest.osm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.network.street.StreetTimes;

/**
 * The bundled Porto Alegre and Newport extracts: sizes and extents against the figures in {@code
 * shared/data/SOURCES.md}, deterministic bytes, and serialization round trips.
 */
class RealExtractsImportTest {

  private static final String POA = "poa_osm.pbf";
  private static final String NEWPORT = "newport-2023-06-13.osm.pbf";

  @Test
  void portoAlegreSizeIsPlausible() {
    StreetNetwork network = OsmFixtures.imported(POA).network();
    // SOURCES.md: OTP 2.9 builds 29,254 vertices and 70,323 (directed) edges from this file. We
    // keep junctions and dead ends only and one edge per street piece, so fewer of both.
    assertBetween(10_000, 29_254, network.nodeCount());
    assertBetween(15_000, 70_323 / 2, network.edgeCount());
    // The cropped extract covers the hexgrid area (lon -51.255..-51.140, lat -30.110..-29.998).
    assertExtent(network, -30.125, -51.275, -29.990, -51.120);
    assertCovers(network, -30.105, -51.250, -30.003, -51.145); // the "about" box, 500 m inside
  }

  @Test
  void newportSizeIsPlausible() {
    StreetNetwork network = OsmFixtures.imported(NEWPORT).network();
    // SOURCES.md: 256,508 nodes and 51,231 ways in the file, most of them buildings; the walkable
    // highways cover lon -3.094..-2.868, lat 51.517..51.599.
    assertBetween(5_000, 51_231, network.nodeCount());
    assertBetween(5_000, 51_231 * 2, network.edgeCount());
    assertExtent(network, 51.5165, -3.0945, 51.5995, -2.8678);
    assertCovers(network, 51.520, -3.090, 51.595, -2.870);
    assertEquals(0, OsmFixtures.imported(NEWPORT).issues().count(Severity.ERROR));
  }

  private static void assertBetween(int min, int max, int actual) {
    assertTrue(actual >= min && actual <= max, actual + " not in [" + min + ", " + max + "]");
  }

  /** Every node lies inside the box. */
  private static void assertExtent(
      StreetNetwork network, double minLat, double minLon, double maxLat, double maxLon) {
    for (int node = 0; node < network.nodeCount(); node++) {
      double lat = network.nodeLat(node);
      double lon = network.nodeLon(node);
      assertTrue(
          lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon,
          "node " + node + " at " + lat + ", " + lon + " outside the extract");
    }
  }

  /** Some node lies beyond each side of the box, so the network spans it. */
  private static void assertCovers(
      StreetNetwork network, double minLat, double minLon, double maxLat, double maxLon) {
    boolean south = false;
    boolean west = false;
    boolean north = false;
    boolean east = false;
    for (int node = 0; node < network.nodeCount(); node++) {
      south |= network.nodeLat(node) <= minLat;
      west |= network.nodeLon(node) <= minLon;
      north |= network.nodeLat(node) >= maxLat;
      east |= network.nodeLon(node) >= maxLon;
    }
    assertTrue(south && west && north && east, "network does not span the extract");
  }

  private static byte[] bytes(StreetNetwork network) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    network.write(new DataOutputStream(buffer));
    return buffer.toByteArray();
  }

  @Test
  void importingTwiceGivesTheSameBytes() throws IOException {
    long start = System.nanoTime();
    StreetNetwork again =
        OsmStreetImporter.importFile(OsmFixtures.osmExtract(POA), new ImportIssues(), m -> {});
    System.out.printf(
        "[measure] second import %s: %.2f s%n", POA, (System.nanoTime() - start) / 1e9);
    assertArrayEquals(bytes(OsmFixtures.imported(POA).network()), bytes(again));
  }

  @Test
  void serializationRoundTripGivesIdenticalAnswers() throws IOException {
    StreetNetwork network = OsmFixtures.imported(NEWPORT).network();
    byte[] written = bytes(network);
    assertArrayEquals(written, bytes(network), "writing twice");
    StreetNetwork read = StreetNetwork.read(new DataInputStream(new ByteArrayInputStream(written)));
    assertArrayEquals(written, bytes(read), "read then written");
    StreetRouter before = new StreetRouter(network);
    StreetRouter after = new StreetRouter(read);
    List<double[]> points = OsmFixtures.newportGrid();
    for (int i = 0; i < points.size(); i += 7) {
      double[] point = points.get(i);
      for (StreetMode mode : StreetMode.values()) {
        StreetSnap snap = network.snap(point[0], point[1], mode, 500).orElse(null);
        assertEquals(snap, read.snap(point[0], point[1], mode, 500).orElse(null));
        if (snap == null) {
          continue;
        }
        StreetTimes expected = before.search(snap, mode, SearchDirection.FORWARD, 1.3, 900);
        StreetTimes actual = after.search(snap, mode, SearchDirection.FORWARD, 1.3, 900);
        assertEquals(expected.reachedNodeCount(), actual.reachedNodeCount());
        for (int node = 0; node < network.nodeCount(); node++) {
          assertEquals(expected.secondsToNode(node), actual.secondsToNode(node));
        }
      }
    }
  }
}
