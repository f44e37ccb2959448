package org.ruralaccess.analysis.returntrips;

import java.util.List;

/**
 * Return trips from every zone for one rider's community transport: per category (in {@code
 * categories} order) and zone, how many of the category's destinations a day out works for, and the
 * day out to the destination reached earliest among them (null when none works).
 *
 * @param feasibleDestinations [category][zone]
 * @param itineraries [category][zone]
 */
public record ReturnTripTimes(
    List<String> categories, int[][] feasibleDestinations, Itinerary[][] itineraries) {

  public boolean feasible(int category, int zone) {
    return itineraries[category][zone] != null;
  }

  public Itinerary itinerary(int category, int zone) {
    return itineraries[category][zone];
  }

  public int feasibleDestinations(int category, int zone) {
    return feasibleDestinations[category][zone];
  }
}
