package org.ruralaccess.network.street;

import java.util.Arrays;

/**
 * Result of one {@link StreetRouter} search: whole seconds to every reached node, and to any other
 * snapped point via the ends of its edge (or directly along the origin's own edge). Immutable and
 * independent of the router that made it. Seconds are the internal milliseconds rounded half up.
 */
public final class StreetTimes {

  private final StreetTravel travel;
  private final StreetSnap origin;
  private final int startMillis;
  private final long limitMillis;
  private final int[] reachedNodes;
  private final int[] reachedMillis;
  private final NodeTimeTable table;

  /**
   * @param settledLabels the router's settled labels ({@code node * LAYERS + layer}) in settle
   *     order; a node may appear on several layers, its first label is its earliest
   */
  StreetTimes(
      StreetTravel travel,
      StreetSnap origin,
      int startMillis,
      long limitMillis,
      int[] settledLabels,
      int[] settledMillis,
      int settledCount) {
    this.travel = travel;
    this.origin = origin;
    this.startMillis = startMillis;
    this.limitMillis = limitMillis;
    this.table =
        new NodeTimeTable(settledLabels, settledMillis, settledCount, travel.network.nodeCount());
    int[] nodes = new int[settledCount];
    int[] millis = new int[settledCount];
    int distinct = 0;
    for (int i = 0; i < settledCount; i++) {
      int node = settledLabels[i] / StreetRouter.LAYERS;
      // a node's later labels are strictly later: at equal times a lower layer dominates
      if (table.millis(node) == settledMillis[i]) {
        nodes[distinct] = node;
        millis[distinct++] = settledMillis[i];
      }
    }
    this.reachedNodes = Arrays.copyOf(nodes, distinct);
    this.reachedMillis = Arrays.copyOf(millis, distinct);
  }

  /** Seconds to (or, in reverse, from) the node; -1 when not reached within the limit. */
  public int secondsToNode(int node) {
    int millis = table.millis(node);
    return millis < 0 ? -1 : StreetTravel.seconds(millis);
  }

  public int reachedNodeCount() {
    return reachedNodes.length;
  }

  /** The {@code index}-th reached node, in order of non-decreasing time (settle order). */
  public int reachedNode(int index) {
    return reachedNodes[index];
  }

  /** Seconds to the {@code index}-th reached node. */
  public int reachedSeconds(int index) {
    return StreetTravel.seconds(reachedMillis[index]);
  }

  /**
   * Seconds to (or, in reverse, from) a snapped point, including its off-street walk; -1 when not
   * reached within the limit. The target should be snapped for the same mode. A target exactly at
   * an end node (fraction 0 or 1) is reached when that node is, whatever the edge's direction. A
   * target on a through edge is not reached from inside a no-through area the path entered (see
   * {@link StreetRouter}).
   */
  public int secondsTo(StreetSnap target) {
    StreetNetwork network = travel.network;
    int edge = target.edge();
    double lengthMeters = network.edgeLengthMeters(edge);
    long best = Long.MAX_VALUE;
    if (edge == origin.edge()) {
      best = alongOriginEdge(target, lengthMeters);
    }
    int fromMillis = arrivalMillis(network.edgeFromNode(edge), edge, target.fraction() == 0);
    if (fromMillis >= 0 && (target.fraction() == 0 || travel.allowed(edge, true))) {
      best =
          Math.min(
              best,
              (long) fromMillis + travel.edgeMillis(edge, target.fraction() * lengthMeters, true));
    }
    int toMillis = arrivalMillis(network.edgeToNode(edge), edge, target.fraction() == 1);
    if (toMillis >= 0 && (target.fraction() == 1 || travel.allowed(edge, false))) {
      double meters = (1 - target.fraction()) * lengthMeters;
      best = Math.min(best, (long) toMillis + travel.edgeMillis(edge, meters, false));
    }
    if (best == Long.MAX_VALUE) {
      return -1;
    }
    long total = best + travel.offStreetMillis(target.offStreetMeters());
    return total <= limitMillis ? StreetTravel.seconds(total) : -1;
  }

  /**
   * Time at {@code node} of a path that may go on along the target's edge: any path when the target
   * is at the node itself or the edge is a no-through edge (the end of a trip may enter one); on a
   * through edge only a path that has not entered a no-through area from the through network.
   */
  private int arrivalMillis(int node, int edge, boolean atNode) {
    return atNode || travel.noThrough(edge) ? table.millis(node) : table.openMillis(node);
  }

  /** Direct travel between two points on the same edge, when the mode may go that way. */
  private long alongOriginEdge(StreetSnap target, double lengthMeters) {
    int edge = target.edge();
    boolean towardsTo = target.fraction() >= origin.fraction();
    boolean allowed =
        target.fraction() == origin.fraction()
            ? travel.allowed(edge, true) || travel.allowed(edge, false)
            : travel.allowed(edge, towardsTo);
    if (!allowed || startMillis > limitMillis) {
      return Long.MAX_VALUE;
    }
    double meters = Math.abs(target.fraction() - origin.fraction()) * lengthMeters;
    return (long) startMillis + travel.edgeMillis(edge, meters, towardsTo);
  }
}
