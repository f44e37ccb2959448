package org.ruralaccess.network.street;

import java.util.Arrays;

/**
 * One-to-many time-limited shortest-path tree over the street network (Dijkstra, 1959) for one
 * mode, forward from an origin or in reverse towards it. Times are int milliseconds internally and
 * rounded to whole seconds only in results (see {@link StreetTimes}).
 *
 * <p><b>No through traffic.</b> Edges closed to the mode's through traffic ({@code access=private},
 * {@code destination}, ...; see {@link EdgeFlags}) may be used at the start and at the end of a
 * trip, never in its middle: a path is some no-through edges, then through edges, then no-through
 * edges again, and never leaves a no-through area it entered from the through network. This is
 * OpenTripPlanner's rule ({@code StreetEdge} "no thru traffic": a state that entered a no-thru area
 * may not traverse a normal edge again). The search runs on three layers of every node:
 *
 * <ol start="0">
 *   <li>still in the origin's no-through area (only no-through edges so far);
 *   <li>on the through network;
 *   <li>in the destination's no-through area (entered from the through network).
 * </ol>
 *
 * A through edge moves layer 0 or 1 to layer 1 and is closed to layer 2; a no-through edge keeps
 * layer 0 and moves layer 1 or 2 to layer 2. A lower layer can do everything a higher one can, so a
 * label is dropped when a lower or equal layer reached its node no later. OpenTripPlanner keeps two
 * states per vertex (entered or not); the third layer also keeps the rare path that crosses the
 * origin's own private estate to a farther gate. A path pattern is the same read backwards, so a
 * reverse search uses the same layers. On a network without no-through edges every node is reached
 * on layer 1 only (layer 0 holds nothing but the origin's edge ends), so the rule costs nothing.
 *
 * <p>Not thread-safe: it reuses a dense best-time array and a primitive heap across searches so a
 * search costs work proportional to what it reaches, not to the network. Use one router per thread;
 * the {@link StreetNetwork} itself is shared.
 */
public final class StreetRouter {

  private static final int UNREACHED = Integer.MAX_VALUE;

  /** Labels per node: origin's no-through area, through network, destination's no-through area. */
  static final int LAYERS = 3;

  static final int START_AREA = 0;
  static final int THROUGH = 1;
  static final int END_AREA = 2;

  /** Longest search accepted: keeps every sum of milliseconds inside an int. */
  static final int MAX_DURATION_SECONDS = 7 * 24 * 3600;

  private final StreetNetwork network;
  private final int[] bestMillis;
  private final LongMinHeap heap = new LongMinHeap();
  private int[] touchedLabels = new int[256];
  private int touchedCount;
  private int[] settledLabels = new int[256];
  private int[] settledMillis = new int[256];
  private int settledCount;

  public StreetRouter(StreetNetwork network) {
    if (network.nodeCount() > Integer.MAX_VALUE / LAYERS) {
      throw new IllegalArgumentException("too many nodes: " + network.nodeCount());
    }
    this.network = network;
    this.bestMillis = new int[network.nodeCount() * LAYERS];
    Arrays.fill(bestMillis, UNREACHED);
  }

  /**
   * Times from (or, in reverse, to) {@code origin} to every node within {@code maxDurationSeconds},
   * including the origin's off-street walk. Timed ferries are crossed.
   *
   * @param speedMetersPerSecond travel speed for WALK and BIKE and off-street walking speed for
   *     them; ignored for CAR, which uses each edge's car speed and walks off-street at 4.8 km/h
   */
  public StreetTimes search(
      StreetSnap origin,
      StreetMode mode,
      SearchDirection direction,
      double speedMetersPerSecond,
      int maxDurationSeconds) {
    return search(origin, mode, direction, speedMetersPerSecond, maxDurationSeconds, true);
  }

  /**
   * As {@link #search(StreetSnap, StreetMode, SearchDirection, double, int)}; with {@code
   * crossFerries} false no ferry is used, for searches whose result is a distance (a ferry's
   * crossing is a time, not a length: stop-to-stop transfers are stored in meters).
   */
  public StreetTimes search(
      StreetSnap origin,
      StreetMode mode,
      SearchDirection direction,
      double speedMetersPerSecond,
      int maxDurationSeconds,
      boolean crossFerries) {
    checkArguments(origin, mode, speedMetersPerSecond, maxDurationSeconds);
    StreetTravel travel =
        new StreetTravel(network, mode, direction, speedMetersPerSecond, crossFerries);
    long limitMillis = StreetTravel.limitMillis(maxDurationSeconds);
    int startMillis = travel.offStreetMillis(origin.offStreetMeters());
    try {
      if (startMillis <= limitMillis) {
        startOnEdge(travel, origin, startMillis, limitMillis);
        run(travel, limitMillis);
      }
      return new StreetTimes(
          travel, origin, startMillis, limitMillis, settledLabels, settledMillis, settledCount);
    } finally {
      reset();
    }
  }

  private void checkArguments(
      StreetSnap origin, StreetMode mode, double speedMetersPerSecond, int maxDurationSeconds) {
    if (origin.edge() < 0 || origin.edge() >= network.edgeCount()) {
      throw new IllegalArgumentException("origin edge " + origin.edge() + " not in network");
    }
    if (mode != StreetMode.CAR && !(speedMetersPerSecond > 0 && speedMetersPerSecond < 1000)) {
      throw new IllegalArgumentException("speed must be positive, was " + speedMetersPerSecond);
    }
    if (maxDurationSeconds < 0 || maxDurationSeconds > MAX_DURATION_SECONDS) {
      throw new IllegalArgumentException("max duration out of range: " + maxDurationSeconds);
    }
  }

  /**
   * The traveller leaves the snap point towards each end of its edge the mode may go to. A snap
   * exactly at an end node is at that node whatever the edge's direction. The origin's edge counts
   * as used: on a no-through edge the traveller starts in its no-through area (layer 0).
   */
  private void startOnEdge(StreetTravel travel, StreetSnap origin, int startMillis, long limit) {
    int edge = origin.edge();
    int layer = travel.noThrough(edge) ? START_AREA : THROUGH;
    double lengthMeters = network.edgeLengthMeters[edge];
    if (origin.fraction() == 1 || travel.allowed(edge, true)) {
      double meters = (1 - origin.fraction()) * lengthMeters;
      improve(
          label(network.edgeToNode[edge], layer),
          startMillis + travel.edgeMillis(edge, meters, true),
          limit);
    }
    if (origin.fraction() == 0 || travel.allowed(edge, false)) {
      double meters = origin.fraction() * lengthMeters;
      improve(
          label(network.edgeFromNode[edge], layer),
          startMillis + travel.edgeMillis(edge, meters, false),
          limit);
    }
  }

  private void run(StreetTravel travel, long limitMillis) {
    int[] incidenceStart = network.incidenceStart;
    int[] incidence = network.incidence;
    double[] lengthMeters = network.edgeLengthMeters;
    while (!heap.isEmpty()) {
      long entry = heap.pop();
      int label = (int) entry;
      int millis = (int) (entry >>> 32);
      if (millis != bestMillis[label]) {
        continue; // a stale entry: the label was reached faster after this was pushed
      }
      int node = label / LAYERS;
      int layer = label - node * LAYERS;
      if (dominatedByLowerLayer(node, layer, millis)) {
        continue;
      }
      settle(label, millis);
      for (int i = incidenceStart[node]; i < incidenceStart[node + 1]; i++) {
        int edge = incidence[i] >>> 1;
        boolean towardsTo = (incidence[i] & 1) == 0;
        int nextLayer = nextLayer(layer, travel.noThrough(edge));
        if (nextLayer >= 0 && travel.allowed(edge, towardsTo)) {
          int other = towardsTo ? network.edgeToNode[edge] : network.edgeFromNode[edge];
          improve(
              label(other, nextLayer),
              millis + travel.edgeMillis(edge, lengthMeters[edge], towardsTo),
              limitMillis);
        }
      }
    }
  }

  /** The layer after using an edge, or -1 when the edge is closed to the path (see class doc). */
  static int nextLayer(int layer, boolean noThroughEdge) {
    if (noThroughEdge) {
      return layer == START_AREA ? START_AREA : END_AREA;
    }
    return layer == END_AREA ? -1 : THROUGH;
  }

  /** A lower layer at the node no later can do all this label can (see class doc). */
  private boolean dominatedByLowerLayer(int node, int layer, int millis) {
    for (int lower = 0; lower < layer; lower++) {
      if (bestMillis[node * LAYERS + lower] <= millis) {
        return true;
      }
    }
    return false;
  }

  private static int label(int node, int layer) {
    return node * LAYERS + layer;
  }

  private void improve(int label, int millis, long limitMillis) {
    if (millis > limitMillis) {
      return;
    }
    int node = label / LAYERS;
    int layer = label - node * LAYERS;
    if (bestMillis[label] <= millis || dominatedByLowerLayer(node, layer, millis)) {
      return; // this or a more capable layer was there no later
    }
    if (bestMillis[label] == UNREACHED) {
      if (touchedCount == touchedLabels.length) {
        touchedLabels = Arrays.copyOf(touchedLabels, touchedCount * 2);
      }
      touchedLabels[touchedCount++] = label;
    }
    bestMillis[label] = millis;
    heap.push(((long) millis << 32) | label);
  }

  private void settle(int label, int millis) {
    if (settledCount == settledLabels.length) {
      settledLabels = Arrays.copyOf(settledLabels, settledCount * 2);
      settledMillis = Arrays.copyOf(settledMillis, settledCount * 2);
    }
    settledLabels[settledCount] = label;
    settledMillis[settledCount] = millis;
    settledCount++;
  }

  private void reset() {
    for (int i = 0; i < touchedCount; i++) {
      bestMillis[touchedLabels[i]] = UNREACHED;
    }
    touchedCount = 0;
    settledCount = 0;
    heap.clear();
  }
}
