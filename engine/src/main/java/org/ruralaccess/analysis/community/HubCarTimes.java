package org.ruralaccess.analysis.community;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.support.ReusablePool;

/**
 * Car seconds from every hub of a service to every destination in its area (the rides on from
 * hubs), found with as few car searches as the counts allow: one forward from each hub, or, when
 * the area has fewer destinations than hubs (a dial-a-ride area holds hundreds of bus stops), one
 * reverse search back from each destination. On Porto Alegre's illustrative schemes that is 155
 * searches instead of 458 and 208 instead of 717.
 *
 * <p>Both ways give the same seconds. A path's time is the sum of each edge's milliseconds, each
 * rounded on its own meters with the speed of the direction the car drives it, whichever way the
 * search reads the path ({@code StreetTravel} flips the direction for a reverse search); the
 * partial edges and off-street walks at the two ends are rounded the same way whichever end the
 * search starts from; the no-through-traffic rule is a path pattern that reads the same backwards;
 * and both searches compare the whole trip, both ends included, with the same limit. The one
 * exception is a place exactly at a gate of a no-through area ({@link
 * StreetNetwork#isAtNoThroughGate}), where a search from it and a search to it read the rule
 * differently: a hub there is searched forward on its own, and a destination there makes the whole
 * service search forward.
 */
final class HubCarTimes {

  private HubCarTimes() {}

  /**
   * {@code seconds[h][i]}: by car from {@code hubs[h]} to {@code destinations[i]}, or -1 when
   * farther than {@code maxCarSeconds}.
   */
  static int[][] between(
      StreetNetwork streets,
      StreetSnap[] hubs,
      StreetSnap[] destinations,
      int maxCarSeconds,
      ReusablePool<CarSearches> searches) {
    if (destinations.length >= hubs.length
        || Arrays.stream(destinations)
            .anyMatch(d -> streets.isAtNoThroughGate(d, StreetMode.CAR))) {
      return forwardFromHubs(hubs, destinations, maxCarSeconds, searches);
    }
    int[][] seconds = backFromDestinations(hubs, destinations, maxCarSeconds, searches);
    int[] atGate =
        IntStream.range(0, hubs.length)
            .filter(h -> streets.isAtNoThroughGate(hubs[h], StreetMode.CAR))
            .toArray();
    StreetSnap[] gateHubs = Arrays.stream(atGate).mapToObj(h -> hubs[h]).toArray(StreetSnap[]::new);
    int[][] gateRows = forwardFromHubs(gateHubs, destinations, maxCarSeconds, searches);
    for (int g = 0; g < atGate.length; g++) {
      seconds[atGate[g]] = gateRows[g];
    }
    return seconds;
  }

  /** One search from each hub, on all cores. */
  static int[][] forwardFromHubs(
      StreetSnap[] hubs,
      StreetSnap[] destinations,
      int maxCarSeconds,
      ReusablePool<CarSearches> searches) {
    return oneSearchEach(
        hubs, destinations, (car, hub) -> car.fromHub(hub, destinations, maxCarSeconds), searches);
  }

  /** One reverse search back from each destination, on all cores. */
  static int[][] backFromDestinations(
      StreetSnap[] hubs,
      StreetSnap[] destinations,
      int maxCarSeconds,
      ReusablePool<CarSearches> searches) {
    int[][] byDestination =
        oneSearchEach(
            destinations,
            hubs,
            (car, destination) -> car.toDestination(destination, hubs, maxCarSeconds),
            searches);
    int[][] seconds = new int[hubs.length][destinations.length];
    for (int h = 0; h < hubs.length; h++) {
      for (int i = 0; i < destinations.length; i++) {
        seconds[h][i] = byDestination[i][h];
      }
    }
    return seconds;
  }

  /** {@code seconds[p][t]}: the search from {@code places[p]}, read at {@code targets[t]}. */
  private static int[][] oneSearchEach(
      StreetSnap[] places,
      StreetSnap[] targets,
      BiFunction<CarSearches, StreetSnap, CarSearches.CarTimes> search,
      ReusablePool<CarSearches> searches) {
    int[][] seconds = new int[places.length][targets.length];
    IntStream.range(0, places.length)
        .parallel()
        .forEach(
            p ->
                searches.use(
                    car -> {
                      CarSearches.CarTimes times = search.apply(car, places[p]);
                      for (int t = 0; t < targets.length; t++) {
                        seconds[p][t] = times.secondsTo(targets[t]);
                      }
                      return null;
                    }));
    return seconds;
  }
}
