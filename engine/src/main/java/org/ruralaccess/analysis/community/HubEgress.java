package org.ruralaccess.analysis.community;

import java.util.Arrays;
import java.util.List;

/**
 * The rides from each hub to the destinations of its service, packed for the loop that follows them
 * (the hottest loop of a community transport run): per hub, one group per booking window, {@code
 * windowStart, windowEnd, count}, then {@code count} pairs {@code ride seconds, destination},
 * shortest ride first. A ride is possible when it ends by the window's end, so in a group sorted by
 * ride the first impossible ride ends the group: rides in a window already over (a morning window
 * seen from an afternoon departure) cost one look, not one per destination.
 *
 * <p>Most rides followed lower nothing: another hub of the same service, reached earlier, already
 * gave every destination an arrival no later. Each hub keeps a few such candidates (the nearest
 * hubs of its service) with, per window, the most a candidate's ride to any of the hub's
 * destinations in that window is longer than the hub's own ({@code delta}, from the rows, so the
 * test is exact); a window is skipped when a candidate was followed early enough ({@link #follow}).
 * (The class is long because the packed layout, the candidates built on it and the loop reading
 * both belong together.)
 */
final class HubEgress {

  /** Candidates kept per hub: enough for the hubs just before it on a line or a walk. */
  static final int CANDIDATES = 8;

  private static final int NO_DELTA = Integer.MAX_VALUE;

  private final int[] first;
  private final int[] packed;
  // per hub, its candidates: the candidate hub, then one delta per window group of the hub
  private final int[] candidateFirst;
  private final int[] candidates;
  // per hub, the candidates' stride in candidates: 1 + the hub's window groups
  private final int[] candidateStride;

  private HubEgress(int[] first, int[] packed, int[] candidateFirst, int[] candidates) {
    this.first = first;
    this.packed = packed;
    this.candidateFirst = candidateFirst;
    this.candidates = candidates;
    this.candidateStride = new int[first.length - 1];
    for (int h = 0; h < candidateStride.length; h++) {
      candidateStride[h] = 1;
      for (int p = first[h]; p < first[h + 1]; p += 3 + 2 * packed[p + 2]) {
        candidateStride[h]++;
      }
    }
  }

  /**
   * @param byHub per hub, its rows {destination, ride seconds, window start, window end}, each
   *     possible when the ride starts at the window's start
   * @param hubs the hubs, for their service, place and whether they are timed (a timed stop is
   *     nobody's candidate and has none)
   */
  static HubEgress of(List<List<int[]>> byHub, List<FlexHub> hubs) {
    int[] first = new int[byHub.size() + 1];
    IntBuffer packed = new IntBuffer();
    int maxDestination = -1;
    for (int h = 0; h < byHub.size(); h++) {
      List<int[]> rows = byHub.get(h);
      // the hub's windows in order, then each window's rides as (ride, destination) in one long,
      // sorted shortest first (ties by destination)
      long[] windows =
          rows.stream().mapToLong(r -> (long) r[2] << 32 | r[3]).distinct().sorted().toArray();
      for (long window : windows) {
        int start = (int) (window >>> 32);
        int end = (int) window;
        long[] rides =
            rows.stream()
                .filter(r -> r[2] == start && r[3] == end)
                .mapToLong(r -> (long) r[1] << 32 | r[0])
                .sorted()
                .toArray();
        packed.add(start);
        packed.add(end);
        packed.add(rides.length);
        for (long ride : rides) {
          packed.add((int) (ride >>> 32));
          packed.add((int) ride);
          maxDestination = Math.max(maxDestination, (int) ride);
        }
      }
      first[h + 1] = packed.size();
    }
    int[] rows = packed.toArray();
    int[] candidateFirst = new int[byHub.size() + 1];
    IntBuffer candidates = new IntBuffer();
    int[] rideTo = new int[maxDestination + 1];
    Arrays.fill(rideTo, NO_DELTA);
    for (int h = 0; h < byHub.size(); h++) {
      for (int g : nearest(h, hubs, first)) {
        int[] deltas = deltas(rows, first, h, g, rideTo);
        if (Arrays.stream(deltas).anyMatch(x -> x != NO_DELTA)) {
          candidates.add(g);
          for (int x : deltas) {
            candidates.add(x);
          }
        }
      }
      candidateFirst[h + 1] = candidates.size();
    }
    return new HubEgress(first, rows, candidateFirst, candidates.toArray());
  }

  /**
   * Several services' packed rides as one, the hubs numbered on from one part to the next: what
   * {@link #of} gives for all their hubs together, since a hub's candidates are hubs of its own
   * service (so its part's). A rider set that uses several schemes joins the schemes' packings
   * instead of packing its hubs again.
   */
  static HubEgress concat(List<HubEgress> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    IntBuffer first = new IntBuffer();
    IntBuffer packed = new IntBuffer();
    IntBuffer candidateFirst = new IntBuffer();
    IntBuffer candidates = new IntBuffer();
    first.add(0);
    candidateFirst.add(0);
    int hubOffset = 0;
    for (HubEgress part : parts) {
      int hubs = part.first.length - 1;
      for (int h = 0; h < hubs; h++) {
        first.add(packed.size() + part.first[h + 1]);
        candidateFirst.add(candidates.size() + part.candidateFirst[h + 1]);
      }
      packed.addAll(part.packed);
      for (int h = 0; h < hubs; h++) {
        int stride = part.candidateStride[h];
        for (int c = part.candidateFirst[h]; c < part.candidateFirst[h + 1]; c += stride) {
          candidates.add(part.candidates[c] + hubOffset); // the candidate hub, numbered on
          for (int i = 1; i < stride; i++) {
            candidates.add(part.candidates[c + i]);
          }
        }
      }
      hubOffset += hubs;
    }
    return new HubEgress(
        first.toArray(), packed.toArray(), candidateFirst.toArray(), candidates.toArray());
  }

  /**
   * The untimed hubs of the same service nearest to {@code h}, nearest first (ties by index), by
   * distance on a plane: only which hubs are tried depends on it, never a result.
   */
  private static int[] nearest(int h, List<FlexHub> hubs, int[] first) {
    FlexHub hub = hubs.get(h);
    if (hub.isTimed() || first[h + 1] == first[h]) {
      return new int[0];
    }
    double cosLat = Math.cos(Math.toRadians(hub.carSnap().lat()));
    int[] best = new int[CANDIDATES];
    double[] bestDistance = new double[CANDIDATES];
    int count = 0;
    for (int g = 0; g < hubs.size(); g++) {
      FlexHub other = hubs.get(g);
      if (g == h
          || other.service() != hub.service()
          || other.isTimed()
          || first[g + 1] == first[g]) {
        continue;
      }
      double dLat = other.carSnap().lat() - hub.carSnap().lat();
      double dLon = (other.carSnap().lon() - hub.carSnap().lon()) * cosLat;
      double distance = dLat * dLat + dLon * dLon;
      if (count == CANDIDATES && distance >= bestDistance[count - 1]) {
        continue;
      }
      // insert, keeping the list sorted; an equal distance keeps the lower index first
      int i = count < CANDIDATES ? count++ : count - 1;
      while (i > 0 && bestDistance[i - 1] > distance) {
        best[i] = best[i - 1];
        bestDistance[i] = bestDistance[i - 1];
        i--;
      }
      best[i] = g;
      bestDistance[i] = distance;
    }
    return Arrays.copyOf(best, count);
  }

  /**
   * Per window group of {@code h}: the most {@code g}'s ride to one of the group's destinations in
   * the same window is longer than {@code h}'s, or {@link #NO_DELTA} if {@code g} has no ride to
   * one of them.
   */
  private static int[] deltas(int[] rows, int[] first, int h, int g, int[] rideTo) {
    IntBuffer deltas = new IntBuffer();
    for (int p = first[h]; p < first[h + 1]; ) {
      int groupEnd = p + 3 + 2 * rows[p + 2];
      int q = group(rows, first, g, rows[p], rows[p + 1]);
      int delta = q < 0 ? NO_DELTA : Integer.MIN_VALUE;
      if (q >= 0) {
        int qEnd = q + 3 + 2 * rows[q + 2];
        for (int i = q + 3; i < qEnd; i += 2) {
          rideTo[rows[i + 1]] = Math.min(rideTo[rows[i + 1]], rows[i]);
        }
        for (int i = p + 3; i < groupEnd && delta != NO_DELTA; i += 2) {
          int ride = rideTo[rows[i + 1]];
          delta = ride == NO_DELTA ? NO_DELTA : Math.max(delta, ride - rows[i]);
        }
        for (int i = q + 3; i < qEnd; i += 2) {
          rideTo[rows[i + 1]] = NO_DELTA;
        }
      }
      deltas.add(delta);
      p = groupEnd;
    }
    return deltas.toArray();
  }

  /** Where hub {@code g}'s group for the window [start, end] begins, or -1. */
  private static int group(int[] rows, int[] first, int g, int start, int end) {
    for (int q = first[g]; q < first[g + 1]; q += 3 + 2 * rows[q + 2]) {
      if (rows[q] == start && rows[q + 1] == end) {
        return q;
      }
    }
    return -1;
  }

  /**
   * Lowers {@code destinationArrival} by the rides from {@code hub} for a rider ready there at
   * {@code readySeconds}: a ride starts at the later of that and its window's start and must end by
   * the window's end.
   *
   * <p>Two shortcuts, both exact because arrivals are only lowered and lowering twice to the same
   * value changes nothing. A window in which the rider was ready at {@code previousReadySeconds}
   * before, on the same array, with the same start (both before the window opens), gives exactly
   * what it gave then ({@link Integer#MAX_VALUE}: no such time). With {@code hubArrival} (the
   * arrival each untimed hub's rides were followed from on this array, or {@link
   * Integer#MAX_VALUE}), a window is skipped when a candidate {@code g} of the hub, starting its
   * rides in that window at {@code max(hubArrival[g], windowStart)}, ends every one no later than
   * this hub's ride to the same destination: {@code gStart + delta <= start}. Its rides were
   * followed (or skipped the same way, by induction), so each destination already has an arrival no
   * later than this hub's ride gives.
   *
   * @param hubArrival null to follow every window not skipped by the first shortcut
   * @return the rides looked at, for the work counter
   */
  int follow(
      int hub,
      int readySeconds,
      int previousReadySeconds,
      int[] destinationArrival,
      int[] hubArrival) {
    int[] rows = packed;
    int p = first[hub];
    int end = first[hub + 1];
    int stride = candidateStride[hub];
    int group = 0;
    int visited = 0;
    while (p < end) {
      int windowStart = rows[p];
      int windowEnd = rows[p + 1];
      int groupEnd = p + 3 + 2 * rows[p + 2];
      p += 3;
      int start = Math.max(readySeconds, windowStart);
      int maxRide = windowEnd - start;
      if (Math.max(previousReadySeconds, windowStart) != start
          && rows[p] <= maxRide
          && (hubArrival == null || !covered(hub, stride, group, windowStart, start, hubArrival))) {
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
      group++;
    }
    return visited;
  }

  /** Whether a candidate of {@code hub} already gave every destination of this window group. */
  private boolean covered(
      int hub, int stride, int group, int windowStart, int start, int[] hubArrival) {
    for (int c = candidateFirst[hub]; c < candidateFirst[hub + 1]; c += stride) {
      int arrival = hubArrival[candidates[c]];
      int delta = candidates[c + 1 + group];
      if (arrival != Integer.MAX_VALUE
          && delta != NO_DELTA
          && (long) Math.max(arrival, windowStart) + delta <= start) {
        return true;
      }
    }
    return false;
  }

  /** A growing list of ints, for building the packed arrays without boxing. */
  private static final class IntBuffer {
    private int[] values = new int[64];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    void addAll(int[] more) {
      for (int value : more) {
        add(value);
      }
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
