package org.ruralaccess.analysis.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.ruralaccess.analysis.community.CommunityBuses;
import org.ruralaccess.analysis.community.FlexServices;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.link.LinkedPoints;
import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.support.ReusablePool;

/**
 * Transit travel times for several community transport requests (rider groups, and none) in one
 * pass over the origins: the same values {@link TravelTimeMatrix#compute} gives each request alone,
 * with the walk search and the range-RAPTOR search of an origin shared by every request whose
 * access from that origin is the same ({@link SchemeSetsOriginSearch}). Requests that may use
 * different fixed-route community buses route on different timetables, so each distinct set of
 * community buses is its own pass.
 */
public final class SchemeSetsMatrix {

  /** Receives one origin's values for one request, in origin order within each pass. */
  @FunctionalInterface
  public interface Sink {
    /**
     * @param set the request's index in the list given
     * @param values as {@link TravelTimeMatrix.Sink}: per destination, one value per percentile;
     *     rows may be shared, read them only
     */
    void origin(int set, int origin, int[][] values);
  }

  /**
   * The work done, to show the sharing: RAPTOR searches run, against the origins times the sets
   * (one search each when every set is routed alone, as far as the origin has any access); and the
   * rides from hubs to destinations looked at (on from stops and from hubs within a walk of home).
   */
  public record Work(long raptorSearches, long originsTimesSets, long hubRideVisits) {}

  private SchemeSetsMatrix() {}

  /**
   * The passes over the origins {@link #compute} makes: one per distinct set of community buses.
   */
  public static int passes(
      Network network, MatrixRequest request, List<CommunityTransportRequest> sets) {
    return byCommunityBuses(network, request, sets).size();
  }

  /**
   * @param request a transit request with percentiles (not arrive-by); its community transport is
   *     replaced by each of {@code sets}
   * @param originsDone told the origins routed so far, counted over all passes
   */
  public static Work compute(
      Network network,
      PointSet origins,
      PointSet destinations,
      MatrixRequest request,
      List<CommunityTransportRequest> sets,
      Sink sink,
      IntConsumer originsDone) {
    return compute(
        network,
        origins,
        destinations,
        request,
        sets,
        SchemeSetsOriginSearch.Grouping.BY_ACCESS_LEGS,
        sink,
        null,
        null,
        originsDone);
  }

  /**
   * As above, with each origin's walks all the way read from {@code known} (kept by a run on the
   * same streets, origins and destinations, {@link StopWatch#keptWalks}) instead of walked again,
   * as {@link TravelTimeMatrix#compute(Network, PointSet, PointSet, MatrixRequest, KeptWalks,
   * TravelTimeMatrix.Sink, IntConsumer)} does.
   */
  public static Work compute(
      Network network,
      PointSet origins,
      PointSet destinations,
      MatrixRequest request,
      List<CommunityTransportRequest> sets,
      KeptWalks known,
      Sink sink,
      IntConsumer originsDone) {
    if (known.originCount() != origins.size()) {
      throw new IllegalArgumentException("kept walks need one per origin");
    }
    return compute(
        network,
        origins,
        destinations,
        request,
        sets,
        SchemeSetsOriginSearch.Grouping.BY_ACCESS_LEGS,
        sink,
        null,
        known,
        originsDone);
  }

  /**
   * As above, also giving {@code walkSink} each origin's values by the walk mode (the request with
   * {@link TravelMode#WALK}), read off the walk search every transit search runs, as {@link
   * TravelTimeMatrix#computeWithWalk} does; needs {@link TravelTimeMatrix#sharesWalkSearch}.
   */
  public static Work computeWithWalk(
      Network network,
      PointSet origins,
      PointSet destinations,
      MatrixRequest request,
      List<CommunityTransportRequest> sets,
      Sink sink,
      TravelTimeMatrix.Sink walkSink,
      IntConsumer originsDone) {
    if (!TravelTimeMatrix.sharesWalkSearch(request)) {
      throw new IllegalArgumentException(
          "the transit request's walk search is not the walk mode's");
    }
    return compute(
        network,
        origins,
        destinations,
        request,
        sets,
        SchemeSetsOriginSearch.Grouping.BY_ACCESS_LEGS,
        sink,
        walkSink,
        null,
        originsDone);
  }

  static Work compute(
      Network network,
      PointSet origins,
      PointSet destinations,
      MatrixRequest request,
      List<CommunityTransportRequest> sets,
      SchemeSetsOriginSearch.Grouping grouping,
      Sink sink,
      TravelTimeMatrix.Sink walkSink,
      KeptWalks known,
      IntConsumer originsDone) {
    if (request.mode() != TravelMode.TRANSIT || request.isArriveBy()) {
      throw new IllegalArgumentException("scheme sets are for transit requests with percentiles");
    }
    var streetMode = StreetOriginSearch.streetMode(request.mode());
    LinkedPoints linkedDestinations =
        LinkedPoints.link(destinations, network.streets(), streetMode);
    LinkedPoints linkedOrigins = LinkedPoints.link(origins, network.streets(), streetMode);
    SamePlace samePlace = SamePlace.of(destinations);
    int firstDeparture = Math.max(0, request.fromSeconds());
    int departureCount = request.departureCount();
    AtomicInteger done = new AtomicInteger();
    LongAdder raptorSearches = new LongAdder();
    LongAdder hubRideVisits = new LongAdder();
    boolean firstPass = true;
    for (List<Integer> pass : byCommunityBuses(network, request, sets)) {
      // the walk mode once: every pass walks the same
      boolean withWalk = walkSink != null && firstPass;
      firstPass = false;
      MatrixRequest first = request.withCommunityTransport(sets.get(pass.get(0)));
      DayNetwork day = DayNetwork.of(network, first);
      StopIndex stopIndex = day.stopIndex();
      EgressTable egress =
          EgressTable.build(
              day.network(),
              stopIndex,
              linkedDestinations,
              request.walkSpeedMetersPerSecond(),
              request.routing().maxWalkMinutes() * 60);
      FlexServices.Sets flex =
          FlexServices.forSets(
              day.network(),
              request.date(),
              request.routing(),
              pass.stream().map(sets::get).toList(),
              stopIndex,
              linkedDestinations);
      ReusablePool<SchemeSetsOriginSearch> searches =
          new ReusablePool<>(
              () ->
                  new SchemeSetsOriginSearch(
                      day.network(),
                      stopIndex,
                      day.timetable(),
                      egress,
                      linkedDestinations,
                      first,
                      flex,
                      grouping,
                      raptorSearches,
                      hubRideVisits));
      IntStream.range(0, origins.size())
          .parallel()
          .mapToObj(
              o -> {
                Object[] routed =
                    searches.use(
                        search -> {
                          int[][][] values =
                              search.search(
                                  linkedOrigins.snap(o),
                                  origins.lat(o),
                                  origins.lon(o),
                                  firstDeparture,
                                  departureCount,
                                  samePlace,
                                  known == null ? null : known.walks(o));
                          int[][] walkValues = null;
                          if (withWalk) {
                            // as TravelTimeMatrix.computeWithWalk
                            int[] walk = search.directWalkSeconds(request.maxTripSeconds());
                            SamePlace.zeroFor(origins, o, destinations, walk);
                            walkValues = StreetOriginSearch.percentileRows(walk, request);
                          }
                          return new Object[] {o, values, walkValues};
                        });
                originsDone.accept(done.incrementAndGet());
                return routed;
              })
          .forEachOrdered(
              pair -> {
                int[][][] values = (int[][][]) pair[1];
                for (int k = 0; k < pass.size(); k++) {
                  sink.origin(pass.get(k), (Integer) pair[0], values[k]);
                }
                if (withWalk) {
                  walkSink.origin((Integer) pair[0], (int[][]) pair[2]);
                }
              });
    }
    return new Work(raptorSearches.sum(), (long) origins.size() * sets.size(), hubRideVisits.sum());
  }

  /** The requests' indices grouped by the fixed-route community buses they may use. */
  private static List<List<Integer>> byCommunityBuses(
      Network network, MatrixRequest request, List<CommunityTransportRequest> sets) {
    Map<List<String>, List<Integer>> passes = new LinkedHashMap<>();
    for (int k = 0; k < sets.size(); k++) {
      List<String> buses =
          CommunityBuses.activeFixedRoutes(
                  network.communityTransport(), sets.get(k), request.date())
              .stream()
              .map(Scheme::id)
              .toList();
      passes.computeIfAbsent(buses, b -> new ArrayList<>()).add(k);
    }
    return List.copyOf(passes.values());
  }
}
