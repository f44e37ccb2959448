package org.ruralaccess.analysis.community;

import java.util.Arrays;
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
    int[][] seconds = new int[hubs.length][destinations.length];
    IntStream.range(0, hubs.length)
        .parallel()
        .forEach(
            h ->
                searches.use(
                    car -> {
                      CarSearches.CarTimes times =
                          car.fromHub(hubs[h], destinations, maxCarSeconds);
                      for (int i = 0; i < destinations.length; i++) {
                        seconds[h][i] = times.secondsTo(destinations[i]);
                      }
                      return null;
                    }));
    return seconds;
  }

  /** One reverse search back from each destination, on all cores. */
  static int[][] backFromDestinations(
      StreetSnap[] hubs,
      StreetSnap[] destinations,
      int maxCarSeconds,
      ReusablePool<CarSearches> searches) {
    int[][] seconds = new int[hubs.length][destinations.length];
    IntStream.range(0, destinations.length)
        .parallel()
        .forEach(
            i ->
                searches.use(
                    car -> {
                      CarSearches.CarTimes times =
                          car.toDestination(destinations[i], hubs, maxCarSeconds);
                      for (int h = 0; h < hubs.length; h++) {
                        seconds[h][i] = times.secondsTo(hubs[h]);
                      }
                      return null;
                    }));
    return seconds;
  }
}
