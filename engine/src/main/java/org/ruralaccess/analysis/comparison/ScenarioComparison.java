package org.ruralaccess.analysis.comparison;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.accessibility.AccessibilityAnalysis;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.analysis.indicators.AccessibilityIndicators;
import org.ruralaccess.analysis.indicators.AccessibilityResult;
import org.ruralaccess.analysis.indicators.IndicatorStyle;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.scenario.Scenario;
import org.ruralaccess.scenario.ScenarioApplier;
import org.ruralaccess.support.ProgressListener;

/**
 * Baseline against scenario, per zone. The scenario is resolved and applied to copies of the
 * transit network and the community transport schemes; its stops reuse the baseline's street links
 * and transfers (only added stops are linked anew); and only transit travel times are recomputed,
 * because a timetable change cannot change walking, cycling or driving times.
 */
public final class ScenarioComparison {

  /** Everything a comparison produces. */
  public record Result(
      AccessibilityResult baseline,
      AccessibilityResult scenario,
      ResultTable comparison,
      ResultTable summary,
      ScenarioApplier.Changes changes,
      Timing timing) {}

  /** Seconds spent, to show what the incremental work saves. */
  public record Timing(double baselineSeconds, double scenarioSeconds, int stopsLinkedAnew) {}

  private ScenarioComparison() {}

  /**
   * @param zones the zones to compare (the network's or the user's)
   * @param destinations likewise
   */
  public static Result compare(
      Network baseline,
      ZoneSet zones,
      DestinationSet destinations,
      Scenario scenario,
      AccessibilityRequest given,
      ProgressListener progress) {
    // the comparison reads indicators by their engine-style names
    AccessibilityRequest request =
        given.withIndicators(given.indicators().withStyle(IndicatorStyle.ENGINE));
    long start = System.nanoTime();
    ScenarioApplier.Applied applied = ScenarioApplier.apply(scenario, baseline);
    double applySeconds = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    Map<TravelMode, int[][]> baseTimes =
        AccessibilityAnalysis.travelTimes(
            baseline, zones, destinations, request, request.modes(), progress);
    double baselineSeconds = (System.nanoTime() - start) / 1e9;

    start = System.nanoTime();
    Map<TravelMode, int[][]> scenarioTimes = new EnumMap<>(baseTimes);
    if (request.modes().contains(TravelMode.TRANSIT)) {
      scenarioTimes.putAll(
          AccessibilityAnalysis.travelTimes(
              applied.network(),
              zones,
              destinations,
              request,
              List.of(TravelMode.TRANSIT),
              progress));
    }
    double scenarioSeconds = applySeconds + (System.nanoTime() - start) / 1e9;

    AccessibilityResult before =
        AccessibilityIndicators.compute(zones, destinations, baseTimes, request.indicators());
    AccessibilityResult after =
        AccessibilityIndicators.compute(zones, destinations, scenarioTimes, request.indicators());
    return new Result(
        before,
        after,
        ComparisonTable.of(before.zoneIndicators(), after.zoneIndicators()),
        AccessChangeSummary.of(
            zones,
            before.zoneIndicators(),
            after.zoneIndicators(),
            request.indicators().cutoffsMinutes()),
        applied.changes(),
        new Timing(baselineSeconds, scenarioSeconds, applied.stopsLinkedAnew()));
  }
}
