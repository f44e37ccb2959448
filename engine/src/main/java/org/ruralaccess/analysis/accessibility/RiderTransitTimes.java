package org.ruralaccess.analysis.accessibility;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.community.FlexServices;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;

/**
 * Transit travel times for several rider groups (each with the schemes it may use, under the
 * request's booking assumption) and without community transport. A transit run is the costly part
 * (minutes on a county), so riders who may use exactly the same schemes on the date share one run,
 * and a rider who may use none shares the run without schemes: the routing leaves out every scheme
 * not running that day, that the rider may not use or cannot book (FlexServices), so the same
 * usable schemes give the same times.
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
    Runs runs = new Runs(network, zones, destinations, request, requestTransit, progress);
    Map<RiderGroup, int[][]> byRider = runs.forRiders(riders);
    return new RiderTransitTimes(byRider, runs.times(CommunityTransportRequest.off()));
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
    return new Runs(network, zones, destinations, request, requestTransit, progress)
        .forRiders(riders);
  }

  /** The transit runs of one network, each distinct set of usable schemes routed once. */
  private static final class Runs {
    private final Network network;
    private final ZoneSet zones;
    private final DestinationSet destinations;
    private final AccessibilityRequest request;
    private final ProgressListener progress;
    private final Map<List<String>, int[][]> byUsableSchemes = new HashMap<>();
    private final Map<List<String>, String> firstLabel = new HashMap<>();

    Runs(
        Network network,
        ZoneSet zones,
        DestinationSet destinations,
        AccessibilityRequest request,
        int[][] requestTransit,
        ProgressListener progress) {
      this.network = network;
      this.zones = zones;
      this.destinations = destinations;
      this.request = request;
      this.progress = progress;
      CommunityTransportRequest given = request.communityTransport();
      if (requestTransit != null) {
        List<String> usable = usableSchemes(network, given, request.date());
        byUsableSchemes.put(usable, requestTransit);
        firstLabel.put(usable, who(given));
      }
    }

    Map<RiderGroup, int[][]> forRiders(List<RiderGroup> riders) {
      Map<RiderGroup, int[][]> byRider = new EnumMap<>(RiderGroup.class);
      for (RiderGroup rider : riders) {
        byRider.put(rider, times(request.communityTransport().withEnabled(true).withRider(rider)));
      }
      return byRider;
    }

    int[][] times(CommunityTransportRequest ct) {
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
