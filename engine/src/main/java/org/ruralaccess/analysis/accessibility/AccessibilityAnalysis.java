package org.ruralaccess.analysis.accessibility;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.indicators.AccessibilityIndicators;
import org.ruralaccess.analysis.indicators.AccessibilityResult;
import org.ruralaccess.analysis.matrix.DestinationPlaces;
import org.ruralaccess.analysis.matrix.MatrixRequest;
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
    Map<TravelMode, int[][]> travelSeconds =
        travelTimes(network, zones, destinations, request, request.modes(), progress);
    return AccessibilityIndicators.compute(
        zones, destinations, travelSeconds, request.indicators());
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
   * As above, noting in each of {@code transitWatches} the zones whose transit search reaches a
   * stop it watches: a scenario comparison watches the stops the scenario changes.
   */
  public static Map<TravelMode, int[][]> travelTimes(
      Network network,
      ZoneSet zones,
      DestinationSet destinations,
      AccessibilityRequest request,
      List<TravelMode> modes,
      List<StopWatch> transitWatches,
      ProgressListener progress) {
    PointSet origins = ZoneOrigins.of(zones);
    DestinationPlaces places = DestinationPlaces.of(destinations);
    Map<TravelMode, int[][]> travelSeconds = new EnumMap<>(TravelMode.class);
    for (TravelMode mode : modes) {
      progress.stage(
          modeLabel(network, mode, request.communityTransport())
              + ": "
              + zones.size()
              + " zone origins to "
              + places.points().size()
              + " destination places",
          zones.size());
      MatrixRequest matrix = matrixRequest(request, mode);
      int[][] byPlace = new int[zones.size()][];
      TravelTimeMatrix.compute(
          network,
          origins,
          places.points(),
          matrix,
          mode == TravelMode.TRANSIT ? transitWatches : List.of(),
          (origin, values) -> byPlace[origin] = firstColumn(values),
          progress::advance);
      travelSeconds.put(mode, places.expand(byPlace));
    }
    return travelSeconds;
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
