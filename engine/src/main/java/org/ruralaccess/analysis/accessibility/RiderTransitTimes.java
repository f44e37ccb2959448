package org.ruralaccess.analysis.accessibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.community.FlexServices;
import org.ruralaccess.analysis.matrix.DestinationPlaces;
import org.ruralaccess.analysis.matrix.KeptWalks;
import org.ruralaccess.analysis.matrix.MatrixRequest;
import org.ruralaccess.analysis.matrix.SchemeSetsMatrix;
import org.ruralaccess.analysis.matrix.TravelTimeMatrix;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;

/**
 * Transit travel times for several rider groups (each with the schemes it may use, under the
 * request's booking assumption) and without community transport. A transit run is the costly part
 * (minutes on a county), so riders who may use exactly the same schemes on the date share one run,
 * and a rider who may use none shares the run without schemes: the routing leaves out every scheme
 * not running that day, that the rider may not use or cannot book (FlexServices), so the same
 * usable schemes give the same times. The distinct sets of usable schemes are routed in one pass
 * with the request's own ({@link #plan}): they differ only in the community transport legs, so an
 * origin's walk and RAPTOR searches serve every set whose rides from home are the same.
 *
 * @param byRider transit seconds [zone][destination] per rider group, in {@link RiderGroup} order
 * @param withoutSchemes transit seconds with no community transport
 */
public record RiderTransitTimes(Map<RiderGroup, int[][]> byRider, int[][] withoutSchemes) {

  /**
   * @param requestTransit transit times already computed for {@code request.communityTransport()}
   *     (reused when a rider may use the same schemes), or null
   */
  public static RiderTransitTimes compute(
      Network network,
      ZoneSet zones,
      DestinationSet destinations,
      AccessibilityRequest request,
      List<RiderGroup> riders,
      int[][] requestTransit,
      ProgressListener progress) {
    return plan(network, zones, request, riders, false)
        .compute(destinations, requestTransit, progress);
  }

  /**
   * The riders' transit times alone (no run without schemes), e.g. for both sides of a scenario
   * comparison; riders who may use the same schemes share one run, as in {@link #compute}.
   *
   * @param share route the riders' distinct sets of usable schemes (those not the request's own,
   *     whose times are {@code requestTransit}) in one pass ({@link SchemeSetsMatrix}: the same
   *     times); false to route each set in a run of its own (the reference)
   * @param walks the zones' walks all the way, kept by a run on the same streets (a comparison's
   *     baseline), read by that pass instead of walking again; or null
   */
  public static Map<RiderGroup, int[][]> byRider(
      Network network,
      ZoneSet zones,
      DestinationSet destinations,
      AccessibilityRequest request,
      List<RiderGroup> riders,
      int[][] requestTransit,
      boolean share,
      KeptWalks walks,
      ProgressListener progress) {
    Plan plan = plan(network, zones, request, riders, false);
    Runs runs = new Runs();
    if (share) {
      plan.routeRiderSetsTogether(destinations, requestTransit, walks, runs, progress);
    }
    return plan.byRider(destinations, requestTransit, runs, progress);
  }

  /**
   * The runs the rider groups need, planned before the request's own transit run. With {@code
   * share}, the request's transit times and every other set of usable schemes are routed in one
   * pass ({@link Plan#routeTransit}, {@link SchemeSetsMatrix}): an origin's walk search and its
   * RAPTOR search serve every set whose community transport access from that origin is the same,
   * and only the flex rides are followed per set (the same times as separate runs).
   *
   * @param share false to route every set of usable schemes in a run of its own (the tests'
   *     reference)
   */
  public static Plan plan(
      Network network,
      ZoneSet zones,
      AccessibilityRequest request,
      List<RiderGroup> riders,
      boolean share) {
    CommunityTransportRequest given = request.communityTransport();
    List<CommunityTransportRequest> sets = new ArrayList<>();
    List<List<String>> usable = new ArrayList<>();
    List<CommunityTransportRequest> wanted = new ArrayList<>();
    wanted.add(given);
    riders.forEach(rider -> wanted.add(given.withEnabled(true).withRider(rider)));
    wanted.add(CommunityTransportRequest.off());
    for (CommunityTransportRequest ct : wanted) {
      List<String> schemes = usableSchemes(network, ct, request.date());
      if (!usable.contains(schemes)) {
        usable.add(schemes);
        sets.add(ct);
      }
    }
    boolean shared = share && request.modes().contains(TravelMode.TRANSIT) && sets.size() > 1;
    return new Plan(network, zones, request, riders, shared ? sets : List.of());
  }

  /** The rider runs: routed with the request's own transit run, or after it. */
  public static final class Plan {
    private final Network network;
    private final ZoneSet zones;
    private final AccessibilityRequest request;
    private final List<RiderGroup> riders;
    // shared: the distinct sets of usable schemes (the request's first), and their times
    private final List<CommunityTransportRequest> sets;
    private int[][][] setTimes;

    private Plan(
        Network network,
        ZoneSet zones,
        AccessibilityRequest request,
        List<RiderGroup> riders,
        List<CommunityTransportRequest> sets) {
      this.network = network;
      this.zones = zones;
      this.request = request;
      this.riders = riders;
      this.sets = sets;
    }

    /**
     * Whether {@link #routeTransit} routes the request's transit times together with the rider
     * runs; when false, route transit as usual and give its times to {@link #compute}.
     */
    public boolean routesTransit() {
      return !sets.isEmpty();
    }

    /**
     * Routes the request's transit times and every other set of usable schemes in one pass, giving
     * each zone's row of the request's own times to {@code rows} (mode transit) in zone order, and
     * the walk mode's rows too when the request has it and the transit walks cover it (read off the
     * same walk searches, as {@link AccessibilityAnalysis#route} does).
     *
     * @return the modes given to {@code rows}: transit, and walk when it was read off
     */
    public List<TravelMode> routeTransit(
        DestinationSet destinations,
        AccessibilityAnalysis.ZoneRows rows,
        ProgressListener progress) {
      if (!routesTransit()) {
        throw new IllegalStateException("the plan routes no transit: sharing is off");
      }
      DestinationPlaces places = DestinationPlaces.of(destinations);
      MatrixRequest matrix = AccessibilityAnalysis.matrixRequest(request, TravelMode.TRANSIT);
      boolean withWalk =
          request.modes().contains(TravelMode.WALK) && TravelTimeMatrix.sharesWalkSearch(matrix);
      int passes = SchemeSetsMatrix.passes(network, matrix, sets);
      progress.stage(
          AccessibilityAnalysis.modeLabel(network, TravelMode.TRANSIT, request.communityTransport())
              + " and "
              + (sets.size() - 1)
              + " other set"
              + (sets.size() == 2 ? "" : "s")
              + " of usable schemes in one pass: "
              + zones.size()
              + " zone origins to "
              + places.points().size()
              + " destination places",
          zones.size() * passes);
      if (withWalk) {
        progress.note(
            "walk: " + zones.size() + " zone origins, read off the transit search's walks");
      }
      int[][][] times = new int[sets.size()][zones.size()][];
      SchemeSetsMatrix.Sink sink =
          (set, zone, values) -> {
            times[set][zone] = places.expandRow(firstColumn(values));
            if (set == 0) {
              rows.zone(TravelMode.TRANSIT, zone, times[set][zone]);
            }
          };
      PointSet origins = AccessibilityAnalysis.origins(zones);
      SchemeSetsMatrix.Work work =
          withWalk
              ? SchemeSetsMatrix.computeWithWalk(
                  network,
                  origins,
                  places.points(),
                  matrix,
                  sets,
                  sink,
                  (zone, values) ->
                      rows.zone(TravelMode.WALK, zone, places.expandRow(firstColumn(values))),
                  progress::advance)
              : SchemeSetsMatrix.compute(
                  network, origins, places.points(), matrix, sets, sink, progress::advance);
      progress.note(
          String.format(
              "transit for %d sets of usable schemes: %d RAPTOR searches for %d zone origins x %d"
                  + " sets (the sets share an origin's search when its rides from home are the"
                  + " same); %d rides from hubs looked at",
              sets.size(), work.raptorSearches(), zones.size(), sets.size(), work.hubRideVisits()));
      setTimes = times;
      return withWalk ? List.of(TravelMode.TRANSIT, TravelMode.WALK) : List.of(TravelMode.TRANSIT);
    }

    private static int[] firstColumn(int[][] values) {
      int[] column = new int[values.length];
      for (int d = 0; d < values.length; d++) {
        column[d] = values[d][0];
      }
      return column;
    }

    /**
     * @param requestTransit the request's own transit times (or null); not read when the plan
     *     {@link #routesTransit}, whose {@link #routeTransit} must have run
     */
    public RiderTransitTimes compute(
        DestinationSet destinations, int[][] requestTransit, ProgressListener progress) {
      if (routesTransit()) {
        return shared(progress);
      }
      Runs runs = new Runs();
      Map<RiderGroup, int[][]> byRider = byRider(destinations, requestTransit, runs, progress);
      int[][] without =
          times(
              CommunityTransportRequest.off(),
              destinations,
              requestTransit,
              runs.byUsableSchemes,
              runs.firstLabel,
              progress);
      return new RiderTransitTimes(byRider, without);
    }

    /**
     * Routes the riders' distinct sets of usable schemes, other than the request's own when its
     * times are given, in one pass when there are two or more, into {@code runs}: {@link #byRider}
     * then finds them there.
     */
    private void routeRiderSetsTogether(
        DestinationSet destinations,
        int[][] requestTransit,
        KeptWalks walks,
        Runs runs,
        ProgressListener progress) {
      List<List<String>> usable = new ArrayList<>();
      List<CommunityTransportRequest> toRoute = new ArrayList<>();
      CommunityTransportRequest given = request.communityTransport();
      if (requestTransit != null) {
        usable.add(usableSchemes(network, given, request.date()));
      }
      for (RiderGroup rider : riders) {
        CommunityTransportRequest ct = given.withEnabled(true).withRider(rider);
        List<String> schemes = usableSchemes(network, ct, request.date());
        if (!usable.contains(schemes)) {
          usable.add(schemes);
          toRoute.add(ct);
        }
      }
      if (toRoute.size() < 2) {
        return; // one run of its own is as cheap
      }
      DestinationPlaces places = DestinationPlaces.of(destinations);
      MatrixRequest matrix = AccessibilityAnalysis.matrixRequest(request, TravelMode.TRANSIT);
      progress.stage(
          "transit with community transport for "
              + String.join(" and ", toRoute.stream().map(ct -> ct.rider().label()).toList())
              + " riders in one pass: "
              + zones.size()
              + " zone origins to "
              + places.points().size()
              + " destination places",
          zones.size() * SchemeSetsMatrix.passes(network, matrix, toRoute));
      int[][][] times = new int[toRoute.size()][zones.size()][];
      SchemeSetsMatrix.Sink sink =
          (set, zone, values) -> times[set][zone] = places.expandRow(firstColumn(values));
      PointSet origins = AccessibilityAnalysis.origins(zones);
      if (walks == null) {
        SchemeSetsMatrix.compute(
            network, origins, places.points(), matrix, toRoute, sink, progress::advance);
      } else {
        SchemeSetsMatrix.compute(
            network, origins, places.points(), matrix, toRoute, walks, sink, progress::advance);
      }
      for (int set = 0; set < toRoute.size(); set++) {
        CommunityTransportRequest ct = toRoute.get(set);
        List<String> schemes = usableSchemes(network, ct, request.date());
        runs.byUsableSchemes.put(schemes, times[set]);
        runs.firstLabel.put(schemes, who(ct));
      }
    }

    private Map<RiderGroup, int[][]> byRider(
        DestinationSet destinations, int[][] requestTransit, Runs runs, ProgressListener progress) {
      CommunityTransportRequest given = request.communityTransport();
      if (requestTransit != null) {
        List<String> usable = usableSchemes(network, given, request.date());
        runs.byUsableSchemes.put(usable, requestTransit);
        runs.firstLabel.put(usable, who(given));
      }
      Map<RiderGroup, int[][]> byRider = new EnumMap<>(RiderGroup.class);
      for (RiderGroup rider : riders) {
        CommunityTransportRequest ct = given.withEnabled(true).withRider(rider);
        byRider.put(
            rider,
            times(
                ct, destinations, requestTransit, runs.byUsableSchemes, runs.firstLabel, progress));
      }
      return byRider;
    }

    private int[][] times(
        CommunityTransportRequest ct,
        DestinationSet destinations,
        int[][] requestTransit,
        Map<List<String>, int[][]> byUsableSchemes,
        Map<List<String>, String> firstLabel,
        ProgressListener progress) {
      List<String> usable = usableSchemes(network, ct, request.date());
      String label = AccessibilityAnalysis.modeLabel(network, TravelMode.TRANSIT, ct);
      int[][] known = byUsableSchemes.get(usable);
      if (known != null) {
        if (who(ct).equals(firstLabel.get(usable))) {
          return known; // the run's own rider and booking: nothing to say
        }
        progress.note(
            label
                + ": the same usable schemes as "
                + firstLabel.get(usable)
                + " ("
                + usable.size()
                + (usable.size() == 1 ? " scheme" : " schemes")
                + "), times reused");
        return known;
      }
      int[][] seconds =
          AccessibilityAnalysis.travelTimes(
                  network,
                  zones,
                  destinations,
                  request.withCommunityTransport(ct),
                  List.of(TravelMode.TRANSIT),
                  progress)
              .get(TravelMode.TRANSIT);
      byUsableSchemes.put(usable, seconds);
      firstLabel.put(usable, who(ct));
      return seconds;
    }

    /** The rider groups' times from the shared pass, each set of usable schemes routed once. */
    private RiderTransitTimes shared(ProgressListener progress) {
      if (setTimes == null) {
        throw new IllegalStateException(
            "routeTransit first: the plan routes the request's transit");
      }
      List<List<String>> usable = new ArrayList<>();
      for (CommunityTransportRequest ct : sets) {
        usable.add(usableSchemes(network, ct, request.date()));
      }
      CommunityTransportRequest given = request.communityTransport();
      Map<RiderGroup, int[][]> byRider = new EnumMap<>(RiderGroup.class);
      for (RiderGroup rider : riders) {
        CommunityTransportRequest ct = given.withEnabled(true).withRider(rider);
        byRider.put(rider, setTimes[setOf(usable, ct, progress)]);
      }
      int without = setOf(usable, CommunityTransportRequest.off(), progress);
      return new RiderTransitTimes(byRider, setTimes[without]);
    }

    private int setOf(
        List<List<String>> usable, CommunityTransportRequest ct, ProgressListener progress) {
      int set = usable.indexOf(usableSchemes(network, ct, request.date()));
      if (!who(ct).equals(who(sets.get(set)))) {
        progress.note(
            AccessibilityAnalysis.modeLabel(network, TravelMode.TRANSIT, ct)
                + ": the same usable schemes as "
                + who(sets.get(set))
                + " ("
                + usable.get(set).size()
                + (usable.get(set).size() == 1 ? " scheme" : " schemes")
                + "), times reused");
      }
      return set;
    }
  }

  /** The runs of one network so far, each distinct set of usable schemes routed once. */
  private static final class Runs {
    private final Map<List<String>, int[][]> byUsableSchemes = new HashMap<>();
    private final Map<List<String>, String> firstLabel = new HashMap<>();
  }

  private static String who(CommunityTransportRequest ct) {
    return ct.enabled() ? "for " + ct.rider().label() + " riders" : "without community transport";
  }

  /**
   * The ids of the schemes the routing lets the rider use on the date: running that day, open to
   * the rider's group, bookable under the assumption (the routing's own filter, in scheme id
   * order).
   */
  static List<String> usableSchemes(Network network, CommunityTransportRequest ct, LocalDate date) {
    return FlexServices.active(network.communityTransport(), ct, date).stream()
        .map(Scheme::id)
        .toList();
  }
}
