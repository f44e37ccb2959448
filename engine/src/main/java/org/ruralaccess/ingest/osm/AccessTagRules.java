package org.ruralaccess.ingest.osm;

import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderWay;
import java.util.List;
import java.util.Set;

/**
 * The engine's reading of OSM access tags for walking and cycling, on top of GraphHopper's (see
 * docs/routing.md, "Rural walking"). For each mode the first tag present among its keys decides
 * ({@code foot}, then {@code access}; {@code bicycle}, then {@code access}), as in GraphHopper and
 * OpenTripPlanner, so {@code foot=yes} overrides {@code access=private}.
 *
 * <ul>
 *   <li><b>No through traffic</b>: {@code private}, {@code destination}, {@code customers}, {@code
 *       delivery} (OpenTripPlanner's list, less {@code no}, which closes the way): usable at the
 *       start or the end of a trip only. A value list with an intended value ({@code yes;private})
 *       is open.
 *   <li><b>Public rights of way</b> (England and Wales): {@code designation=public_footpath},
 *       {@code public_bridleway}, {@code restricted_byway}, {@code byway_open_to_all_traffic} carry
 *       a right on foot, the last three also by bicycle (Countryside Act 1968, s. 30). Where the
 *       mode's own key is absent the designation wins over {@code access=*}: a footpath along a
 *       private farm track is open to walkers, through.
 *   <li>{@code permissive} is open, through; {@code permit}, {@code no}, {@code restricted}, {@code
 *       military}, {@code emergency} stay closed (GraphHopper's list).
 * </ul>
 */
final class AccessTagRules {

  static final List<String> FOOT_KEYS = List.of("foot", "access");
  static final List<String> BIKE_KEYS = List.of("bicycle", "access");

  static final Set<String> NO_THROUGH_VALUES =
      Set.of("private", "destination", "customers", "delivery");

  static final Set<String> FOOT_RIGHTS_OF_WAY =
      Set.of(
          "public_footpath", "public_bridleway", "restricted_byway", "byway_open_to_all_traffic");
  static final Set<String> BIKE_RIGHTS_OF_WAY =
      Set.of("public_bridleway", "restricted_byway", "byway_open_to_all_traffic");

  private static final Set<String> INTENDED_VALUES =
      Set.of("yes", "designated", "official", "permissive");

  /** Highways a designation cannot open: not built, not for walking or cycling at all. */
  private static final Set<String> NOT_OPENED_BY_DESIGNATION =
      Set.of(
          "proposed",
          "construction",
          "abandoned",
          "disused",
          "razed",
          "via_ferrata",
          "motorway",
          "motorway_link");

  private AccessTagRules() {}

  /**
   * Whether the mode's first access value closes the way (or barrier node) to its through traffic.
   * A right of way keeps the way open when the mode's own key is absent.
   */
  static boolean isNoThrough(ReaderElement element, List<String> keys, Set<String> rightsOfWay) {
    int first = element.getFirstIndex(keys);
    if (first < 0 || (first > 0 && hasDesignation(element, rightsOfWay))) {
      return false;
    }
    boolean noThrough = false;
    for (String value : element.getTag(keys.get(first), "").split(";")) {
      String trimmed = value.strip();
      if (INTENDED_VALUES.contains(trimmed)) {
        return false;
      }
      noThrough |= NO_THROUGH_VALUES.contains(trimmed);
    }
    return noThrough;
  }

  /**
   * Whether a public right of way opens the way to the mode although GraphHopper closed it: the way
   * is a highway, is designated a right of way for the mode, and the mode's own key is absent.
   */
  static boolean opensByRightOfWay(ReaderWay way, List<String> keys, Set<String> rightsOfWay) {
    String highway = way.getTag("highway");
    return highway != null
        && !NOT_OPENED_BY_DESIGNATION.contains(highway)
        && !way.hasTag(keys.get(0))
        && hasDesignation(way, rightsOfWay);
  }

  private static boolean hasDesignation(ReaderElement element, Set<String> rightsOfWay) {
    for (String value : element.getTag("designation", "").split(";")) {
      if (rightsOfWay.contains(value.strip())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a ferry way has a duration GraphHopper could read (and found plausible). */
  static boolean isTimedFerry(ReaderWay way) {
    return !Double.isNaN(way.getTag("speed_from_duration", Double.NaN));
  }
}
