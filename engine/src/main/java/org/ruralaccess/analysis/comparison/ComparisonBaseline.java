package org.ruralaccess.analysis.comparison;

import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.accessibility.AccessibilityAnalysis;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.analysis.accessibility.RiderTransitTimes;
import org.ruralaccess.analysis.matrix.KeptWalks;
import org.ruralaccess.analysis.matrix.StopWatch;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;

/**
 * The baseline side of scenario comparisons, routed once: every mode's travel times, and from the
 * transit run a {@link StopWatch} (the stops each zone reached in time, and its walks all the way).
 * It serves any number of scenarios on the same network with the same request, zones, destinations
 * and rider groups: each scenario's footprint reads the watch. The rider groups' baseline times are
 * routed when a comparison first needs them, then kept. Thread-safe once routed.
 */
public final class ComparisonBaseline {

  private final Network network;
  private final ZoneSet zones;
  private final DestinationSet destinations;
  private final AccessibilityRequest request;
  private final List<RiderGroup> riders;
  private final boolean everyZone;
  private final Map<TravelMode, int[][]> times;
  private final StopWatch watch;
  private final double seconds;
  private Map<RiderGroup, int[][]> riderTimes;

  private ComparisonBaseline(
      Network network,
      ZoneSet zones,
      DestinationSet destinations,
      AccessibilityRequest request,
      List<RiderGroup> riders,
      boolean everyZone,
      Map<TravelMode, int[][]> times,
      StopWatch watch,
      double seconds) {
    this.network = network;
    this.zones = zones;
    this.destinations = destinations;
    this.request = request;
    this.riders = List.copyOf(riders);
    this.everyZone = everyZone;
    this.times = times;
    this.watch = watch;
    this.seconds = seconds;
  }

  /**
   * Routes the baseline: every requested mode, the transit run watched unless {@code everyZone}.
   *
   * @param riders rider groups to compare one by one (transit with the schemes each may use), or
   *     none
   * @param everyZone for the full recomputation that proves the shortcuts exact: no watch (every
   *     scenario recomputes every zone) and each rider group's set of usable schemes in a run of
   *     its own
   */
  public static ComparisonBaseline route(
      Network network,
      ZoneSet zones,
      DestinationSet destinations,
      AccessibilityRequest request,
      List<RiderGroup> riders,
      boolean everyZone,
      ProgressListener progress) {
    long start = System.nanoTime();
    StopWatch watch =
        request.modes().contains(TravelMode.TRANSIT) && !everyZone
            ? StopWatch.forOrigins(zones.size())
            : null;
    Map<TravelMode, int[][]> times =
        AccessibilityAnalysis.travelTimes(
            network,
            zones,
            destinations,
            request,
            request.modes(),
            watch == null ? List.of() : List.of(watch),
            progress);
    return new ComparisonBaseline(
        network,
        zones,
        destinations,
        request,
        riders,
        everyZone,
        times,
        watch,
        (System.nanoTime() - start) / 1e9);
  }

  /**
   * The baseline an accessibility run has already routed: {@code times} holds every mode of {@code
   * request} and {@code watch} watched its transit run, with no rider groups. That is what {@link
   * #route} routes for the same network, zones, destinations and request, so a comparison with
   * these settings can start from it.
   *
   * @param seconds what the routing took
   */
  public static ComparisonBaseline ofRoutedRun(
      Network network,
      ZoneSet zones,
      DestinationSet destinations,
      AccessibilityRequest request,
      Map<TravelMode, int[][]> times,
      StopWatch watch,
      double seconds) {
    if (!times.keySet().containsAll(request.modes()) || watch == null) {
      throw new IllegalArgumentException(
          "a routed run gives a baseline with every mode's times and a watch on its transit run");
    }
    return new ComparisonBaseline(
        network, zones, destinations, request, List.of(), false, times, watch, seconds);
  }

  Network network() {
    return network;
  }

  ZoneSet zones() {
    return zones;
  }

  DestinationSet destinations() {
    return destinations;
  }

  List<RiderGroup> riders() {
    return riders;
  }

  boolean everyZone() {
    return everyZone;
  }

  /** Travel times by mode, [zone][destination]: read-only. */
  Map<TravelMode, int[][]> times() {
    return times;
  }

  /** The watch on the transit run, or null (no transit, or every zone recomputed). */
  StopWatch watch() {
    return watch;
  }

  /** The zones' walks all the way kept by the watched transit run, or null without a watch. */
  KeptWalks keptWalks() {
    return watch == null ? null : watch.keptWalks();
  }

  /** Seconds the routing took. */
  public double seconds() {
    return seconds;
  }

  /** Each rider group's transit times on the baseline, routed at the first call. */
  synchronized Map<RiderGroup, int[][]> riderTimes(ProgressListener progress) {
    if (riderTimes == null) {
      riderTimes =
          RiderTransitTimes.byRider(
              network,
              zones,
              destinations,
              request,
              riders,
              times.get(TravelMode.TRANSIT),
              !everyZone,
              keptWalks(),
              progress);
    }
    return riderTimes;
  }
}
