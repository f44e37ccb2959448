package org.ruralaccess.analysis.matrix;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.link.LinkedPoints;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.support.ReusablePool;

/**
 * Travel times from every origin to every destination over a departure window, on all cores.
 * Origins are computed in parallel and delivered to the sink in origin order, so output files are
 * identical whatever the thread timing.
 */
public final class TravelTimeMatrix {

  /** Receives one origin's results. */
  public interface Sink {
    /**
     * @param values per destination, one value per percentile (seconds), or for arrive-by {latest
     *     departure seconds, travel seconds}; {@link Percentiles#UNREACHED} when none. Rows may be
     *     shared between destinations: read them, never write them.
     */
    void origin(int origin, int[][] values);
  }

  /** What was linked, for the user's information. */
  public record LinkSummary(int originsUnlinked, int destinationsUnlinked) {}

  private TravelTimeMatrix() {}

  /**
   * The streets a mode's origins and destinations are linked to (walking streets for transit): for
   * a caller that must know which points the matrix will place.
   */
  public static org.ruralaccess.network.street.StreetMode streetMode(TravelMode mode) {
    return StreetOriginSearch.streetMode(mode);
  }

  public static LinkSummary compute(
      Network network,
      PointSet origins,
      PointSet destinations,
      MatrixRequest request,
      Sink sink,
      IntConsumer originsDone) {
    return prepare(network, destinations, request).compute(origins, sink, originsDone);
  }

  /**
   * As above, noting in each of {@code watches} (transit only) the stops each origin's search
   * reaches in time.
   */
  public static LinkSummary compute(
      Network network,
      PointSet origins,
      PointSet destinations,
      MatrixRequest request,
      List<StopWatch> watches,
      Sink sink,
      IntConsumer originsDone) {
    for (StopWatch watch : watches) {
      if (request.mode() != TravelMode.TRANSIT || watch.originCount() != origins.size()) {
        throw new IllegalArgumentException("a stop watch needs a transit request, one per origin");
      }
    }
    return prepare(network, destinations, request, watches).compute(origins, sink, originsDone);
  }

  /**
   * As {@link #compute(Network, PointSet, PointSet, MatrixRequest, Sink, IntConsumer)} for transit,
   * with each origin's walks all the way read from {@code known} (kept by a run on the same
   * streets, origins and destinations, see {@link StopWatch#keptWalks}) instead of walked again:
   * the same values, the origins walking only as far as their access legs go.
   */
  public static LinkSummary compute(
      Network network,
      PointSet origins,
      PointSet destinations,
      MatrixRequest request,
      KeptWalks known,
      Sink sink,
      IntConsumer originsDone) {
    if (request.mode() != TravelMode.TRANSIT || known.originCount() != origins.size()) {
      throw new IllegalArgumentException("kept walks need a transit request, one per origin");
    }
    return prepare(network, destinations, request, List.of(), false, known)
        .compute(origins, sink, originsDone);
  }

  /**
   * Whether a transit request's own walk search is the walk mode's search (same streets, speed and
   * limit: the walk limit is within the max trip duration), so {@link #computeWithWalk} can give
   * the walk mode's values too.
   */
  public static boolean sharesWalkSearch(MatrixRequest transit) {
    return transit.mode() == TravelMode.TRANSIT
        && !transit.isArriveBy()
        && transit.departureCount() > 0
        && transit.routing().maxWalkMinutes() * 60 <= transit.maxTripSeconds();
  }

  /**
   * As {@link #compute(Network, PointSet, PointSet, MatrixRequest, List, Sink, IntConsumer)}, also
   * giving {@code walkSink} each origin's values by the walk mode (the same request with {@link
   * TravelMode#WALK}), read off the walk search every transit search runs (see {@link
   * #sharesWalkSearch}): the walk mode needs no search of its own. Both sinks in origin order.
   */
  public static LinkSummary computeWithWalk(
      Network network,
      PointSet origins,
      PointSet destinations,
      MatrixRequest request,
      List<StopWatch> watches,
      Sink sink,
      Sink walkSink,
      IntConsumer originsDone) {
    if (!sharesWalkSearch(request)) {
      throw new IllegalArgumentException(
          "the transit request's walk search is not the walk mode's");
    }
    Prepared prepared = prepare(network, destinations, request, watches, true, null);
    return prepared.compute(origins, sink, walkSink, originsDone);
  }

  /**
   * Links the destinations and prepares the request's searches (day timetable, egress table) once,
   * for routing several sets of origins: a distributed run routes its share of the origins in
   * parts, and an origin's values do not depend on which other origins are routed with it.
   */
  public static Prepared prepare(Network network, PointSet destinations, MatrixRequest request) {
    return prepare(network, destinations, request, List.of());
  }

  private static Prepared prepare(
      Network network, PointSet destinations, MatrixRequest request, List<StopWatch> watches) {
    return prepare(network, destinations, request, watches, false, null);
  }

  private static Prepared prepare(
      Network network,
      PointSet destinations,
      MatrixRequest request,
      List<StopWatch> watches,
      boolean withWalk,
      KeptWalks known) {
    var streetMode = StreetOriginSearch.streetMode(request.mode());
    LinkedPoints linkedDestinations =
        LinkedPoints.link(destinations, network.streets(), streetMode);
    return new Prepared(
        network,
        streetMode,
        linkedDestinations,
        computer(network, linkedDestinations, request, watches, withWalk, known));
  }

  /** Destinations linked and searches prepared for one network and request. */
  public static final class Prepared {
    private final Network network;
    private final StreetMode streetMode;
    private final LinkedPoints destinations;
    private final OriginComputer computer;

    private Prepared(
        Network network,
        StreetMode streetMode,
        LinkedPoints destinations,
        OriginComputer computer) {
      this.network = network;
      this.streetMode = streetMode;
      this.destinations = destinations;
      this.computer = computer;
    }

    /**
     * Routes {@code origins} on all cores and delivers them to the sink in origin order (indices
     * into {@code origins}).
     */
    public LinkSummary compute(PointSet origins, Sink sink, IntConsumer originsDone) {
      return compute(origins, sink, null, originsDone);
    }

    private LinkSummary compute(
        PointSet origins, Sink sink, Sink walkSink, IntConsumer originsDone) {
      LinkedPoints linkedOrigins = LinkedPoints.link(origins, network.streets(), streetMode);
      AtomicInteger done = new AtomicInteger();
      IntStream.range(0, origins.size())
          .parallel()
          .mapToObj(
              o -> {
                Routed routed = computer.compute(linkedOrigins, o);
                originsDone.accept(done.incrementAndGet());
                return routed;
              })
          .forEachOrdered(
              routed -> {
                sink.origin(routed.origin(), routed.values());
                if (walkSink != null) {
                  walkSink.origin(routed.origin(), routed.walkValues());
                }
              });
      return new LinkSummary(linkedOrigins.unlinkedCount(), destinations.unlinkedCount());
    }
  }

  private interface OriginComputer {
    Routed compute(LinkedPoints origins, int origin);
  }

  /** One origin's values, and by the walk mode when the transit search gives them too. */
  private record Routed(int origin, int[][] values, int[][] walkValues) {}

  private static OriginComputer computer(
      Network baseNetwork,
      LinkedPoints destinations,
      MatrixRequest request,
      List<StopWatch> watches,
      boolean withWalk,
      KeptWalks known) {
    int step = request.stepSeconds();
    int first =
        request.isArriveBy()
            ? request.arriveBySeconds() - request.maxTripSeconds()
            : request.fromSeconds();
    first = Math.max(0, first);
    int count =
        request.isArriveBy()
            ? (request.arriveBySeconds() - first) / step + 1
            : request.departureCount();
    int firstDeparture = first;
    int departureCount = count;
    if (request.mode() != TravelMode.TRANSIT) {
      ReusablePool<StreetOriginSearch> searches =
          new ReusablePool<>(
              () -> new StreetOriginSearch(baseNetwork.streets(), destinations, request));
      return (origins, o) ->
          searches.use(
              search -> {
                int[] seconds = search.travelTimes(origins.snap(o));
                if (!request.isArriveBy() && departureCount > 0) {
                  // every departure has these times: each percentile is the time itself
                  SamePlace.zeroFor(origins.points(), o, destinations.points(), seconds);
                  return new Routed(o, StreetOriginSearch.percentileRows(seconds, request), null);
                }
                int[][] byDeparture = new int[departureCount][];
                Arrays.fill(byDeparture, seconds);
                SamePlace.zeroFor(origins.points(), o, destinations.points(), byDeparture);
                return new Routed(o, summarise(byDeparture, firstDeparture, request), null);
              });
    }
    TransitSetup setup = TransitSetup.prepare(baseNetwork, destinations, request);
    ReusablePool<TransitOriginSearch> searches = new ReusablePool<>(() -> setup.newSearch(request));
    SamePlace samePlace = SamePlace.of(destinations.points());
    // a search walks all the way up to the max trip only when the walk limit is within it
    boolean keepsWalks = sharesWalkSearch(request) && !watches.isEmpty();
    return (origins, o) ->
        searches.use(
            search -> {
              ReachedDestinations reached =
                  search.search(
                      origins.snap(o),
                      origins.points().lat(o),
                      origins.points().lon(o),
                      firstDeparture,
                      departureCount,
                      watches,
                      o,
                      known == null ? null : known.walks(o));
              int[] walk =
                  withWalk || keepsWalks
                      ? search.directWalkSeconds(request.maxTripSeconds())
                      : null;
              if (keepsWalks) {
                for (StopWatch watch : watches) {
                  watch.keptWalks().keep(o, walk);
                }
              }
              int[][] walkValues = null;
              if (withWalk) {
                // the walk mode's times: its search is this search's walk (sharesWalkSearch)
                SamePlace.zeroFor(origins.points(), o, destinations.points(), walk);
                walkValues = StreetOriginSearch.percentileRows(walk, request);
              }
              samePlace.zero(origins.points().lat(o), origins.points().lon(o), reached);
              return new Routed(o, summarise(reached, firstDeparture, request), walkValues);
            });
  }

  /**
   * As {@link #summarise(int[][], int, MatrixRequest)} for the destinations the origin reached;
   * every other destination gets one shared row of {@link Percentiles#UNREACHED} (sinks only read).
   */
  static int[][] summarise(ReachedDestinations reached, int firstDeparture, MatrixRequest request) {
    int[] none = new int[request.isArriveBy() ? 2 : request.percentiles().length];
    Arrays.fill(none, Percentiles.UNREACHED);
    int[][] values = new int[reached.destinationCount()][];
    Arrays.fill(values, none);
    int[] column = new int[reached.departureCount()];
    for (int t = 0; t < reached.size(); t++) {
      values[reached.destination(t)] = summarise(reached, t, column, firstDeparture, request);
    }
    return values;
  }

  /**
   * The values of the {@code t}-th destination reached, as {@link #summarise(ReachedDestinations,
   * int, MatrixRequest)} gives them.
   *
   * @param column room for one value per departure
   */
  static int[] summarise(
      ReachedDestinations reached, int t, int[] column, int firstDeparture, MatrixRequest request) {
    for (int i = 0; i < column.length; i++) {
      column[i] = reached.get(t, i);
    }
    if (request.isArriveBy()) {
      return arriveBy(column, firstDeparture, request);
    }
    int[] values = new int[request.percentiles().length];
    Percentiles.compute(column, request.percentiles(), values);
    return values;
  }

  /** Percentiles per destination, or the arrive-by answer. */
  private static int[][] summarise(int[][] byDeparture, int firstDeparture, MatrixRequest request) {
    int destinations = byDeparture.length == 0 ? 0 : byDeparture[0].length;
    int[][] values = new int[destinations][];
    int[] column = new int[byDeparture.length];
    for (int d = 0; d < destinations; d++) {
      for (int i = 0; i < byDeparture.length; i++) {
        column[i] = byDeparture[i][d];
      }
      if (request.isArriveBy()) {
        values[d] = arriveBy(column, firstDeparture, request);
        continue;
      }
      values[d] = new int[request.percentiles().length];
      Percentiles.compute(column, request.percentiles(), values[d]);
    }
    return values;
  }

  /** The latest departure whose arrival is at or before the deadline, and its travel time. */
  private static int[] arriveBy(int[] byDeparture, int firstDeparture, MatrixRequest request) {
    int step = request.stepSeconds();
    for (int i = byDeparture.length - 1; i >= 0; i--) {
      int seconds = byDeparture[i];
      int departure = firstDeparture + i * step;
      if (seconds != Percentiles.UNREACHED && departure + seconds <= request.arriveBySeconds()) {
        return new int[] {departure, seconds};
      }
    }
    return new int[] {Percentiles.UNREACHED, Percentiles.UNREACHED};
  }
}
