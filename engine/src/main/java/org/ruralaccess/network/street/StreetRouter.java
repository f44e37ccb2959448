package org.ruralaccess.network.street;

import java.util.Arrays;

/**
 * One-to-many time-limited shortest-path tree over the street network (Dijkstra, 1959) for one
 * mode, forward from an origin or in reverse towards it. Times are int milliseconds internally and
 * rounded to whole seconds only in results (see {@link StreetTimes}).
 *
 * <p>Not thread-safe: it reuses a dense best-time array and a primitive heap across searches so a
 * search costs work proportional to what it reaches, not to the network. Use one router per thread;
 * the {@link StreetNetwork} itself is shared.
 */
public final class StreetRouter {

  private static final int UNREACHED = Integer.MAX_VALUE;

  /** Longest search accepted: keeps every sum of milliseconds inside an int. */
  static final int MAX_DURATION_SECONDS = 7 * 24 * 3600;

  private final StreetNetwork network;
  private final int[] bestMillis;
  private final LongMinHeap heap = new LongMinHeap();
  private int[] touchedNodes = new int[256];
  private int touchedCount;
  private int[] settledNodes = new int[256];
  private int[] settledMillis = new int[256];
  private int settledCount;

  public StreetRouter(StreetNetwork network) {
    this.network = network;
    this.bestMillis = new int[network.nodeCount()];
    Arrays.fill(bestMillis, UNREACHED);
  }

  /**
   * Times from (or, in reverse, to) {@code origin} to every node within {@code maxDurationSeconds},
   * including the origin's off-street walk.
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
    checkArguments(origin, mode, speedMetersPerSecond, maxDurationSeconds);
    StreetTravel travel = new StreetTravel(network, mode, direction, speedMetersPerSecond);
    long limitMillis = StreetTravel.limitMillis(maxDurationSeconds);
    int startMillis = travel.offStreetMillis(origin.offStreetMeters());
    try {
      if (startMillis <= limitMillis) {
        startOnEdge(travel, origin, startMillis, limitMillis);
        run(travel, limitMillis);
      }
      return new StreetTimes(
          travel, origin, startMillis, limitMillis, settledNodes, settledMillis, settledCount);
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
   * exactly at an end node is at that node whatever the edge's direction.
   */
  private void startOnEdge(StreetTravel travel, StreetSnap origin, int startMillis, long limit) {
    int edge = origin.edge();
    double lengthMeters = network.edgeLengthMeters[edge];
    if (origin.fraction() == 1 || travel.allowed(edge, true)) {
      double meters = (1 - origin.fraction()) * lengthMeters;
      improve(network.edgeToNode[edge], startMillis + travel.edgeMillis(edge, meters, true), limit);
    }
    if (origin.fraction() == 0 || travel.allowed(edge, false)) {
      double meters = origin.fraction() * lengthMeters;
      improve(
          network.edgeFromNode[edge], startMillis + travel.edgeMillis(edge, meters, false), limit);
    }
  }

  private void run(StreetTravel travel, long limitMillis) {
    int[] incidenceStart = network.incidenceStart;
    int[] incidence = network.incidence;
    double[] lengthMeters = network.edgeLengthMeters;
    while (!heap.isEmpty()) {
      long entry = heap.pop();
      int node = (int) entry;
      int millis = (int) (entry >>> 32);
      if (millis != bestMillis[node]) {
        continue; // a stale entry: the node was reached faster after this was pushed
      }
      settle(node, millis);
      for (int i = incidenceStart[node]; i < incidenceStart[node + 1]; i++) {
        int edge = incidence[i] >>> 1;
        boolean towardsTo = (incidence[i] & 1) == 0;
        if (travel.allowed(edge, towardsTo)) {
          int other = towardsTo ? network.edgeToNode[edge] : network.edgeFromNode[edge];
          improve(
              other, millis + travel.edgeMillis(edge, lengthMeters[edge], towardsTo), limitMillis);
        }
      }
    }
  }

  private void improve(int node, int millis, long limitMillis) {
    if (millis > limitMillis || millis >= bestMillis[node]) {
      return;
    }
    if (bestMillis[node] == UNREACHED) {
      if (touchedCount == touchedNodes.length) {
        touchedNodes = Arrays.copyOf(touchedNodes, touchedCount * 2);
      }
      touchedNodes[touchedCount++] = node;
    }
    bestMillis[node] = millis;
    heap.push(((long) millis << 32) | node);
  }

  private void settle(int node, int millis) {
    if (settledCount == settledNodes.length) {
      settledNodes = Arrays.copyOf(settledNodes, settledCount * 2);
      settledMillis = Arrays.copyOf(settledMillis, settledCount * 2);
    }
    settledNodes[settledCount] = node;
    settledMillis[settledCount] = millis;
    settledCount++;
  }

  private void reset() {
    for (int i = 0; i < touchedCount; i++) {
      bestMillis[touchedNodes[i]] = UNREACHED;
    }
    touchedCount = 0;
    settledCount = 0;
    heap.clear();
  }
}
