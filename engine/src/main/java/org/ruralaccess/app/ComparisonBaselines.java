package org.ruralaccess.app;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.analysis.comparison.ComparisonBaseline;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.support.ProgressListener;

/**
 * The server's last comparison baseline, kept for the next comparison that would route the same
 * one: a planner trying scenario after scenario against one network pays for the baseline once. The
 * same baseline means the same network (the server has one), zones and destinations (the network's
 * own, the same objects), and the same departure window, percentile, modes, routing settings,
 * community transport use and rider groups; the indicator settings (cutoffs, decay, style...) are
 * read from the travel times afterwards, so they may differ. One baseline is kept (tens of MB for a
 * county), replaced when a comparison needs another.
 */
public final class ComparisonBaselines {

  /** What the baseline's routing depends on; zones and destinations by identity. */
  private record Key(
      LocalDate date,
      int fromSeconds,
      int toSeconds,
      int stepSeconds,
      int percentile,
      List<TravelMode> modes,
      RoutingSettings routing,
      CommunityTransportRequest communityTransport,
      List<RiderGroup> riders,
      boolean everyZone,
      Same zones,
      Same destinations) {}

  /** Equal only to a wrapper of the very same object. */
  private record Same(Object value) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Same same && same.value == value;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(value);
    }
  }

  private Key key;
  private ComparisonBaseline kept;
  private long routed;

  /**
   * The baseline for these settings: the one kept when it matches, else {@code route}'s (kept in
   * its place). A routing that fails keeps nothing.
   */
  synchronized ComparisonBaseline get(
      ZoneSet zones,
      DestinationSet destinations,
      AccessibilityRequest request,
      List<RiderGroup> riders,
      boolean everyZone,
      ProgressListener progress,
      Supplier<ComparisonBaseline> route) {
    Key wanted =
        new Key(
            request.date(),
            request.fromSeconds(),
            request.toSeconds(),
            request.stepSeconds(),
            request.percentile(),
            request.modes(),
            request.routing(),
            request.communityTransport(),
            List.copyOf(riders),
            everyZone,
            new Same(zones),
            new Same(destinations));
    if (kept != null && wanted.equals(key)) {
      progress.note(
          String.format(
              "baseline: kept from the last comparison with these settings (routed then in %.1f s),"
                  + " not routed again",
              kept.seconds()));
      return kept;
    }
    key = null;
    kept = null; // let it go before routing the next
    ComparisonBaseline baseline = route.get();
    routed++;
    key = wanted;
    kept = baseline;
    return kept;
  }

  /** Baselines routed so far (not found kept). */
  synchronized long routedCount() {
    return routed;
  }
}
