package org.ruralaccess.analysis.matrix;

import java.util.Arrays;
import java.util.List;
import org.ruralaccess.analysis.community.FlexOriginLegs;
import org.ruralaccess.analysis.community.FlexServices;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.link.LinkedPoints;
import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.network.street.StreetTimes;
import org.ruralaccess.routing.RangeMode;
import org.ruralaccess.routing.RangeRaptorWorker;
import org.ruralaccess.routing.RaptorRequest;
import org.ruralaccess.routing.RaptorTimetable;

/**
 * Travel times by transit from one origin to every destination at every departure of the window:
 * walk to stops, one range-RAPTOR search, then walk from stops to destinations. Walking all the way
 * counts when it is faster (up to the max trip duration). One instance per thread; state reused.
 *
 * <p>Propagation to destinations is incremental, as measured in DESIGN.md: a destination's best
 * arrival for a departure is its best arrival for the next later departure improved only through
 * the stops whose arrival changed, because arrivals can only get earlier as departures get earlier
 * in a range search.
 */
final class TransitOriginSearch {

  private final Network network;
  private final StopIndex stopIndex;
  private final RangeRaptorWorker worker;
  private final StreetRouter streetRouter;
  private final EgressTable egress;
  private final LinkedPoints destinations;
  private final MatrixRequest request;
  private final int[] destinationArrival;
  private final int[] directWalkSeconds;
  private final FlexServices flex;
  private final FlexOriginLegs flexLegs;
  private final IntMultiMap destinationsByNode;
  private final IntMultiMap destinationsByEdge;
  private final ReachedDestinations reached;
  private final EgressedStops egressed;

  TransitOriginSearch(
      Network network,
      StopIndex stopIndex,
      RaptorTimetable timetable,
      EgressTable egress,
      LinkedPoints destinations,
      MatrixRequest request,
      FlexServices flex) {
    this(
        network,
        stopIndex,
        timetable,
        egress,
        destinations,
        request,
        flex,
        RangeMode.BOARDING_EVENTS);
  }

  /** As above with the range search's {@link RangeMode} (tests compare the modes). */
  TransitOriginSearch(
      Network network,
      StopIndex stopIndex,
      RaptorTimetable timetable,
      EgressTable egress,
      LinkedPoints destinations,
      MatrixRequest request,
      FlexServices flex,
      RangeMode mode) {
    this.network = network;
    this.flex = flex;
    this.flexLegs = new FlexOriginLegs(flex, network.streets(), request.routing());
    this.stopIndex = stopIndex;
    this.worker = new RangeRaptorWorker(timetable, mode);
    this.streetRouter = new StreetRouter(network.streets());
    this.egress = egress;
    this.destinations = destinations;
    this.request = request;
    this.destinationArrival = new int[destinations.size()];
    this.directWalkSeconds = new int[destinations.size()];
    Arrays.fill(destinationArrival, Integer.MAX_VALUE);
    Arrays.fill(directWalkSeconds, -1);
    this.reached = new ReachedDestinations(destinations.size());
    this.egressed = new EgressedStops(timetable.stopCount());
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

  /**
   * @return travel seconds indexed [departure][destination], {@link Percentiles#UNREACHED} when not
   *     reachable within the max trip duration
   */
  int[][] travelTimes(
      StreetSnap origin,
      double originLat,
      double originLon,
      int firstDeparture,
      int departureCount) {
    return search(origin, originLat, originLon, firstDeparture, departureCount).toDense();
  }

  /**
   * The same times, kept only for the destinations this origin reaches (valid until the next search
   * on this instance): the work follows what the origin reaches, not the network's size.
   */
  ReachedDestinations search(
      StreetSnap origin,
      double originLat,
      double originLon,
      int firstDeparture,
      int departureCount) {
    return search(origin, originLat, originLon, firstDeparture, departureCount, List.of(), -1);
  }

  /**
   * As above, noting in each of {@code watches} that origin {@code originIndex} reached a stop it
   * watches in time.
   */
  ReachedDestinations search(
      StreetSnap origin,
      double originLat,
      double originLon,
      int firstDeparture,
      int departureCount,
      List<StopWatch> watches,
      int originIndex) {
    // the last origin's state is cleared where it was written
    for (int t = 0; t < reached.size(); t++) {
      int d = reached.destination(t);
      destinationArrival[d] = Integer.MAX_VALUE;
      directWalkSeconds[d] = -1;
    }
    reached.start(departureCount);
    egressed.start();
    if (origin == null) {
      return reached;
    }
    if (!flex.isEmpty()) {
      // community transport legs write arrivals anywhere in the area they serve: every
      // destination is followed, as before issue 17
      for (int d = 0; d < destinations.size(); d++) {
        reached.add(d);
      }
    }
    double speed = request.walkSpeedMetersPerSecond();
    int maxWalkSeconds = request.routing().maxWalkMinutes() * 60;
    // one walk search serves both: access legs within the walk limit, and walking all the way
    // (counted up to the max trip duration, so transit is never slower than walking, as in the
    // JTS "PT/walk" measure)
    StreetTimes walk =
        streetRouter.search(
            origin,
            StreetMode.WALK,
            SearchDirection.FORWARD,
            speed,
            Math.max(maxWalkSeconds, request.maxTripSeconds()));
    directWalks(walk, origin);
    int[][] access =
        AccessLegs.fromSearch(
            network,
            stopIndex,
            walk,
            originLat,
            originLon,
            maxWalkSeconds * speed + origin.offStreetMeters(),
            maxWalkSeconds);
    flexLegs.prepare(originLat, originLon, walk);
    int maxTrip = request.maxTripSeconds();
    int step = request.stepSeconds();
    if (access[0].length > 0 || flexLegs.access().size() > 0) {
      RaptorRequest raptor =
          new RaptorRequest(
              access[0],
              access[1],
              firstDeparture,
              firstDeparture + departureCount * step,
              step,
              request.routing().maxTransfers(),
              request.routing().boardSlackSeconds(),
              maxTrip,
              flexLegs.access());
      worker.route(
          raptor,
          (departure, arrivals, changed, changedCount) -> {
            for (int i = 0; i < changedCount; i++) {
              int stop = changed[i];
              if (!arrivals.isReached(stop)) {
                continue;
              }
              for (StopWatch watch : watches) {
                if (watch.watches(stop)) {
                  watch.reached(originIndex);
                }
              }
              // the walk to the destination starts where a ride (or the access leg) ended, never
              // after a transfer walk: two walks in a row could pass the egress limit together
              if (arrivals.isReachedWithoutTransfer(stop)
                  && egressed.take(stop, arrivals.nonTransferArrivalSeconds(stop))) {
                int offBoard = arrivals.nonTransferArrivalSeconds(stop);
                for (int e = egress.firstIndex(stop); e < egress.endIndex(stop); e++) {
                  int arrival = offBoard + egress.walkSeconds(e);
                  int d = egress.destination(e);
                  if (arrival < destinationArrival[d]) {
                    destinationArrival[d] = arrival;
                    reached.add(d);
                  }
                }
              }
              if (!flex.isEmpty()) {
                // a walk to a community transport pickup is a walk to a boarding, as a transfer is
                flex.egressFromStop(stop, arrivals.arrivalSeconds(stop), destinationArrival);
              }
            }
            flexLegs.improveDirect(departure, destinationArrival);
            record((departure - firstDeparture) / step, departure, maxTrip);
          });
    } else {
      // latest departure first: an arrival found for a later departure stays valid for an earlier
      // one (the rider waits), as in the range search
      for (int i = departureCount - 1; i >= 0; i--) {
        flexLegs.improveDirect(firstDeparture + i * step, destinationArrival);
        record(i, firstDeparture + i * step, maxTrip);
      }
    }
    return reached;
  }

  /**
   * After {@link #search}: seconds walking all the way to each destination, {@link
   * Percentiles#UNREACHED} beyond {@code maxSeconds} or the walk search's limit (a new array).
   */
  int[] directWalkSeconds(int maxSeconds) {
    int[] seconds = new int[directWalkSeconds.length];
    for (int d = 0; d < seconds.length; d++) {
      int walk = directWalkSeconds[d];
      seconds[d] = walk >= 0 && walk <= maxSeconds ? walk : Percentiles.UNREACHED;
    }
    return seconds;
  }

  /**
   * Walking all the way, to the destinations on the streets the walk reached (a destination is
   * reached through an end of its edge, or along the origin's own edge), not to every destination.
   */
  private void directWalks(StreetTimes walk, StreetSnap origin) {
    for (int i = 0; i < walk.reachedNodeCount(); i++) {
      destinationsByNode.forEach(walk.reachedNode(i), d -> directWalk(walk, d));
    }
    destinationsByEdge.forEach(origin.edge(), d -> directWalk(walk, d));
  }

  private void directWalk(StreetTimes walk, int d) {
    if (directWalkSeconds[d] >= 0) {
      return;
    }
    int seconds = walk.secondsTo(destinations.snap(d));
    if (seconds >= 0) {
      directWalkSeconds[d] = seconds;
      reached.add(d);
    }
  }

  private void record(int departureIndex, int departure, int maxTrip) {
    for (int t = 0; t < reached.size(); t++) {
      int d = reached.destination(t);
      int best = Integer.MAX_VALUE;
      if (destinationArrival[d] != Integer.MAX_VALUE) {
        best = destinationArrival[d] - departure;
      }
      if (directWalkSeconds[d] >= 0 && directWalkSeconds[d] < best) {
        best = directWalkSeconds[d];
      }
      reached.set(t, departureIndex, best <= maxTrip ? best : Percentiles.UNREACHED);
    }
  }
}
