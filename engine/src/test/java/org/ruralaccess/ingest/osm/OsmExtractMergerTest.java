package org.ruralaccess.ingest.osm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderRelation;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMInputFile;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.network.street.StreetNetwork;

/**
 * Issue 16: {@code osm:} takes several extracts. Newport's real extract is cut in two at the middle
 * of its longitude range with a 0.01 degree (about 700 m) overlap, each half with complete ways
 * (every node of a way that touches it), as Geofabrik cuts neighbouring counties; the two halves
 * merged must give exactly the street network of the whole extract: the same bytes, so every route
 * across the seam is the same.
 */
class OsmExtractMergerTest {

  @TempDir static Path dir;
  private static Path west;
  private static Path east;
  private static int[] counts; // west nodes, east nodes, shared nodes

  @BeforeAll
  static void cutNewportInTwo() throws Exception {
    List<ReaderElement> all = new ArrayList<>();
    try (OSMInputFile in =
        new OSMInputFile(OsmFixtures.osmExtract("newport-2023-06-13.osm.pbf").toFile())
            .setWorkerThreads(1)
            .open()) {
      ReaderElement element;
      while ((element = in.getNext()) != null) {
        if (element.getType() != ReaderElement.Type.FILEHEADER) {
          all.add(element);
        }
      }
    }
    Map<Long, ReaderNode> nodes = new HashMap<>();
    for (ReaderElement e : all) {
      if (e instanceof ReaderNode node) {
        nodes.put(node.getId(), node);
      }
    }
    // the median longitude: the extract carries a few far-off nodes, so the middle of the range
    // would leave one half nearly empty
    double middle =
        nodes.values().stream()
            .mapToDouble(ReaderNode::getLon)
            .sorted()
            .toArray()[nodes.size() / 2];
    Set<Long> westNodes = new HashSet<>();
    Set<Long> eastNodes = new HashSet<>();
    for (ReaderNode node : nodes.values()) {
      if (node.getLon() < middle + 0.005) {
        westNodes.add(node.getId());
      }
      if (node.getLon() >= middle - 0.005) {
        eastNodes.add(node.getId());
      }
    }
    // complete ways: a way touching a half brings all its nodes into it
    Set<Long> westWays = new HashSet<>();
    Set<Long> eastWays = new HashSet<>();
    Set<Long> westComplete = new HashSet<>(westNodes);
    Set<Long> eastComplete = new HashSet<>(eastNodes);
    for (ReaderElement e : all) {
      if (e instanceof ReaderWay way) {
        boolean inWest = false;
        boolean inEast = false;
        for (int i = 0; i < way.getNodes().size(); i++) {
          inWest |= westNodes.contains(way.getNodes().get(i));
          inEast |= eastNodes.contains(way.getNodes().get(i));
        }
        for (int i = 0; i < way.getNodes().size(); i++) {
          if (inWest) {
            westComplete.add(way.getNodes().get(i));
          }
          if (inEast) {
            eastComplete.add(way.getNodes().get(i));
          }
        }
        if (inWest) {
          westWays.add(way.getId());
        }
        if (inEast) {
          eastWays.add(way.getId());
        }
      }
    }
    west = dir.resolve("newport-west.osm");
    east = dir.resolve("newport-east.osm");
    write(west, all, westComplete, westWays);
    write(east, all, eastComplete, eastWays);
    Set<Long> shared = new HashSet<>(westComplete);
    shared.retainAll(eastComplete);
    counts = new int[] {westComplete.size(), eastComplete.size(), shared.size()};
  }

  @Test
  void twoOverlappingHalvesMergedGiveTheWholeExtractsStreets() throws IOException {
    // the cut is real: each half misses nodes, and they share the overlap
    assertTrue(
        counts[2] > 0 && counts[0] > counts[2] && counts[1] > counts[2],
        java.util.Arrays.toString(counts));
    Path mergedFile = dir.resolve("merged.osm");
    OsmExtractMerger.Merged merged = OsmExtractMerger.merge(List.of(west, east), mergedFile);
    // every shared node is read twice and written once (ways and relations shared too)
    assertTrue(merged.duplicatesDropped() >= counts[2], merged.toString());

    StreetNetwork whole =
        OsmStreetImporter.importFile(
            OsmFixtures.osmExtract("newport-2023-06-13.osm.pbf"), new ImportIssues(), m -> {});
    StreetNetwork fromHalves =
        OsmStreetImporter.importFile(mergedFile, new ImportIssues(), m -> {});
    assertArrayEquals(bytes(whole), bytes(fromHalves));

    // and the order the extracts are named in does not matter
    Path reversed = dir.resolve("reversed.osm");
    OsmExtractMerger.merge(List.of(east, west), reversed);
    assertArrayEquals(Files.readAllBytes(mergedFile), Files.readAllBytes(reversed));
  }

  @Test
  void anExtractNotSortedByIdIsRefusedWithAWayToSortIt() throws IOException {
    Path unsorted = dir.resolve("unsorted.osm");
    Files.writeString(
        unsorted,
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <osm version="0.6">
        <node id="5" lat="51.5" lon="-3.0"/>
        <node id="2" lat="51.6" lon="-3.1"/>
        </osm>
        """);
    String message =
        assertThrows(
                BadInputException.class,
                () -> OsmExtractMerger.merge(List.of(west, unsorted), dir.resolve("x.osm")))
            .getMessage();
    assertEquals(
        unsorted
            + ": is not sorted by element type and id (node 2 comes after node 5); several"
            + " extracts are merged in id order: sort it with `osmium sort`",
        message);
  }

  private static byte[] bytes(StreetNetwork network) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(out)) {
      network.write(data);
    }
    return out.toByteArray();
  }

  /** A half as OSM XML: its nodes, its ways, every relation (as Geofabrik keeps them). */
  private static void write(Path file, List<ReaderElement> all, Set<Long> nodes, Set<Long> ways)
      throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\">\n");
      for (ReaderElement e : all) {
        switch (e) {
          case ReaderNode node when nodes.contains(node.getId()) -> {
            out.write(
                "<node id=\""
                    + node.getId()
                    + "\" lat=\""
                    + node.getLat()
                    + "\" lon=\""
                    + node.getLon()
                    + "\">");
            tags(out, e);
            out.write("</node>\n");
          }
          case ReaderWay way when ways.contains(way.getId()) -> {
            out.write("<way id=\"" + way.getId() + "\">");
            for (int i = 0; i < way.getNodes().size(); i++) {
              out.write("<nd ref=\"" + way.getNodes().get(i) + "\"/>");
            }
            tags(out, e);
            out.write("</way>\n");
          }
          case ReaderRelation relation -> {
            out.write("<relation id=\"" + relation.getId() + "\">");
            for (ReaderRelation.Member m : relation.getMembers()) {
              out.write(
                  "<member type=\""
                      + m.getType().name().toLowerCase(java.util.Locale.ROOT)
                      + "\" ref=\""
                      + m.getRef()
                      + "\" role=\""
                      + escape(m.getRole())
                      + "\"/>");
            }
            tags(out, e);
            out.write("</relation>\n");
          }
          default -> {}
        }
      }
      out.write("</osm>\n");
    }
  }

  private static void tags(Writer out, ReaderElement e) throws IOException {
    for (Map.Entry<String, Object> tag : e.getTags().entrySet()) {
      out.write(
          "<tag k=\""
              + escape(tag.getKey())
              + "\" v=\""
              + escape(String.valueOf(tag.getValue()))
              + "\"/>");
    }
  }

  private static String escape(String text) {
    return text == null
        ? ""
        : text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
            .replace("\n", "&#10;")
            .replace("\r", "&#13;")
            .replace("\t", "&#9;");
  }
}
