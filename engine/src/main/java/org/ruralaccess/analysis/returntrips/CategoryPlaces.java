package org.ruralaccess.analysis.returntrips;

import java.util.Arrays;
import java.util.TreeMap;
import org.ruralaccess.analysis.indicators.IndicatorCategory;
import org.ruralaccess.analysis.matrix.DestinationPlaces;

/**
 * One category's destinations as the searches see them: its distinct places (ascending place
 * index), how many of its destinations stand at each, and the first of them (the one named in the
 * tables), with the category's day out.
 */
record CategoryPlaces(
    IndicatorCategory category,
    ReturnTripRule rule,
    int[] places,
    int[] destinationCounts,
    int[] firstDestinations) {

  static CategoryPlaces of(
      IndicatorCategory category, ReturnTripRule rule, DestinationPlaces allPlaces) {
    TreeMap<Integer, int[]> byPlace = new TreeMap<>(); // place -> {count, first destination}
    for (int d : category.destinationIndices()) {
      int place = allPlaces.placeOf(d);
      int[] entry = byPlace.computeIfAbsent(place, p -> new int[] {0, d});
      entry[0]++;
      entry[1] = Math.min(entry[1], d);
    }
    int[] places = byPlace.keySet().stream().mapToInt(Integer::intValue).toArray();
    int[] counts = byPlace.values().stream().mapToInt(e -> e[0]).toArray();
    int[] first = byPlace.values().stream().mapToInt(e -> e[1]).toArray();
    return new CategoryPlaces(category, rule, places, counts, first);
  }

  int size() {
    return places.length;
  }

  /** The index of {@code place} among this category's places, or a negative number. */
  int localIndex(int place) {
    return Arrays.binarySearch(places, place);
  }
}
