package org.ruralaccess.analysis.accessibility;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.indicators.AccessibilityResult;
import org.ruralaccess.analysis.indicators.IndicatorFold;
import org.ruralaccess.analysis.matrix.DestinationPlaces;
import org.ruralaccess.analysis.matrix.KeptWalks;
import org.ruralaccess.analysis.matrix.MatrixRequest;
import org.ruralaccess.analysis.matrix.OriginRouter;
import org.ruralaccess.analysis.matrix.StopWatch;
import org.ruralaccess.analysis.matrix.TravelTimeMatrix;
import org.ruralaccess.analysis.matrix.ZoneOrigins;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;

/**
 * The accessibility facade used by the CLI (and later the server): for each mode, travel times from
 * every zone's origin to every destination at the chosen percentile over the window, then the
 * indicators per zone and the equity tables. Destinations at the same position (an r5r hexagon with
 * schools, jobs and healthcare) are routed once.
 */
public final class AccessibilityAnalysis {

  private AccessibilityAnalysis() {}

  public static AccessibilityResult run(
      Network network,
      ZoneSet zones,
      DestinationSet destinations,
      AccessibilityRequest request,
      ProgressListener progress) {
    IndicatorFold fold =
        new IndicatorFold(zones, destinations, request.modes(), request.indicators());
    route(
        network,
        zones,
        destinations,
        request,
        request.modes(),
        OriginRouter.LOCAL,
        fold::addZone,
        progress);
    return fold.result();
  }

  /** Receives one zone's travel seconds to every destination by one mode, as it is routed. */
  @FunctionalInterface
  public interface ZoneRows {
    /**
     * @param secondsByDestination in {@link DestinationSet} order; a new array per call
     */
    void zone(TravelMode mode, int zone, int[] secondsByDestination);
  }

  /**
   * Travel seconds [zone][destination] at the request's percentile, per mode, for the given modes
   * (a scenario comparison recomputes only the modes a change can affect).
   */
  public static Map<TravelMode, int[][]> travelTimes(
      Network network,
      ZoneSet zones,
      DestinationSet destinations,
      AccessibilityRequest request,
      List<TravelMode> modes,
      ProgressListener progress) {
    return travelTimes(network, zones, destinations, request, modes, List.of(), progress);
  }

  /**
   * As above, noting in each of {@code transitWatches} the stops each zone's transit search
   * reaches: a scenario comparison's baseline, which any scenario's footprint then reads.
   */
  public static Map<TravelMode, int[][]> travelTimes(
      Network network,
      ZoneSet zones,
      DestinationSet destinations,
      AccessibilityRequest request,
      List<TravelMode> modes,
      List<StopWatch> transitWatches,
      ProgressListener progress) {
    Map<TravelMode, int[][]> travelSeconds = new EnumMap<>(TravelMode.class);
    for (TravelMode mode : modes) {
      travelSeconds.put(mode, new int[zones.size()][]);
    }
    route(
        network,
        zones,
        destinations,
        request,
        modes,
        OriginRouter.LOCAL,
        transitWatches,
        (mode, zone, seconds) -> travelSeconds.get(mode)[zone] = seconds,
        progress);
    return travelSeconds;
  }

  /**
   * Transit travel seconds [zone][destination] as {@link #travelTimes} gives them, with each zone's
   * walks all the way read from {@code walks} (kept by a run on the same streets, zones and
   * destinations: a scenario comparison's baseline, {@link StopWatch#keptWalks}) instead of walked
   * again.
   */
  public static int[][] transitTimes(
      Network network,
      ZoneSet zones,
      DestinationSet destinations,
      AccessibilityRequest request,
      KeptWalks walks,
      ProgressListener progress) {
    int[][] travelSeconds = new int[zones.size()][];
    route(
        network,
        zones,
        destinations,
        request,
        List.of(TravelMode.TRANSIT),
        OriginRouter.LOCAL,
        List.of(),
        walks,
        (mode, zone, seconds) -> travelSeconds[zone] = seconds,
        progress);
    return travelSeconds;
  }

  /**
   * Routes every zone's origin to every destination place by each mode, and gives each zone's row
   * (expanded from places to destinations) to {@code rows} in zone order, mode by mode; nothing is
   * kept, so a caller that folds the rows (IndicatorFold) holds no zones x destinations matrix.
   */
  public static void route(
      Network network,
      ZoneSet zones,
      DestinationSet destinations,
      AccessibilityRequest request,
      List<TravelMode> modes,
      OriginRouter router,
      ZoneRows rows,
      ProgressListener progress) {
    route(network, zones, destinations, request, modes, router, List.of(), rows, progress);
  }

  /**
   * As above, noting in each of {@code transitWatches} the stops each zone's transit search
   * reaches; the watched transit search runs on this machine (the watches are local).
   */
  public static void route(
      Network network,
      ZoneSet zones,
      DestinationSet destinations,
      AccessibilityRequest request,
      List<TravelMode> modes,
      OriginRouter router,
      List<StopWatch> transitWatches,
      ZoneRows rows,
      ProgressListener progress) {
    route(
        network, zones, destinations, request, modes, router, transitWatches, null, rows, progress);
  }

  private static void route(
      Network network,
      ZoneSet zones,
      DestinationSet destinations,
      AccessibilityRequest request,
      List<TravelMode> modes,
      OriginRouter router,
      List<StopWatch> transitWatches,
      KeptWalks transitWalks,
      ZoneRows rows,
      ProgressListener progress) {
    PointSet origins = ZoneOrigins.of(zones);
    DestinationPlaces places = DestinationPlaces.of(destinations);
    // the transit search walks from each origin as far as the walk mode does: walking is read
    // off it instead of searched again (same values; TravelTimeMatrix.sharesWalkSearch)
    boolean walkFromTransit =
        modes.contains(TravelMode.TRANSIT)
            && modes.contains(TravelMode.WALK)
            && (router.routesHere() || !transitWatches.isEmpty())
            && TravelTimeMatrix.sharesWalkSearch(matrixRequest(request, TravelMode.TRANSIT));
    for (TravelMode mode : modes) {
      if (mode == TravelMode.WALK && walkFromTransit) {
        continue; // given with transit
      }
      progress.stage(
          modeLabel(network, mode, request.communityTransport())
              + ": "
              + zones.size()
              + " zone origins to "
              + places.points().size()
              + " destination places",
          zones.size());
      MatrixRequest matrix = matrixRequest(request, mode);
      List<StopWatch> watches = mode == TravelMode.TRANSIT ? transitWatches : List.of();
      TravelTimeMatrix.Sink sink =
          (origin, values) -> rows.zone(mode, origin, places.expandRow(firstColumn(values)));
      if (mode == TravelMode.TRANSIT && walkFromTransit) {
        progress.note(
            "walk: " + zones.size() + " zone origins, read off the transit search's walks");
        TravelTimeMatrix.computeWithWalk(
            network,
            origins,
            places.points(),
            matrix,
            watches,
            sink,
            (origin, values) ->
                rows.zone(TravelMode.WALK, origin, places.expandRow(firstColumn(values))),
            progress::advance);
        continue;
      }
      if (mode == TravelMode.TRANSIT && transitWalks != null) {
        TravelTimeMatrix.compute(
            network, origins, places.points(), matrix, transitWalks, sink, progress::advance);
        continue;
      }
      if (!watches.isEmpty()) {
        TravelTimeMatrix.compute(
            network, origins, places.points(), matrix, watches, sink, progress::advance);
        continue;
      }
      router.route(network, origins, places.points(), matrix, sink, progress::advance);
    }
  }

  /**
   * The matrix request behind one mode's travel times: the request's percentile over its window.
   */
  public static MatrixRequest matrixRequest(AccessibilityRequest request, TravelMode mode) {
    return new MatrixRequest(
        request.date(),
        request.fromSeconds(),
        request.toSeconds(),
        request.stepSeconds(),
        mode,
        new int[] {request.percentile()},
        -1,
        request.routing(),
        request.communityTransport());
  }

  /**
   * The mode, and for transit on a network with community transport schemes which schemes it may
   * use: "transit with community transport (older riders, day-before booking)".
   */
  public static String modeLabel(Network network, TravelMode mode, CommunityTransportRequest ct) {
    if (mode != TravelMode.TRANSIT || network.communityTransport().isEmpty()) {
      return mode.label();
    }
    if (!ct.enabled()) {
      return mode.label() + " without community transport";
    }
    return mode.label()
        + " with community transport ("
        + ct.rider().label()
        + " riders, "
        + ct.booking().label()
        + " booking)";
  }

  private static int[] firstColumn(int[][] values) {
    int[] column = new int[values.length];
    for (int d = 0; d < values.length; d++) {
      column[d] = values[d][0];
    }
    return column;
  }

  /** The zones' origins, in zone order. */
  public static PointSet origins(ZoneSet zones) {
    return ZoneOrigins.of(zones);
  }
}
