package org.ruralaccess.analysis.returntrips;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.community.FlexServices;
import org.ruralaccess.analysis.indicators.IndicatorCategory;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;

/**
 * Return trips from every zone, for each rider group (with the community transport schemes the
 * group may use and can book) and without any scheme, then the zone and equity tables. Like the
 * rider indicators, groups that may use exactly the same schemes on the date share one search, and
 * a group that may use none shares the search without schemes.
 */
public final class ReturnTripAnalysis {

  private ReturnTripAnalysis() {}

  /**
   * @param riders the rider groups, in {@link RiderGroup} order; the request's own rider when the
   *     network has no schemes
   */
  public static ReturnTripResult run(
      Network network,
      ZoneSet zones,
      DestinationSet destinations,
      ReturnTripRequest request,
      List<RiderGroup> riders,
      ProgressListener progress) {
    List<IndicatorCategory> categories = categories(destinations, request);
    List<ReturnTripRule> rules =
        categories.stream().map(c -> request.rules().get(c.key())).toList();
    Map<List<String>, ReturnTripTimes> byUsableSchemes = new HashMap<>();
    Map<RiderGroup, ReturnTripTimes> byRider = new EnumMap<>(RiderGroup.class);
    CommunityTransportRequest given = request.communityTransport();
    for (RiderGroup rider : riders) {
      CommunityTransportRequest ct = given.enabled() ? given.withRider(rider) : given;
      byRider.put(
          rider,
          times(
              network,
              zones,
              destinations,
              request,
              categories,
              rules,
              ct,
              byUsableSchemes,
              progress));
    }
    ReturnTripTimes without =
        times(
            network,
            zones,
            destinations,
            request,
            categories,
            rules,
            CommunityTransportRequest.off(),
            byUsableSchemes,
            progress);
    return ReturnTripResult.of(zones, destinations, request, categories, byRider, without);
  }

  /** The categories present that the request names, in the indicators' order. */
  static List<IndicatorCategory> categories(
      DestinationSet destinations, ReturnTripRequest request) {
    List<IndicatorCategory> categories = new ArrayList<>();
    for (IndicatorCategory c :
        IndicatorCategory.of(destinations, request.indicators().usersByCategory())) {
      if (request.rules().containsKey(c.key())) {
        categories.add(c);
      }
    }
    return categories;
  }

  private static ReturnTripTimes times(
      Network network,
      ZoneSet zones,
      DestinationSet destinations,
      ReturnTripRequest request,
      List<IndicatorCategory> categories,
      List<ReturnTripRule> rules,
      CommunityTransportRequest ct,
      Map<List<String>, ReturnTripTimes> byUsableSchemes,
      ProgressListener progress) {
    List<String> usable =
        FlexServices.active(network.communityTransport(), ct, request.date()).stream()
            .map(Scheme::id)
            .toList();
    String label = label(network, ct);
    ReturnTripTimes known = byUsableSchemes.get(usable);
    if (known != null) {
      if (!network.communityTransport().isEmpty()) {
        progress.note(label + ": the same usable schemes as a group before, return trips reused");
      }
      return known;
    }
    ReturnTripTimes times =
        ReturnTripSearch.run(
            network,
            zones,
            destinations,
            categories,
            rules,
            request.date(),
            request.routing(),
            ct,
            label,
            progress);
    byUsableSchemes.put(usable, times);
    return times;
  }

  private static String label(Network network, CommunityTransportRequest ct) {
    if (network.communityTransport().isEmpty()) {
      return "return trips";
    }
    if (!ct.enabled()) {
      return "return trips without community transport";
    }
    return "return trips, " + ct.rider().label() + " riders (" + ct.booking().label() + " booking)";
  }
}
