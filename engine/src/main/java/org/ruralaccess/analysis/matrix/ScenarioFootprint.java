package org.ruralaccess.analysis.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ruralaccess.analysis.community.FlexServices;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.model.community.SchemeKind;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.link.LinkedPoints;
import org.ruralaccess.network.street.StreetMode;

/**
 * Where a scenario can change a transit request's answers, so a comparison recomputes only the
 * origins it can change. The inputs of the two day networks (the baseline's and the scenario's,
 * each with the rider's community buses) are compared as the search sees them:
 *
 * <ul>
 *   <li>the <em>watched stops</em> (baseline stops): every stop of a pattern that is in one day
 *       timetable and not the other (compared by stop ids, boarding rules and every trip's times),
 *       every stop whose footpaths or minimum transfer time differ, every stop linked differently,
 *       and every stop where a changed community transport service can be joined (a hub stop);
 *   <li>the <em>near origins</em>: origins that might walk to a stop the baseline lacks (added or
 *       relinked, within the walk limit plus two snapping distances, straight line), or that a
 *       changed on-demand service might serve from home (inside its area, or near one of its hubs).
 * </ul>
 *
 * <p>Why this is exact: a scenario journey that differs from every baseline journey uses a changed
 * element for the first time at some stop (boarding a changed pattern, a changed footpath, a ride
 * on from a changed hub) or from home (a walk to a new stop, a changed ride from home). Its part
 * before that stop is a baseline journey arriving there no later than the destination, so within
 * the max trip duration: the baseline search reaches that stop, and the {@link StopWatch} notes it
 * among the stops the origin reached. A baseline journey the scenario loses is found the same way.
 * Origins neither near nor noted get the baseline's answers, byte for byte. Anything the comparison
 * cannot see (another street network) makes every origin change.
 */
public final class ScenarioFootprint {

  private final boolean everyOrigin;
  private final boolean[] watchedStops;
  private final boolean[] nearOrigins;
  private final int changedStops;

  private ScenarioFootprint(
      boolean everyOrigin, boolean[] watchedStops, boolean[] nearOrigins, int changedStops) {
    this.everyOrigin = everyOrigin;
    this.watchedStops = watchedStops;
    this.nearOrigins = nearOrigins;
    this.changedStops = changedStops;
  }

  /**
   * @param request a transit request, as both runs will use it
   */
  public static ScenarioFootprint of(
      Network baseline, Network scenario, PointSet origins, MatrixRequest request) {
    return of(baseline, request, scenario, request, origins);
  }

  /**
   * Where a run on {@code scenario} with {@code scenarioRequest} can differ from one on {@code
   * baseline} with {@code baselineRequest}: the same transit request but for the community
   * transport the rider may use (rider groups against the run without schemes).
   */
  public static ScenarioFootprint of(
      Network baseline,
      MatrixRequest baselineRequest,
      Network scenario,
      MatrixRequest scenarioRequest,
      PointSet origins) {
    if (baseline.streets() != scenario.streets()
        || !sameButCommunityTransport(baselineRequest, scenarioRequest)) {
      return new ScenarioFootprint(true, new boolean[0], new boolean[origins.size()], 0);
    }
    MatrixRequest request = scenarioRequest;
    DayNetwork before = DayNetwork.of(baseline, baselineRequest);
    DayNetwork after = DayNetwork.of(scenario, scenarioRequest);
    StopMatch stops = StopMatch.of(before.network(), after.network());
    boolean[] watched = new boolean[before.timetable().stopCount()];
    TimetableDifference.markChangedStops(before.timetable(), after.timetable(), stops, watched);
    stops.markRelinked(watched);
    List<double[]> changedPlaces = stops.changedStopPlaces();
    boolean[] near = new boolean[origins.size()];
    double walkMeters =
        request.routing().maxWalkMinutes() * 60 * request.walkSpeedMetersPerSecond()
            + 2 * LinkedPoints.MAX_SNAP_METERS;
    for (int o = 0; o < origins.size(); o++) {
      for (double[] place : changedPlaces) {
        if (Coordinate.distanceMeters(origins.lat(o), origins.lon(o), place[0], place[1])
            <= walkMeters) {
          near[o] = true;
          break;
        }
      }
    }
    markFlexChanges(before, baselineRequest, after, scenarioRequest, stops, origins, watched, near);
    return new ScenarioFootprint(false, watched, near, changedPlaces.size());
  }

  /**
   * After the baseline run with {@code watch} (a {@link StopWatch} on the baseline's transit run):
   * the origins the scenario can change.
   */
  public boolean[] originsToRecompute(StopWatch watch) {
    boolean[] recompute = new boolean[nearOrigins.length];
    for (int o = 0; o < recompute.length; o++) {
      recompute[o] = everyOrigin || nearOrigins[o] || watch.reachedAny(o, watchedStops);
    }
    return recompute;
  }

  /** Baseline stops watched, for the user's information. */
  public int watchedStopCount() {
    int count = 0;
    for (boolean w : watchedStops) {
      count += w ? 1 : 0;
    }
    return count;
  }

  /** Stops added, removed, moved or linked differently. */
  public int changedStopCount() {
    return changedStops;
  }

  /**
   * On-demand schemes usable in one network and not the same in the other, and unchanged ones that
   * gained a new stop as a hub: their hub stops are watched and the origins they may serve from
   * home are near.
   */
  private static void markFlexChanges(
      DayNetwork before,
      MatrixRequest beforeRequest,
      DayNetwork after,
      MatrixRequest request,
      StopMatch stops,
      PointSet origins,
      boolean[] watched,
      boolean[] near) {
    List<Scheme> usableBefore = onDemand(before.network(), beforeRequest);
    List<Scheme> usableAfter = onDemand(after.network(), request);
    List<Scheme> changedBefore = new ArrayList<>();
    List<Scheme> changedAfter = new ArrayList<>();
    for (Scheme scheme : usableBefore) {
      if (!usableAfter.contains(scheme) || gainsNewStopHub(after, scheme, stops, request)) {
        changedBefore.add(scheme);
      }
    }
    for (Scheme scheme : usableAfter) {
      if (!usableBefore.contains(scheme) || gainsNewStopHub(after, scheme, stops, request)) {
        changedAfter.add(scheme);
      }
    }
    FlexServices old = hubsOnly(before, changedBefore, beforeRequest);
    FlexServices now = hubsOnly(after, changedAfter, request);
    for (int stop = 0; stop < watched.length; stop++) {
      if (old.servesStop(stop)) {
        watched[stop] = true;
      }
    }
    for (int stop = 0; stop < after.timetable().stopCount(); stop++) {
      int baselineStop = stops.baselineStop(stop);
      if (baselineStop >= 0 && now.servesStop(stop)) {
        watched[baselineStop] = true;
      }
    }
    for (int o = 0; o < origins.size(); o++) {
      double lat = origins.lat(o);
      double lon = origins.lon(o);
      if (old.mayServeOrigin(lat, lon, request.routing())
          || now.mayServeOrigin(lat, lon, request.routing())) {
        near[o] = true;
      }
    }
  }

  private static boolean sameButCommunityTransport(MatrixRequest a, MatrixRequest b) {
    return a.date().equals(b.date())
        && a.fromSeconds() == b.fromSeconds()
        && a.toSeconds() == b.toSeconds()
        && a.stepSeconds() == b.stepSeconds()
        && a.mode() == TravelMode.TRANSIT
        && b.mode() == TravelMode.TRANSIT
        && java.util.Arrays.equals(a.percentiles(), b.percentiles())
        && a.arriveBySeconds() == b.arriveBySeconds()
        && a.routing().equals(b.routing());
  }

  private static boolean gainsNewStopHub(
      DayNetwork after, Scheme scheme, StopMatch stops, MatrixRequest request) {
    if (!stops.hasNewStops()) {
      return false;
    }
    FlexServices services = hubsOnly(after, List.of(scheme), request);
    for (int stop = 0; stop < after.timetable().stopCount(); stop++) {
      if (stops.isNew(stop) && services.servesStop(stop)) {
        return true;
      }
    }
    return false;
  }

  private static List<Scheme> onDemand(Network network, MatrixRequest request) {
    return FlexServices.active(
            network.communityTransport(), request.communityTransport(), request.date())
        .stream()
        .filter(scheme -> scheme.kind() != SchemeKind.FIXED_ROUTE)
        .toList();
  }

  /** The services' hubs (no destinations, so no rides are measured). */
  private static FlexServices hubsOnly(
      DayNetwork day, List<Scheme> schemes, MatrixRequest request) {
    Network network = day.network().withCommunityTransport(new CommunityTransport(schemes));
    PointSet none = new PointSet("none", List.of(), new double[0], new double[0], Map.of());
    return FlexServices.forRequest(
        network,
        request.date(),
        request.routing(),
        request.communityTransport(),
        day.stopIndex(),
        LinkedPoints.link(none, network.streets(), StreetMode.WALK));
  }

  /** The two day networks' stops matched by id. */
  record StopMatch(int[] baselineOf, boolean[] isNew, Network before, Network after) {

    static StopMatch of(Network before, Network after) {
      Map<String, Integer> byId = new HashMap<>();
      for (int s = 0; s < before.transit().stopCount(); s++) {
        byId.put(before.transit().stopId(s), s);
      }
      int count = after.transit().stopCount();
      int[] baselineOf = new int[count];
      boolean[] isNew = new boolean[count];
      for (int s = 0; s < count; s++) {
        Integer b = byId.get(after.transit().stopId(s));
        baselineOf[s] = b == null ? -1 : b;
        isNew[s] =
            b == null
                || before.transit().stopLat(b) != after.transit().stopLat(s)
                || before.transit().stopLon(b) != after.transit().stopLon(s)
                || !Objects.equals(before.stopLinks().findSnap(b), after.stopLinks().findSnap(s));
      }
      return new StopMatch(baselineOf, isNew, before, after);
    }

    int baselineStop(int scenarioStop) {
      return baselineOf[scenarioStop];
    }

    boolean isNew(int scenarioStop) {
      return isNew[scenarioStop];
    }

    boolean hasNewStops() {
      for (boolean n : isNew) {
        if (n) {
          return true;
        }
      }
      return false;
    }

    /** A stop both have but linked or placed differently is watched as well as new. */
    void markRelinked(boolean[] watched) {
      boolean[] matched = new boolean[watched.length];
      for (int s = 0; s < baselineOf.length; s++) {
        if (baselineOf[s] >= 0) {
          matched[baselineOf[s]] = true;
          if (isNew[s]) {
            watched[baselineOf[s]] = true;
          }
        }
      }
      for (int b = 0; b < watched.length; b++) {
        if (!matched[b]) {
          watched[b] = true; // gone from the scenario
        }
      }
    }

    /**
     * {lat, lon} of the stops the baseline lacks or links differently, and of the baseline stops
     * the scenario lacks: a walk from home to any of them (an access walk, or a walk to a community
     * transport hub there) may differ.
     */
    List<double[]> changedStopPlaces() {
      List<double[]> places = new ArrayList<>();
      boolean[] matched = new boolean[before.transit().stopCount()];
      for (int s = 0; s < isNew.length; s++) {
        if (baselineOf[s] >= 0) {
          matched[baselineOf[s]] = true;
        }
        if (isNew[s]) {
          places.add(new double[] {after.transit().stopLat(s), after.transit().stopLon(s)});
        }
      }
      for (int b = 0; b < matched.length; b++) {
        if (!matched[b]) {
          places.add(new double[] {before.transit().stopLat(b), before.transit().stopLon(b)});
        }
      }
      return places;
    }
  }
}
