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
    Map<List<String>, int[][]> byUsableSchemes = new HashMap<>();
    Map<List<String>, String> firstLabel = new HashMap<>();
    CommunityTransportRequest given = request.communityTransport();
    if (requestTransit != null) {
      byUsableSchemes.put(usableSchemes(network, given, request.date()), requestTransit);
      firstLabel.put(usableSchemes(network, given, request.date()), who(given));
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
