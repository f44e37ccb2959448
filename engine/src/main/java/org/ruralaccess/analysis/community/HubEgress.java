package org.ruralaccess.analysis.community;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rides from each hub to the destinations of its service, packed for the loop that follows them
 * (the hottest loop of a community transport run): per hub, one group per booking window, {@code
 * windowStart, windowEnd, count}, then {@code count} pairs {@code ride seconds, destination},
 * shortest ride first. A ride is possible when it ends by the window's end, so in a group sorted by
 * ride the first impossible ride ends the group: rides in a window already over (a morning window
 * seen from an afternoon departure) cost one look, not one per destination.
 */
final class HubEgress {

  private static final Comparator<int[]> BY_WINDOW_THEN_RIDE =
      Comparator.<int[]>comparingInt(r -> r[2])
          .thenComparingInt(r -> r[3])
          .thenComparingInt(r -> r[1])
          .thenComparingInt(r -> r[0]);

  private final int[] first;
  private final int[] packed;

  private HubEgress(int[] first, int[] packed) {
    this.first = first;
    this.packed = packed;
  }

  /**
   * @param byHub per hub, its rows {destination, ride seconds, window start, window end}, each
   *     possible when the ride starts at the window's start
   */
  static HubEgress of(List<List<int[]>> byHub) {
    int[] first = new int[byHub.size() + 1];
    List<Integer> packed = new ArrayList<>();
    for (int h = 0; h < byHub.size(); h++) {
      List<int[]> rows = new ArrayList<>(byHub.get(h));
      rows.sort(BY_WINDOW_THEN_RIDE);
      int r = 0;
      while (r < rows.size()) {
        int start = rows.get(r)[2];
        int end = rows.get(r)[3];
        int groupEnd = r;
        while (groupEnd < rows.size()
            && rows.get(groupEnd)[2] == start
            && rows.get(groupEnd)[3] == end) {
          groupEnd++;
        }
        packed.add(start);
        packed.add(end);
        packed.add(groupEnd - r);
        for (; r < groupEnd; r++) {
          packed.add(rows.get(r)[1]);
          packed.add(rows.get(r)[0]);
        }
      }
      first[h + 1] = packed.size();
    }
    return new HubEgress(first, packed.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * Lowers {@code destinationArrival} by the rides from {@code hub} for a rider ready there at
   * {@code readySeconds}: a ride starts at the later of that and its window's start and must end by
   * the window's end. A window in which the rider was ready at {@code previousReadySeconds} before,
   * on the same array, with the same start (both before the window opens), gives exactly what it
   * gave then and is skipped; {@link Integer#MAX_VALUE} when there was no such time.
   *
   * @return the rides looked at, for the work counter
   */
  int follow(int hub, int readySeconds, int previousReadySeconds, int[] destinationArrival) {
    int[] rows = packed;
    int p = first[hub];
    int end = first[hub + 1];
    int visited = 0;
    while (p < end) {
      int windowStart = rows[p];
      int windowEnd = rows[p + 1];
      int groupEnd = p + 3 + 2 * rows[p + 2];
      p += 3;
      int start = Math.max(readySeconds, windowStart);
      if (Math.max(previousReadySeconds, windowStart) != start) {
        int maxRide = windowEnd - start;
        for (; p < groupEnd; p += 2) {
          visited++;
          int ride = rows[p];
          if (ride > maxRide) {
            break;
          }
          int arrival = start + ride;
          int d = rows[p + 1];
          if (arrival < destinationArrival[d]) {
            destinationArrival[d] = arrival;
          }
        }
      }
      p = groupEnd;
    }
    return visited;
  }
}
