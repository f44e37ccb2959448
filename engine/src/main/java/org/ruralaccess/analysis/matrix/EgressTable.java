package org.ruralaccess.analysis.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.link.LinkedPoints;
import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.network.link.StopLinks;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.network.street.StreetTimes;
import org.ruralaccess.support.ReusablePool;

/**
 * Walking times from stops to destinations, computed once per destination set (not per origin): one
 * reverse walk search from each destination, read at every linked stop in reach. Stored per stop in
 * compressed rows, so propagating a stop's arrival touches only its destinations.
 */
public final class EgressTable {

  private final int[] firstIndex;
  private final int[] destination;
  private final int[] walkSeconds;

  private EgressTable(int[] firstIndex, int[] destination, int[] walkSeconds) {
    this.firstIndex = firstIndex;
    this.destination = destination;
    this.walkSeconds = walkSeconds;
  }

  public static EgressTable build(
      Network network,
      StopIndex stopIndex,
      LinkedPoints destinations,
      double walkSpeedMetersPerSecond,
      int maxWalkSeconds) {
    StopLinks links = network.stopLinks();
    int stopCount = network.transit().stopCount();
    double maxMeters = maxWalkSeconds * walkSpeedMetersPerSecond;
    ReusablePool<StreetRouter> routers =
        new ReusablePool<>(() -> new StreetRouter(network.streets()));
    int[][] stopsByDestination = new int[destinations.size()][];
    int[][] secondsByDestination = new int[destinations.size()][];
    IntStream.range(0, destinations.size())
        .parallel()
        .forEach(
            d -> {
              StreetSnap snap = destinations.snap(d);
              List<int[]> reached = new ArrayList<>();
              if (snap != null) {
                routers.use(
                    router -> {
                      StreetTimes times =
                          router.search(
                              snap,
                              StreetMode.WALK,
                              SearchDirection.REVERSE,
                              walkSpeedMetersPerSecond,
                              maxWalkSeconds);
                      stopIndex.forEachLinkedStopWithin(
                          snap.lat(),
                          snap.lon(),
                          maxMeters + snap.offStreetMeters(),
                          stop -> {
                            int seconds = times.secondsTo(links.findSnap(stop).orElseThrow());
                            if (seconds >= 0 && seconds <= maxWalkSeconds) {
                              reached.add(new int[] {stop, seconds});
                            }
                          });
                      return null;
                    });
              }
              stopsByDestination[d] = reached.stream().mapToInt(r -> r[0]).toArray();
              secondsByDestination[d] = reached.stream().mapToInt(r -> r[1]).toArray();
            });
    return invert(stopCount, stopsByDestination, secondsByDestination);
  }

  private static EgressTable invert(
      int stopCount, int[][] stopsByDestination, int[][] secondsByDestination) {
    int[] first = new int[stopCount + 1];
    for (int[] stops : stopsByDestination) {
      for (int stop : stops) {
        first[stop + 1]++;
      }
    }
    for (int stop = 0; stop < stopCount; stop++) {
      first[stop + 1] += first[stop];
    }
    int[] fill = first.clone();
    int[] destination = new int[first[stopCount]];
    int[] seconds = new int[first[stopCount]];
    for (int d = 0; d < stopsByDestination.length; d++) { // destination order: deterministic
      for (int i = 0; i < stopsByDestination[d].length; i++) {
        int slot = fill[stopsByDestination[d][i]]++;
        destination[slot] = d;
        seconds[slot] = secondsByDestination[d][i];
      }
    }
    return new EgressTable(first, destination, seconds);
  }

  public int firstIndex(int stop) {
    return firstIndex[stop];
  }

  public int endIndex(int stop) {
    return firstIndex[stop + 1];
  }

  public int destination(int index) {
    return destination[index];
  }

  public int walkSeconds(int index) {
    return walkSeconds[index];
  }
}
