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
 * one: a planner trying scenario after scenario against one network pays for the baseline once. An
 * accessibility run of the network (no scenario, no rider groups) routes that same baseline, and
 * offers it here too. The same baseline means the same network (the server has one), zones and
 * destinations (the network's own, the same objects), and the same departure window, percentile,
 * modes, routing settings, community transport use and rider groups; the indicator settings
 * (cutoffs, decay, style...) are read from the travel times afterwards, so they may differ. One
 * baseline is kept (tens of MB for a county), replaced when a comparison needs another or an
 * accessibility run offers its own.
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
  // where the kept baseline was routed, for the note of a comparison that reuses it
  private String keptFrom;

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
    Key wanted = key(zones, destinations, request, riders, everyZone);
    if (kept != null && wanted.equals(key)) {
      progress.note(
          String.format(
              "baseline: kept from the %s with these settings (routed then in %.1f s),"
                  + " not routed again",
              keptFrom, kept.seconds()));
      return kept;
    }
    forget(); // let it go before routing the next
    ComparisonBaseline baseline = route.get();
    keep(wanted, baseline, "last comparison");
    return kept;
  }

  /**
   * Keeps the baseline an accessibility run on the server's network routed (no scenario, no rider
   * groups, its transit run watched: {@link ComparisonBaseline#ofRoutedRun}), in place of the one
   * kept: a planner who looks at the network and then tries a change pays for the baseline once.
   */
  synchronized void offer(
      ZoneSet zones,
      DestinationSet destinations,
      AccessibilityRequest request,
      ComparisonBaseline baseline) {
    keep(key(zones, destinations, request, List.of(), false), baseline, "last accessibility run");
  }

  /** Lets the kept baseline go: before a run routes the one that will replace it. */
  synchronized void forget() {
    key = null;
    kept = null;
    keptFrom = null;
  }

  /**
   * Whether an accessibility run should route as a baseline to offer: its travel times by every
   * mode (and the walks its watch keeps, about one mode's table more) take at most a quarter of the
   * heap, so a county's run keeps them while a country's keeps nothing beyond its indicators.
   */
  static boolean worthKeeping(ZoneSet zones, DestinationSet destinations, int modes) {
    long bytes = 4L * zones.size() * destinations.size() * (modes + 1);
    return bytes <= Runtime.getRuntime().maxMemory() / 4;
  }

  private void keep(Key wanted, ComparisonBaseline baseline, String from) {
    key = wanted;
    kept = baseline;
    keptFrom = from;
  }

  private static Key key(
      ZoneSet zones,
      DestinationSet destinations,
      AccessibilityRequest request,
      List<RiderGroup> riders,
      boolean everyZone) {
    return new Key(
        request.withIndicators(KEY_INDICATORS),
        List.copyOf(riders),
        everyZone,
        new SameObject(zones),
        new SameObject(destinations));
  }
}
