package org.ruralaccess.analysis.accessibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.community.FlexServices;
import org.ruralaccess.analysis.matrix.MatrixRequest;
import org.ruralaccess.analysis.matrix.ScenarioFootprint;
import org.ruralaccess.analysis.matrix.StopWatch;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;

/**
 * Transit travel times for several rider groups (each with the schemes it may use, under the
 * request's booking assumption) and without community transport. A transit run is the costly part
 * (minutes on a county), so riders who may use exactly the same schemes on the date share one run,
 * and a rider who may use none shares the run without schemes: the routing leaves out every scheme
 * not running that day, that the rider may not use or cannot book (FlexServices), so the same
 * usable schemes give the same times. Each other set of usable schemes recomputes only the zones
 * where its schemes can change the answer ({@link #plan}); the rest are the request's own times.
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
   */
  public static Map<RiderGroup, int[][]> byRider(
      Network network,
      ZoneSet zones,
      DestinationSet destinations,
      AccessibilityRequest request,
      List<RiderGroup> riders,
      int[][] requestTransit,
      ProgressListener progress) {
    return plan(network, zones, request, riders, false)
        .byRider(destinations, requestTransit, new Runs(), progress);
  }

  /**
   * The runs the rider groups need, planned before the request's own transit run so that run can
   * watch, for each other set of usable schemes, the stops where those schemes differ from the
   * request's ({@link ScenarioFootprint}): a rider run then recomputes only the zones inside or
   * near the schemes that differ, or reaching their stops, and takes the rest from the request's
   * run (the same answers by the footprint's argument).
   *
   * @param share false to recompute every zone in every rider run (the tests' reference)
   */
  public static Plan plan(
      Network network,
      ZoneSet zones,
      AccessibilityRequest request,
      List<RiderGroup> riders,
      boolean share) {
    CommunityTransportRequest given = request.communityTransport();
    List<String> requestSchemes = usableSchemes(network, given, request.date());
    Map<List<String>, ScenarioFootprint> footprints = new HashMap<>();
    Map<List<String>, StopWatch> watches = new LinkedHashMap<>();
    if (share && request.modes().contains(TravelMode.TRANSIT)) {
      List<CommunityTransportRequest> others = new ArrayList<>();
      riders.forEach(rider -> others.add(given.withEnabled(true).withRider(rider)));
      others.add(CommunityTransportRequest.off());
      MatrixRequest base = AccessibilityAnalysis.matrixRequest(request, TravelMode.TRANSIT);
      PointSet origins = AccessibilityAnalysis.origins(zones);
      for (CommunityTransportRequest ct : others) {
        List<String> usable = usableSchemes(network, ct, request.date());
        if (usable.equals(requestSchemes) || footprints.containsKey(usable)) {
          continue;
        }
        ScenarioFootprint footprint =
            ScenarioFootprint.of(network, base, network, base.withCommunityTransport(ct), origins);
        footprints.put(usable, footprint);
        watches.put(usable, footprint.watch(zones.size()));
      }
    }
    return new Plan(network, zones, request, riders, footprints, watches);
  }

  /** The rider runs, with the watches the request's own transit run must carry. */
  public static final class Plan {
    private final Network network;
    private final ZoneSet zones;
    private final AccessibilityRequest request;
    private final List<RiderGroup> riders;
    private final Map<List<String>, ScenarioFootprint> footprints;
    private final Map<List<String>, StopWatch> watches;

    private Plan(
        Network network,
        ZoneSet zones,
        AccessibilityRequest request,
        List<RiderGroup> riders,
        Map<List<String>, ScenarioFootprint> footprints,
        Map<List<String>, StopWatch> watches) {
      this.network = network;
      this.zones = zones;
      this.request = request;
      this.riders = riders;
      this.footprints = footprints;
      this.watches = watches;
    }

    /** For the request's own transit run: one watch per other set of usable schemes. */
    public List<StopWatch> watches() {
      return List.copyOf(watches.values());
    }

    /**
     * @param requestTransit the request's own transit times, computed with {@link #watches()} (or
     *     null, or computed without them when no watches were planned)
     */
    public RiderTransitTimes compute(
        DestinationSet destinations, int[][] requestTransit, ProgressListener progress) {
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
      ScenarioFootprint footprint = footprints.get(usable);
      int[][] seconds;
      if (footprint != null && requestTransit != null) {
        seconds = changedZones(ct, destinations, requestTransit, footprint, label, progress);
      } else {
        seconds =
            AccessibilityAnalysis.travelTimes(
                    network,
                    zones,
                    destinations,
                    request.withCommunityTransport(ct),
                    List.of(TravelMode.TRANSIT),
                    progress)
                .get(TravelMode.TRANSIT);
      }
      byUsableSchemes.put(usable, seconds);
      firstLabel.put(usable, who(ct));
      return seconds;
    }

    /** The request's times, with the zones these schemes can change recomputed. */
    private int[][] changedZones(
        CommunityTransportRequest ct,
        DestinationSet destinations,
        int[][] requestTransit,
        ScenarioFootprint footprint,
        String label,
        ProgressListener progress) {
      boolean[] recompute =
          footprint.originsToRecompute(watches.get(usableSchemes(network, ct, request.date())));
      List<Zone> changing = new ArrayList<>();
      for (int z = 0; z < zones.size(); z++) {
        if (recompute[z]) {
          changing.add(zones.zone(z));
        }
      }
      progress.note(
          String.format(
              "%s: %d of %d zones can differ from %s and are recomputed (%.1f%%)",
              label,
              changing.size(),
              zones.size(),
              who(request.communityTransport()),
              100.0 * changing.size() / Math.max(1, zones.size())));
      int[][] seconds = requestTransit.clone();
      if (!changing.isEmpty()) {
        int[][] changed =
            AccessibilityAnalysis.travelTimes(
                    network,
                    new ZoneSet(changing),
                    destinations,
                    request.withCommunityTransport(ct),
                    List.of(TravelMode.TRANSIT),
                    progress)
                .get(TravelMode.TRANSIT);
        for (int z = 0, i = 0; z < zones.size(); z++) {
          if (recompute[z]) {
            seconds[z] = changed[i++];
          }
        }
      }
      return seconds;
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
