package org.ruralaccess.analysis.matrix;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.link.LinkedPoints;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.support.ReusablePool;

/**
 * Transit travel times at every departure minute, not reduced to percentiles: what the range search
 * finds anyway (one answer per departure minute and destination) handed to the caller, who reduces
 * it on the worker thread (a county's minute-by-destination array per origin is megabytes; only the
 * reduction travels to the sink, in origin order). Questions that need the exact times rather than
 * a summary use it: can a resident leave after 09:00 and be at the surgery by 10:00, and which bus
 * home leaves after the appointment.
 *
 * <p>Prepared once per date, rider and point sets (the day's timetable, the links, the egress walks
 * and the flex services), then run for any number of windows and subsets of origins: a day's
 * periods share the preparation.
 */
public final class MinuteMatrix {

  /** One departure a minute: the grid every per-minute answer is on. */
  public static final int STEP_SECONDS = 60;

  /** Reduces one origin's times; called on the worker threads, so it must not share state. */
  public interface Reducer<T> {
    T reduce(int origin, MinuteTimes times);
  }

  /** Receives one origin's reduction, in origin order. */
  public interface Sink<T> {
    void origin(int origin, T value);
  }

  private final LinkedPoints origins;
  private final TransitSetup setup;
  private final ReusablePool<TransitOriginSearch> searches;

  private MinuteMatrix(LinkedPoints origins, TransitSetup setup, MatrixRequest request) {
    this.origins = origins;
    this.setup = setup;
    this.searches = new ReusablePool<>(() -> setup.newSearch(request));
  }

  /**
   * @param ct the community transport schemes the rider may use, for every leg searched
   */
  public static MinuteMatrix prepare(
      Network network,
      PointSet origins,
      PointSet destinations,
      LocalDate date,
      RoutingSettings routing,
      CommunityTransportRequest ct) {
    MatrixRequest request =
        new MatrixRequest(
            date,
            0,
            STEP_SECONDS,
            STEP_SECONDS,
            TravelMode.TRANSIT,
            new int[] {50},
            -1,
            routing,
            ct);
    LinkedPoints linkedOrigins = LinkedPoints.link(origins, network.streets(), StreetMode.WALK);
    LinkedPoints linkedDestinations =
        LinkedPoints.link(destinations, network.streets(), StreetMode.WALK);
    return new MinuteMatrix(
        linkedOrigins, TransitSetup.prepare(network, linkedDestinations, request), request);
  }

  public int originCount() {
    return origins.size();
  }

  public int destinationCount() {
    return setup.destinations().size();
  }

  /**
   * Runs every departure minute in [{@code fromSeconds}, {@code toSeconds}) from each origin.
   *
   * @param originSubset the origins to search, ascending; null for all
   * @param originsDone called with the number of origins finished so far
   */
  public <T> void run(
      int fromSeconds,
      int toSeconds,
      int[] originSubset,
      Reducer<T> reducer,
      Sink<T> sink,
      IntConsumer originsDone) {
    if (toSeconds <= fromSeconds || fromSeconds < 0) {
      throw new IllegalArgumentException("empty window " + fromSeconds + " to " + toSeconds);
    }
    int count = (toSeconds - fromSeconds + STEP_SECONDS - 1) / STEP_SECONDS;
    int[] subset =
        originSubset != null ? originSubset : IntStream.range(0, origins.size()).toArray();
    AtomicInteger done = new AtomicInteger();
    IntStream.range(0, subset.length)
        .parallel()
        .mapToObj(
            i -> {
              int o = subset[i];
              T value =
                  searches.use(
                      search -> {
                        int[][] byDeparture =
                            search.travelTimes(
                                origins.snap(o),
                                origins.points().lat(o),
                                origins.points().lon(o),
                                fromSeconds,
                                count);
                        SamePlace.zeroFor(
                            origins.points(), o, setup.destinations().points(), byDeparture);
                        return reducer.reduce(o, new MinuteTimes(fromSeconds, byDeparture));
                      });
              originsDone.accept(done.incrementAndGet());
              return new Object[] {o, value};
            })
        .forEachOrdered(
            pair -> {
              @SuppressWarnings("unchecked")
              T value = (T) pair[1];
              sink.origin((Integer) pair[0], value);
            });
  }
}
