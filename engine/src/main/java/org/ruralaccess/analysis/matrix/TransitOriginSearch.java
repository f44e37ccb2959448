package org.ruralaccess.analysis.matrix;

import java.util.Arrays;
import java.util.List;
import org.ruralaccess.analysis.community.FlexOriginLegs;
import org.ruralaccess.analysis.community.FlexServices;
import org.ruralaccess.analysis.community.HubArrivals;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.link.LinkedPoints;
import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;
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
  private final DirectWalks directWalks;
  private final FlexServices flex;
  private final FlexOriginLegs flexLegs;
  // this search's arrivals at the hubs, for rides on from stops followed once per departure
  private final HubArrivals hubArrivals;
  private final ReachedDestinations reached;
  private final EgressedStops egressed;
  // stops of the day network: the size of a watch's bits per origin
  private final int stopCount;

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
    this.hubArrivals = new HubArrivals(flex.hubCount());
    this.stopIndex = stopIndex;
    this.worker = new RangeRaptorWorker(timetable, mode);
    this.streetRouter = new StreetRouter(network.streets());
    this.egress = egress;
    this.destinations = destinations;
    this.request = request;
    this.destinationArrival = new int[destinations.size()];
    this.directWalks = new DirectWalks(network, destinations, timetable.stopCount());
    Arrays.fill(destinationArrival, Integer.MAX_VALUE);
    this.reached = new ReachedDestinations(destinations.size());
    this.egressed = new EgressedStops(timetable.stopCount());
    this.stopCount = timetable.stopCount();
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
   * As above, noting in each of {@code watches} the stops origin {@code originIndex} reaches in
   * time.
   */
  ReachedDestinations search(
      StreetSnap origin,
      double originLat,
      double originLon,
      int firstDeparture,
      int departureCount,
      List<StopWatch> watches,
      int originIndex) {
    return search(
        origin, originLat, originLon, firstDeparture, departureCount, watches, originIndex, null);
  }

  /**
   * As above; with {@code keptWalks} (this origin's walks all the way, from a run on the same
   * streets: {@link KeptWalks#walks}) the origin walks only as far as its access legs go: the walk
   * limit, which is also as far as the community transport legs read it (hubs within a walk).
   */
  ReachedDestinations search(
      StreetSnap origin,
      double originLat,
      double originLon,
      int firstDeparture,
      int departureCount,
      List<StopWatch> watches,
      int originIndex,
      int[] keptWalks) {
    // the last origin's state is cleared where it was written
    for (int t = 0; t < reached.size(); t++) {
      int d = reached.destination(t);
      destinationArrival[d] = Integer.MAX_VALUE;
    }
    directWalks.clear();
    reached.start(departureCount);
    egressed.start();
    hubArrivals.clear();
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
    OriginWalk walk =
        OriginWalk.search(
            streetRouter,
            network,
            stopIndex,
            request,
            origin,
            originLat,
            originLon,
            keptWalks,
            directWalks);
    directWalks.addWalksViaAccessStops(walk.access(), egress);
    directWalks.addTo(reached);
    flexLegs.prepare(originLat, originLon, walk.walk());
    int maxTrip = request.maxTripSeconds();
    int step = request.stepSeconds();
    long[][] watchBits = new long[watches.size()][];
    for (int w = 0; w < watchBits.length; w++) {
      watchBits[w] = watches.get(w).startOrigin(originIndex, stopCount);
    }
    if (walk.reachesTransit(flexLegs.access())) {
      RaptorRequest raptor =
          walk.raptorRequest(request, firstDeparture, departureCount, flexLegs.access());
      worker.route(
          raptor,
          (departure, arrivals, changed, changedCount) -> {
            for (int i = 0; i < changedCount; i++) {
              int stop = changed[i];
              if (!arrivals.isReached(stop)) {
                continue;
              }
              for (long[] bits : watchBits) {
                StopWatch.mark(bits, stop);
              }
              // the walk to the destination starts where a ride (or the access leg) ended, never
              // after a transfer walk: two walks in a row could pass the egress limit together.
              // From the access leg's own arrival it is a walk through an access stop, the same
              // at every departure: directWalks holds it, so it is not walked on here each minute.
              if (arrivals.isReachedWithoutTransfer(stop)
                  && !directWalks.isAccessLegArrival(
                      stop, arrivals.nonTransferArrivalSeconds(stop), departure)
                  && egressed.take(stop, arrivals.nonTransferArrivalSeconds(stop))) {
                int offBoard = arrivals.nonTransferArrivalSeconds(stop);
                for (int e = egress.firstIndex(stop); e < egress.endIndex(stop); e++) {
                  int arrival = offBoard + egress.walkSeconds(e);
                  int d = egress.destination(e);
                  int before = destinationArrival[d];
                  if (arrival < before) {
                    destinationArrival[d] = arrival;
                    if (before == Integer.MAX_VALUE) {
                      reached.add(d); // a destination with an arrival was added when it got one
                    }
                  }
                }
              }
              if (!flex.isEmpty()) {
                // a walk to a community transport pickup is a walk to a boarding, as a transfer is
                flex.reachFromStop(stop, arrivals.arrivalSeconds(stop), hubArrivals);
              }
            }
            // each hub reached earlier once, before the departure's arrivals are read
            flex.followReached(hubArrivals, destinationArrival);
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
    return directWalks.seconds(maxSeconds);
  }

  private void record(int departureIndex, int departure, int maxTrip) {
    directWalks.record(reached, destinationArrival, departureIndex, departure, maxTrip);
  }
}
