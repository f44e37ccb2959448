package org.ruralaccess.analysis.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.ruralaccess.analysis.community.FlexOriginLegs;
import org.ruralaccess.analysis.community.FlexServices;
import org.ruralaccess.analysis.community.HubArrivals;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.link.LinkedPoints;
import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.routing.RangeRaptorWorker;
import org.ruralaccess.routing.RaptorRequest;
import org.ruralaccess.routing.RaptorTimetable;
import org.ruralaccess.routing.TimedAccessLegs;

/**
 * Transit travel times from one origin for several sets of usable on-demand community transport
 * schemes at once, each equal to {@link TransitOriginSearch}'s for that set alone. The sets share
 * one day timetable (the same fixed-route community buses); they differ only in the flex legs:
 *
 * <ul>
 *   <li>access rides from home to hubs, the only thing of a set that enters the range-RAPTOR
 *       search: the sets whose access legs from this origin are equal (most often none, the origin
 *       lying outside every area) share one RAPTOR search ({@link #group});
 *   <li>egress rides from a stop to destinations in a service's area, rides from home to such
 *       destinations and from a hub within a walk: each only lowers the arrival at a destination of
 *       its services' areas ({@link FlexServices#destinationsServed}).
 * </ul>
 *
 * So the walk search is done once per origin, and the walk access and egress and the RAPTOR search
 * once per group of sets; the rides on from stops once per scheme in the group (a scheme's egress
 * rides are the same in every set that uses it). A set's arrival at a destination is the minimum of
 * the group's arrival without flex rides, its schemes' rides on from stops and its own rides from
 * home; only the destinations its rides can reach are recorded per set, every other destination has
 * the group's times. One instance per thread. (The class is long because the listener, the grouping
 * and the per-set recording share the per-origin state.)
 */
final class SchemeSetsOriginSearch {

  /** How sets are grouped for one RAPTOR search; the broken rule exists to prove the tests. */
  enum Grouping {
    /** Sets share a RAPTOR search when their flex access legs from the origin are equal. */
    BY_ACCESS_LEGS,
    /** Wrong on purpose: every set uses the first set's access legs (tests must catch it). */
    IGNORE_ACCESS_LEGS_FOR_TESTS
  }

  private final Network network;
  private final StopIndex stopIndex;
  private final RangeRaptorWorker worker;
  private final StreetRouter streetRouter;
  private final EgressTable egress;
  private final LinkedPoints destinations;
  private final MatrixRequest request;
  private final Grouping grouping;
  private final List<FlexServices> flex;
  // the schemes with hubs one by one, and which of them each set uses
  private final List<FlexServices> schemes;
  private final int[][] schemesOfSet;
  private final int[][] schemeServed;
  // each scheme's arrival at its destinations by rides on from stops (the same in every set)
  private final int[][] schemeArrival;
  // each scheme's arrivals at its hubs in this search
  private final HubArrivals[] hubArrival;
  private final FlexOriginLegs[] legs;
  private final int[][] served;
  private final DirectWalks directWalks;
  // the group's arrival at each destination without any flex ride (walk egress after transit)
  private final int[] walkArrival;
  // each set's arrival at the destinations its flex rides serve
  private final int[][] flexArrival;
  private final ReachedDestinations shared;
  private final EgressedStops egressed;
  private final ReachedDestinations[] bySet;
  private final LongAdder raptorSearches;
  private final LongAdder hubRideVisits;
  // rides from hubs looked at in this origin's search, added to hubRideVisits once per origin
  private long visits;

  SchemeSetsOriginSearch(
      Network network,
      StopIndex stopIndex,
      RaptorTimetable timetable,
      EgressTable egress,
      LinkedPoints destinations,
      MatrixRequest request,
      FlexServices.Sets flexSets,
      Grouping grouping,
      LongAdder raptorSearches,
      LongAdder hubRideVisits) {
    this.network = network;
    this.stopIndex = stopIndex;
    this.worker = new RangeRaptorWorker(timetable);
    this.streetRouter = new StreetRouter(network.streets());
    this.egress = egress;
    this.destinations = destinations;
    this.request = request;
    this.grouping = grouping;
    this.raptorSearches = raptorSearches;
    this.hubRideVisits = hubRideVisits;
    List<FlexServices> flex = flexSets.bySet();
    this.flex = flex;
    this.schemes = flexSets.byScheme();
    this.schemesOfSet = flexSets.schemesOfSet();
    this.schemeServed = new int[schemes.size()][];
    this.schemeArrival = new int[schemes.size()][];
    this.hubArrival = new HubArrivals[schemes.size()];
    for (int s = 0; s < schemes.size(); s++) {
      schemeServed[s] = schemes.get(s).destinationsServed();
      schemeArrival[s] = new int[destinations.size()];
      hubArrival[s] = new HubArrivals(schemes.get(s).hubCount());
      Arrays.fill(schemeArrival[s], Integer.MAX_VALUE);
    }
    this.legs = FlexOriginLegs.forSets(flex, network.streets(), request.routing());
    this.served = new int[flex.size()][];
    this.flexArrival = new int[flex.size()][];
    this.bySet = new ReachedDestinations[flex.size()];
    for (int k = 0; k < flex.size(); k++) {
      served[k] = flex.get(k).destinationsServed();
      flexArrival[k] = new int[destinations.size()];
      Arrays.fill(flexArrival[k], Integer.MAX_VALUE);
      bySet[k] = new ReachedDestinations(destinations.size());
    }
    this.directWalks = new DirectWalks(network, destinations, timetable.stopCount());
    this.walkArrival = new int[destinations.size()];
    Arrays.fill(walkArrival, Integer.MAX_VALUE);
    this.shared = new ReachedDestinations(destinations.size());
    this.egressed = new EgressedStops(timetable.stopCount());
  }

  /**
   * @return per set, per destination, one value per percentile (as {@link TravelTimeMatrix.Sink});
   *     rows may be shared between sets and destinations
   */
  int[][][] search(
      StreetSnap origin,
      double originLat,
      double originLon,
      int firstDeparture,
      int departureCount,
      SamePlace samePlace) {
    return search(origin, originLat, originLon, firstDeparture, departureCount, samePlace, null);
  }

  /**
   * As above; with {@code keptWalks} (this origin's walks all the way from a run on the same
   * streets, {@link KeptWalks#walks}) the origin walks only as far as its access legs go, as {@link
   * TransitOriginSearch} does.
   */
  int[][][] search(
      StreetSnap origin,
      double originLat,
      double originLon,
      int firstDeparture,
      int departureCount,
      SamePlace samePlace,
      int[] keptWalks) {
    int[][][] values = new int[flex.size()][][];
    directWalks.clear();
    visits = 0;
    if (origin == null) {
      startShared(departureCount);
      samePlace.zero(originLat, originLon, shared);
      Arrays.fill(values, TravelTimeMatrix.summarise(shared, firstDeparture, request));
      return values;
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
    for (FlexOriginLegs setLegs : legs) {
      setLegs.prepare(originLat, originLon, walk.walk());
    }
    for (int[] group : group()) {
      searchGroup(group, walk, firstDeparture, departureCount);
      samePlace.zero(originLat, originLon, shared);
      int[][] groupValues = TravelTimeMatrix.summarise(shared, firstDeparture, request);
      for (int k : group) {
        if (flex.get(k).isEmpty()) {
          values[k] = groupValues;
          continue;
        }
        samePlace.zero(originLat, originLon, bySet[k]);
        values[k] = mergedValues(bySet[k], groupValues, firstDeparture);
      }
    }
    hubRideVisits.add(visits);
    return values;
  }

  /**
   * A set's values: the group's, except at the destinations its flex rides serve, summarised from
   * the set's own seconds. Where those equal the group's at every departure (no ride of the set
   * arrived first: most destinations of an origin far from its schemes), the group's row is the
   * same summary and is taken as it is, without sorting the seconds again.
   */
  private int[][] mergedValues(ReachedDestinations set, int[][] groupValues, int firstDeparture) {
    int[][] merged = groupValues.clone();
    int[] column = new int[set.departureCount()];
    for (int t = 0; t < set.size(); t++) {
      int d = set.destination(t);
      if (!sameSeconds(set, t, d)) {
        merged[d] = TravelTimeMatrix.summarise(set, t, column, firstDeparture, request);
      }
    }
    return merged;
  }

  /** Whether the set's seconds at its {@code t}-th destination {@code d} are the group's. */
  private boolean sameSeconds(ReachedDestinations set, int t, int d) {
    int departures = set.departureCount();
    if (!shared.contains(d)) {
      for (int i = 0; i < departures; i++) {
        if (set.get(t, i) != Percentiles.UNREACHED) {
          return false;
        }
      }
      return true;
    }
    int u = shared.indexOf(d);
    for (int i = 0; i < departures; i++) {
      if (set.get(t, i) != shared.get(u, i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * After {@link #search}: seconds walking all the way to each destination (the walk mode's times
   * when {@link TravelTimeMatrix#sharesWalkSearch}), {@link Percentiles#UNREACHED} beyond {@code
   * maxSeconds}.
   */
  int[] directWalkSeconds(int maxSeconds) {
    return directWalks.seconds(maxSeconds);
  }

  /** The sets in groups of equal flex access legs from this origin, in set order. */
  private List<int[]> group() {
    List<int[]> groups = new ArrayList<>();
    if (grouping == Grouping.IGNORE_ACCESS_LEGS_FOR_TESTS) {
      int[] all = new int[flex.size()];
      Arrays.setAll(all, k -> k);
      groups.add(all);
      return groups;
    }
    List<TimedAccessLegs> keys = new ArrayList<>();
    for (int k = 0; k < flex.size(); k++) {
      int g = keys.indexOf(legs[k].access());
      if (g < 0) {
        keys.add(legs[k].access());
        groups.add(new int[] {k});
      } else {
        int[] members = Arrays.copyOf(groups.get(g), groups.get(g).length + 1);
        members[members.length - 1] = k;
        groups.set(g, members);
      }
    }
    return groups;
  }

  private void startShared(int departureCount) {
    // the last group's arrivals are cleared where they were written
    for (int t = 0; t < shared.size(); t++) {
      walkArrival[shared.destination(t)] = Integer.MAX_VALUE;
    }
    shared.start(departureCount);
  }

  private void searchGroup(int[] group, OriginWalk walk, int firstDeparture, int departureCount) {
    startShared(departureCount);
    egressed.start(); // per group: each group's RAPTOR search is a search of its own
    directWalks.addTo(shared);
    for (int k : group) {
      if (!flex.get(k).isEmpty()) {
        bySet[k].start(departureCount);
        for (int d : served[k]) {
          flexArrival[k][d] = Integer.MAX_VALUE;
          bySet[k].add(d);
        }
      }
    }
    int[] groupSchemes = schemesOf(group);
    for (int s : groupSchemes) {
      for (int d : schemeServed[s]) {
        schemeArrival[s][d] = Integer.MAX_VALUE;
      }
      hubArrival[s].clear();
    }
    TimedAccessLegs flexAccess = legs[group[0]].access();
    int maxTrip = request.maxTripSeconds();
    int step = request.stepSeconds();
    if (walk.reachesTransit(flexAccess)) {
      RaptorRequest raptor =
          walk.raptorRequest(request, firstDeparture, departureCount, flexAccess);
      raptorSearches.increment();
      worker.route(
          raptor,
          (departure, arrivals, changed, changedCount) -> {
            for (int i = 0; i < changedCount; i++) {
              int stop = changed[i];
              if (!arrivals.isReached(stop)) {
                continue;
              }
              // as TransitOriginSearch: walk to the destination only where a ride (or the access
              // leg) ended; a walk to a flex pickup is a walk to a boarding, as a transfer is.
              // From the walk access leg's own arrival it is in directWalks, once per origin.
              if (arrivals.isReachedWithoutTransfer(stop)
                  && !directWalks.isAccessLegArrival(
                      stop, arrivals.nonTransferArrivalSeconds(stop), departure)
                  && egressed.take(stop, arrivals.nonTransferArrivalSeconds(stop))) {
                int offBoard = arrivals.nonTransferArrivalSeconds(stop);
                for (int e = egress.firstIndex(stop); e < egress.endIndex(stop); e++) {
                  int arrival = offBoard + egress.walkSeconds(e);
                  int d = egress.destination(e);
                  if (arrival < walkArrival[d]) {
                    if (walkArrival[d] == Integer.MAX_VALUE) {
                      shared.add(d); // first arrival: every arrival written is a member's
                    }
                    walkArrival[d] = arrival;
                  }
                }
              }
              // once per scheme, whichever sets of the group use it
              for (int s : groupSchemes) {
                if (schemes.get(s).servesStop(stop)) {
                  schemes.get(s).reachFromStop(stop, arrivals.arrivalSeconds(stop), hubArrival[s]);
                }
              }
            }
            // each hub reached earlier once, before the departure's arrivals are read
            for (int s : groupSchemes) {
              visits += schemes.get(s).followReached(hubArrival[s], schemeArrival[s]);
            }
            recordDeparture(group, (departure - firstDeparture) / step, departure, maxTrip);
          });
    } else {
      // latest departure first, as in the range search
      for (int i = departureCount - 1; i >= 0; i--) {
        recordDeparture(group, i, firstDeparture + i * step, maxTrip);
      }
    }
  }

  /** The schemes with hubs that the group's sets use, each once. */
  private int[] schemesOf(int[] group) {
    boolean[] used = new boolean[schemes.size()];
    for (int k : group) {
      for (int s : schemesOfSet[k]) {
        used[s] = true;
      }
    }
    int[] list = new int[schemes.size()];
    int count = 0;
    for (int s = 0; s < used.length; s++) {
      if (used[s]) {
        list[count++] = s;
      }
    }
    return Arrays.copyOf(list, count);
  }

  private void recordDeparture(int[] group, int departureIndex, int departure, int maxTrip) {
    for (int k : group) {
      visits += legs[k].improveDirect(departure, flexArrival[k]);
    }
    directWalks.record(shared, walkArrival, departureIndex, departure, maxTrip);
    for (int k : group) {
      if (!flex.get(k).isEmpty()) {
        recordSet(k, departureIndex, departure, maxTrip);
      }
    }
  }

  /**
   * A set's departure at the destinations its rides serve: the earliest of the group's arrival
   * without flex, its own rides from home and its schemes' rides on from stops.
   */
  private void recordSet(int k, int departureIndex, int departure, int maxTrip) {
    ReachedDestinations reached = bySet[k];
    int[] own = flexArrival[k];
    int[] setSchemes = schemesOfSet[k];
    for (int t = 0; t < reached.size(); t++) {
      int d = reached.destination(t);
      int at = Math.min(walkArrival[d], own[d]);
      for (int s : setSchemes) {
        at = Math.min(at, schemeArrival[s][d]);
      }
      reached.set(t, departureIndex, directWalks.value(d, at, departure, maxTrip));
    }
  }
}
