package org.ruralaccess.ingest.osm;

import com.carrotsearch.hppc.LongArrayList;
import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMInputFile;
import com.graphhopper.reader.osm.SkipOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationCategory;

/**
 * Destinations councils keep no list of, read from the region's OpenStreetMap extract at build
 * time: each a node or a way (a shop drawn as its building) whose tags match a category's rule
 * ({@link OsmDestinationRule}), placed at the node or at the mean of the way's nodes, with id
 * {@code osm:node/123} or {@code osm:way/456} so that anyone can look it up on openstreetmap.org.
 * Relations (a few large stores drawn as multipolygons) are not read; they are counted so that the
 * report says what was left out.
 *
 * <p>Two passes with GraphHopper's reader: the ways first (which ways are destinations, and which
 * nodes they need), then the nodes. A PBF lists nodes before ways, so one pass could not place a
 * way without keeping every node of the county.
 */
public final class OsmDestinationReader {

  /** What was read: the destinations and how many of each category, and what was left out. */
  public record Result(
      List<Destination> destinations,
      Map<DestinationCategory, Integer> countByCategory,
      int relationsSkipped,
      int waysWithoutNodes) {}

  private OsmDestinationReader() {}

  /**
   * @param categories the categories to read; each must have a rule in {@link OsmDestinationRule}
   */
  public static Result read(
      Path osmFile, Set<DestinationCategory> categories, Consumer<String> progress) {
    OsmFileCheck.check(osmFile);
    progress.accept("reading destinations from " + osmFile.getFileName());
    Map<Long, WayMatch> ways = new HashMap<>();
    Set<Long> wayNodes = new HashSet<>();
    int[] relations = new int[1];
    scan(
        osmFile,
        new SkipOptions(true, false, false),
        element -> {
          if (element instanceof ReaderWay way) {
            DestinationCategory category = OsmDestinationRule.match(way, categories);
            if (category != null) {
              LongArrayList nodes = way.getNodes();
              ways.put(way.getId(), new WayMatch(category, name(way), nodes.toArray()));
              for (int i = 0; i < nodes.size(); i++) {
                wayNodes.add(nodes.get(i));
              }
            }
          } else if (element.getType() == ReaderElement.Type.RELATION
              && OsmDestinationRule.match(element, categories) != null) {
            relations[0]++;
          }
        });
    List<Destination> destinations = new ArrayList<>();
    Map<Long, double[]> nodeCoordinates = new HashMap<>();
    scan(
        osmFile,
        new SkipOptions(false, true, true),
        element -> {
          if (element instanceof ReaderNode node) {
            if (wayNodes.contains(node.getId())) {
              nodeCoordinates.put(node.getId(), new double[] {node.getLat(), node.getLon()});
            }
            DestinationCategory category = OsmDestinationRule.match(node, categories);
            if (category != null) {
              destinations.add(
                  new Destination(
                      "osm:node/" + node.getId(),
                      name(node),
                      category.key(),
                      node.getLat(),
                      node.getLon(),
                      1));
            }
          }
        });
    int waysWithoutNodes = 0;
    for (Map.Entry<Long, WayMatch> entry : ways.entrySet()) {
      double[] position = entry.getValue().position(nodeCoordinates);
      if (position == null) {
        waysWithoutNodes++; // clipped away: the extract cut the building off
        continue;
      }
      destinations.add(
          new Destination(
              "osm:way/" + entry.getKey(),
              entry.getValue().name(),
              entry.getValue().category().key(),
              position[0],
              position[1],
              1));
    }
    Map<DestinationCategory, Integer> counts = new EnumMap<>(DestinationCategory.class);
    categories.forEach(category -> counts.put(category, 0));
    for (Destination destination : destinations) {
      counts.merge(
          DestinationCategory.fromKey(destination.category()).orElseThrow(), 1, Integer::sum);
    }
    return new Result(List.copyOf(destinations), counts, relations[0], waysWithoutNodes);
  }

  private static String name(ReaderElement element) {
    String name = element.getTag("name");
    return name == null ? "" : name.strip();
  }

  private static void scan(Path osmFile, SkipOptions skip, Consumer<ReaderElement> consumer) {
    try (OSMInputFile input = new OSMInputFile(osmFile.toFile())) {
      input.setWorkerThreads(1).setSkipOptions(skip).open();
      ReaderElement element;
      while ((element = input.getNext()) != null) {
        consumer.accept(element);
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      throw new BadInputException(
          osmFile
              + ": cannot be read as OpenStreetMap data ("
              + e.getMessage()
              + "); a download cut short or a damaged file? Download the extract again",
          e);
    }
  }

  /** A way that is a destination: its category, name and node ids. */
  private record WayMatch(DestinationCategory category, String name, long[] nodes) {

    /** The mean of its nodes found in the extract (a closed way's repeated node once). */
    double[] position(Map<Long, double[]> coordinates) {
      int count =
          nodes.length > 1 && nodes[0] == nodes[nodes.length - 1] ? nodes.length - 1 : nodes.length;
      double lat = 0;
      double lon = 0;
      int found = 0;
      for (int i = 0; i < count; i++) {
        double[] point = coordinates.get(nodes[i]);
        if (point != null) {
          lat += point[0];
          lon += point[1];
          found++;
        }
      }
      return found == 0 ? null : new double[] {lat / found, lon / found};
    }
  }
}
