package org.ruralaccess.analysis.matrix;

import java.util.Arrays;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.link.LinkedPoints;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.network.street.StreetTimes;

/**
 * Walking all the way from one origin, for {@link TransitOriginSearch} and {@link
 * SchemeSetsOriginSearch}: the destinations on the streets the origin's walk search reached (a
 * destination is reached through an end of its edge, or along the origin's own edge), or those
 * another run on the same streets kept ({@link KeptWalks}), and the recording of a departure's
 * travel times (the faster of the arrival by transit or flex and the walk). One instance per
 * search; valid until the next {@link #clear}.
 *
 * <p>Beside walking all the way it can hold the walks through an access stop (walk to the stop,
 * then walk on from it to a destination without riding, {@link #addWalksViaAccessStops}): a transit
 * search counts them, and they too take the same time at every departure, so a search adds them
 * here once instead of walking on from its access stops at every departure. They are not walking
 * all the way: {@link #seconds} (the walk mode) leaves them out. It also remembers each access
 * stop's access seconds, so the search can tell an arrival that is the access leg's own ({@link
 * #isAccessLegArrival}) and skip walking on from it.
 */
final class DirectWalks {

  private final LinkedPoints destinations;
  private final IntMultiMap destinationsByNode;
  private final IntMultiMap destinationsByEdge;
  private final int[] seconds;
  private final int[] viaAccessSeconds;
  private int[] walked = new int[64];
  private int walkedCount;
  private int[] walkedVia = new int[64];
  private int walkedViaCount;
  // seconds of the walk access leg to each stop for the current origin, -1 at the others
  private final int[] accessLegSeconds;
  private int[] accessStops = new int[0];

  /**
   * @param stopCount the stops of the timetable searched
   */
  DirectWalks(Network network, LinkedPoints destinations, int stopCount) {
    this.destinations = destinations;
    this.accessLegSeconds = new int[stopCount];
    Arrays.fill(accessLegSeconds, -1);
    this.seconds = new int[destinations.size()];
    Arrays.fill(seconds, -1);
    this.viaAccessSeconds = new int[destinations.size()];
    Arrays.fill(viaAccessSeconds, -1);
    int[] nodes = new int[2 * destinations.size()];
    int[] nodeDestinations = new int[nodes.length];
    int[] edges = new int[destinations.size()];
    int[] edgeDestinations = new int[edges.length];
    int pairs = 0;
    int linked = 0;
    for (int d = 0; d < destinations.size(); d++) {
      StreetSnap snap = destinations.snap(d);
      if (snap != null) {
        nodes[pairs] = network.streets().edgeFromNode(snap.edge());
        nodeDestinations[pairs++] = d;
        nodes[pairs] = network.streets().edgeToNode(snap.edge());
        nodeDestinations[pairs++] = d;
        edges[linked] = snap.edge();
        edgeDestinations[linked++] = d;
      }
    }
    this.destinationsByNode = new IntMultiMap(nodes, nodeDestinations, pairs);
    this.destinationsByEdge = new IntMultiMap(edges, edgeDestinations, linked);
  }

  void clear() {
    for (int i = 0; i < walkedCount; i++) {
      seconds[walked[i]] = -1;
    }
    walkedCount = 0;
    for (int i = 0; i < walkedViaCount; i++) {
      viaAccessSeconds[walkedVia[i]] = -1;
    }
    walkedViaCount = 0;
    for (int stop : accessStops) {
      accessLegSeconds[stop] = -1;
    }
    accessStops = new int[0];
  }

  /** Finds the walks to the destinations on the streets the walk search reached. */
  void find(StreetTimes walk, StreetSnap origin) {
    for (int i = 0; i < walk.reachedNodeCount(); i++) {
      destinationsByNode.forEach(walk.reachedNode(i), d -> walkTo(walk, d));
    }
    destinationsByEdge.forEach(origin.edge(), d -> walkTo(walk, d));
  }

  /**
   * Takes the walks all the way from a run that found them on the same streets ({@link KeptWalks}:
   * destination and seconds pairs) instead of {@link #find}ing them.
   */
  void useKept(int[] pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      int d = pairs[i];
      seconds[d] = pairs[i + 1];
      if (walkedCount == walked.length) {
        walked = Arrays.copyOf(walked, Math.max(walkedCount * 2, pairs.length / 2));
      }
      walked[walkedCount++] = d;
    }
  }

  private void walkTo(StreetTimes walk, int d) {
    if (seconds[d] >= 0) {
      return;
    }
    int s = walk.secondsTo(destinations.snap(d));
    if (s >= 0) {
      seconds[d] = s;
      if (walkedCount == walked.length) {
        walked = Arrays.copyOf(walked, walkedCount * 2);
      }
      walked[walkedCount++] = d;
    }
  }

  /**
   * Seconds walking all the way to each destination, {@link Percentiles#UNREACHED} beyond {@code
   * maxSeconds} or not reached (a new array).
   */
  int[] seconds(int maxSeconds) {
    int[] all = new int[seconds.length];
    for (int d = 0; d < all.length; d++) {
      all[d] = seconds[d] >= 0 && seconds[d] <= maxSeconds ? seconds[d] : Percentiles.UNREACHED;
    }
    return all;
  }

  /**
   * Adds the walks through the access stops {@code access} ({stops, seconds}, as {@link
   * OriginWalk#access}) on to the destinations of their {@code egress} rows: access seconds plus
   * egress seconds, the same sum a transit search finds at each departure when it walks on from an
   * access stop reached by its access leg. It can be a second faster than walking all the way, as
   * each part is rounded to seconds on its own.
   */
  void addWalksViaAccessStops(int[][] access, EgressTable egress) {
    int[] stops = access[0];
    int[] accessSeconds = access[1];
    accessStops = stops;
    for (int i = 0; i < stops.length; i++) {
      int stop = stops[i];
      accessLegSeconds[stop] = accessSeconds[i];
      for (int e = egress.firstIndex(stop); e < egress.endIndex(stop); e++) {
        int via = accessSeconds[i] + egress.walkSeconds(e);
        int d = egress.destination(e);
        if (viaAccessSeconds[d] < 0) {
          if (walkedViaCount == walkedVia.length) {
            walkedVia = Arrays.copyOf(walkedVia, walkedViaCount * 2);
          }
          walkedVia[walkedViaCount++] = d;
          viaAccessSeconds[d] = via;
        } else if (via < viaAccessSeconds[d]) {
          viaAccessSeconds[d] = via;
        }
      }
    }
  }

  /**
   * Whether {@code arrivalSeconds} at {@code stop}, searched from {@code departure}, is the walk
   * access leg's own arrival there: walking on from it is one of the walks {@link
   * #addWalksViaAccessStops} added, the same at every departure.
   */
  boolean isAccessLegArrival(int stop, int arrivalSeconds, int departure) {
    return arrivalSeconds - departure == accessLegSeconds[stop];
  }

  /** Adds every destination reached on foot (all the way or through an access stop). */
  void addTo(ReachedDestinations reached) {
    for (int i = 0; i < walkedCount; i++) {
      reached.add(walked[i]);
    }
    for (int i = 0; i < walkedViaCount; i++) {
      reached.add(walkedVia[i]);
    }
  }

  /**
   * Records one departure for every destination of {@code reached}, arriving at {@code arrival[d]}
   * ({@link #value}).
   */
  void record(
      ReachedDestinations reached, int[] arrival, int departureIndex, int departure, int maxTrip) {
    for (int t = 0; t < reached.size(); t++) {
      int d = reached.destination(t);
      reached.set(t, departureIndex, value(d, arrival[d], departure, maxTrip));
    }
  }

  /**
   * The travel time to {@code d} for a departure arriving at {@code arrival} (or never, {@link
   * Integer#MAX_VALUE}): the fastest of that, walking all the way and walking through an access
   * stop, {@link Percentiles#UNREACHED} beyond the max trip duration.
   */
  int value(int d, int arrival, int departure, int maxTrip) {
    int best = Integer.MAX_VALUE;
    if (arrival != Integer.MAX_VALUE) {
      best = arrival - departure;
    }
    if (seconds[d] >= 0 && seconds[d] < best) {
      best = seconds[d];
    }
    if (viaAccessSeconds[d] >= 0 && viaAccessSeconds[d] < best) {
      best = viaAccessSeconds[d];
    }
    return best <= maxTrip ? best : Percentiles.UNREACHED;
  }
}
