package org.ruralaccess.analysis.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.point.PointSet;

/**
 * Destinations collapsed to their distinct positions, so that a place with a school, a surgery and
 * jobs (an r5r hexagon) is routed once. Places are numbered in the order their first destination
 * appears.
 *
 * @param points one point per place, ids {@code place-0}, {@code place-1}...
 * @param placeOfDestination the place of each destination, in {@link DestinationSet} order
 */
public record DestinationPlaces(PointSet points, int[] placeOfDestination) {

  public static DestinationPlaces of(DestinationSet destinations) {
    Map<String, Integer> placeByKey = new HashMap<>();
    List<String> ids = new ArrayList<>();
    List<double[]> positions = new ArrayList<>();
    int[] placeOf = new int[destinations.size()];
    for (int d = 0; d < destinations.size(); d++) {
      Destination destination = destinations.destination(d);
      String key = destination.lat() + "," + destination.lon();
      Integer place = placeByKey.get(key);
      if (place == null) {
        place = positions.size();
        placeByKey.put(key, place);
        ids.add("place-" + place);
        positions.add(new double[] {destination.lat(), destination.lon()});
      }
      placeOf[d] = place;
    }
    double[] lats = positions.stream().mapToDouble(p -> p[0]).toArray();
    double[] lons = positions.stream().mapToDouble(p -> p[1]).toArray();
    return new DestinationPlaces(new PointSet("destinations", ids, lats, lons, Map.of()), placeOf);
  }

  public int size() {
    return points.size();
  }

  public int placeOf(int destination) {
    return placeOfDestination[destination];
  }

  /** Values per [origin][place] spread to [origin][destination]. */
  public int[][] expand(int[][] byPlace) {
    int[][] byDestination = new int[byPlace.length][placeOfDestination.length];
    for (int o = 0; o < byPlace.length; o++) {
      for (int d = 0; d < placeOfDestination.length; d++) {
        byDestination[o][d] = byPlace[o][placeOfDestination[d]];
      }
    }
    return byDestination;
  }
}
