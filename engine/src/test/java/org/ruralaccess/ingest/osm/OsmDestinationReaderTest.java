package org.ruralaccess.ingest.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMInputFile;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationCategory;

class OsmDestinationReaderTest {

  private static final EnumSet<DestinationCategory> ALL =
      EnumSet.of(
          DestinationCategory.FOOD_STORE,
          DestinationCategory.POST_OFFICE,
          DestinationCategory.PHARMACY,
          DestinationCategory.TOWN_CENTRE);

  /** The hand-made file: every rule, a building, a way cut off and a relation. */
  @Test
  void nodesAndBuildingsMatchTheirCategoryWithTheirOsmIds() throws URISyntaxException {
    Path file = Path.of(getClass().getResource("/osm/destinations.osm").toURI());
    OsmDestinationReader.Result result = OsmDestinationReader.read(file, ALL, line -> {});
    Map<String, String> byId = new TreeMap<>();
    for (Destination d : result.destinations()) {
      byId.put(d.id(), d.category() + " " + d.name());
    }
    assertEquals(
        Map.of(
            "osm:node/1", "food_store Market Stores",
            "osm:node/2", "food_store ",
            "osm:node/4", "pharmacy Chemist",
            "osm:node/5", "pharmacy ",
            "osm:node/6", "post_office Post Office",
            "osm:node/7", "town_centre Dorchester",
            "osm:way/100", "food_store Big Store"),
        byId);
    Destination store =
        result.destinations().stream().filter(d -> d.id().equals("osm:way/100")).findFirst().get();
    // mean of the square's four corners (the closing node once): 50.7010, -2.4490
    assertEquals(50.7010, store.lat(), 1e-9);
    assertEquals(-2.4490, store.lon(), 1e-9);
    assertEquals(1, result.relationsSkipped());
    assertEquals(1, result.waysWithoutNodes(), "way 101's nodes are not in the file");
    assertEquals(3, result.countByCategory().get(DestinationCategory.FOOD_STORE));
    assertEquals(2, result.countByCategory().get(DestinationCategory.PHARMACY));

    OsmDestinationReader.Result pharmacies =
        OsmDestinationReader.read(file, EnumSet.of(DestinationCategory.PHARMACY), line -> {});
    assertEquals(
        List.of("osm:node/4", "osm:node/5"),
        pharmacies.destinations().stream().map(Destination::id).sorted().toList());
  }

  /**
   * The real Newport extract: the counts per category, recomputed here in one pass that keeps every
   * node (a different walk from the reader's two passes).
   */
  @Test
  void newportCountsMatchAOnePassRecount() throws Exception {
    Path file = OsmFixtures.osmExtract("newport-2023-06-13.osm.pbf");
    OsmDestinationReader.Result result = OsmDestinationReader.read(file, ALL, line -> {});

    Map<Long, double[]> nodes = new HashMap<>();
    List<ReaderWay> ways = new ArrayList<>();
    Map<DestinationCategory, Integer> expected = new TreeMap<>();
    try (OSMInputFile input = new OSMInputFile(file.toFile())) {
      input.setWorkerThreads(1).open();
      ReaderElement element;
      while ((element = input.getNext()) != null) {
        if (element instanceof ReaderNode node) {
          nodes.put(node.getId(), new double[] {node.getLat(), node.getLon()});
          DestinationCategory c = recount(element, true);
          if (c != null) {
            expected.merge(c, 1, Integer::sum);
          }
        } else if (element instanceof ReaderWay way && recount(way, false) != null) {
          ways.add(way);
        }
      }
    }
    for (ReaderWay way : ways) {
      boolean placed = false;
      for (int i = 0; i < way.getNodes().size(); i++) {
        placed |= nodes.containsKey(way.getNodes().get(i));
      }
      if (placed) {
        expected.merge(recount(way, false), 1, Integer::sum);
      }
    }
    assertEquals(expected, new TreeMap<>(result.countByCategory()));
    assertTrue(expected.getOrDefault(DestinationCategory.FOOD_STORE, 0) > 0, expected.toString());
    assertTrue(expected.getOrDefault(DestinationCategory.TOWN_CENTRE, 0) > 0, expected.toString());
  }

  /** The documented rules, written out again for the recount. */
  private static DestinationCategory recount(ReaderElement e, boolean isNode) {
    String shop = e.getTag("shop");
    if (shop != null
        && List.of("supermarket", "convenience", "greengrocer", "grocery", "general")
            .contains(shop)) {
      return DestinationCategory.FOOD_STORE;
    }
    if ("post_office".equals(e.getTag("amenity"))) {
      return DestinationCategory.POST_OFFICE;
    }
    if ("pharmacy".equals(e.getTag("amenity")) || "pharmacy".equals(e.getTag("healthcare"))) {
      return DestinationCategory.PHARMACY;
    }
    String place = e.getTag("place");
    if (isNode && ("town".equals(place) || "city".equals(place))) {
      return DestinationCategory.TOWN_CENTRE;
    }
    return null;
  }
}
