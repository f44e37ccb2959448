package org.ruralaccess.analysis.accessibility;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.CommunityTransportRequest;
import org.ruralaccess.analysis.RiderGroup;
import org.ruralaccess.analysis.TravelMode;
import org.ruralaccess.ingest.community.Scheme;
import org.ruralaccess.ingest.destinations.DestinationSet;
import org.ruralaccess.ingest.zones.ZoneSet;
import org.ruralaccess.network.Network;

/**
 * Transit travel times for several rider groups (each with the schemes it may use, under the
 * request's booking assumption) and without community transport. A transit run is the costly part
 * (minutes on a county), so riders who may use exactly the same schemes share one run, and a rider
 * who may use none shares the run without schemes: the routing leaves out every scheme the rider
 * may not use or cannot book, so the same usable schemes give the same times.
 *
 * @param byRider transit seconds [zone][destination] per rider group, in the order asked for
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
      AccessibilityAnalysis.Progress progress) {
    Map<List<String>, int[][]> byUsableSchemes = new HashMap<>();
    Map<List<String>, String> firstLabel = new HashMap<>();
    CommunityTransportRequest given = request.communityTransport();
    if (requestTransit != null) {
      byUsableSchemes.put(usableSchemes(network, given), requestTransit);
      firstLabel.put(usableSchemes(network, given), who(given));
    }
    Map<RiderGroup, int[][]> byRider = new EnumMap<>(RiderGroup.class);
    for (RiderGroup rider : riders) {
      CommunityTransportRequest ct = given.withEnabled(true).withRider(rider);
      byRider.put(
          rider,
          times(network, zones, destinations, request, ct, byUsableSchemes, firstLabel, progress));
    }
    int[][] without =
        times(
            network,
            zones,
            destinations,
            request,
            CommunityTransportRequest.off(),
            byUsableSchemes,
            firstLabel,
            progress);
    return new RiderTransitTimes(byRider, without);
  }

  private static int[][] times(
      Network network,
      ZoneSet zones,
      DestinationSet destinations,
      AccessibilityRequest request,
      CommunityTransportRequest ct,
      Map<List<String>, int[][]> byUsableSchemes,
      Map<List<String>, String> firstLabel,
      AccessibilityAnalysis.Progress progress) {
    List<String> usable = usableSchemes(network, ct);
    String label = AccessibilityAnalysis.modeLabel(network, TravelMode.TRANSIT, ct);
    int[][] known = byUsableSchemes.get(usable);
    if (known != null) {
      progress.note(
          label
              + ": the same "
              + usable.size()
              + " usable schemes as for "
              + firstLabel.get(usable)
              + ", times reused");
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

  private static String who(CommunityTransportRequest ct) {
    return ct.enabled() ? ct.rider().label() + " riders" : "no community transport";
  }

  /**
   * The ids of the schemes the rider may use and can book, whatever the day (the routing also drops
   * schemes not running on the date; leaving the date out here only costs a missed reuse).
   */
  static List<String> usableSchemes(Network network, CommunityTransportRequest ct) {
    List<String> ids = new ArrayList<>();
    if (!ct.enabled()) {
      return ids;
    }
    for (Scheme scheme : network.communityTransport().schemes()) {
      if (ct.rider().mayUse(scheme.eligibility()) && ct.booking().meets(scheme.booking())) {
        ids.add(scheme.id());
      }
    }
    return ids;
  }
}
