package org.ruralaccess.app;

import java.util.List;
import java.util.function.Supplier;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.analysis.comparison.ComparisonBaseline;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.support.ProgressListener;
import org.ruralaccess.support.SameObject;

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

  /**
   * What the baseline's routing depends on: the request but for its indicator settings (all keys
   * hold the same ones), the rider groups, and the zones and destinations by identity.
   */
  private record Key(
      AccessibilityRequest request,
      List<RiderGroup> riders,
      boolean everyZone,
      SameObject zones,
      SameObject destinations) {}

  // the indicator settings of every key's request: the indicators are read after the routing
  private static final IndicatorSettings KEY_INDICATORS = IndicatorSettings.defaults();

  private Key key;
  private ComparisonBaseline kept;

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
            request.withIndicators(KEY_INDICATORS),
            List.copyOf(riders),
            everyZone,
            new SameObject(zones),
            new SameObject(destinations));
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
    key = wanted;
    kept = baseline;
    return kept;
  }
}
