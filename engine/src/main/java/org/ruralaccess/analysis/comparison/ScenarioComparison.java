package org.ruralaccess.analysis.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.accessibility.AccessibilityAnalysis;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.analysis.accessibility.RiderTransitTimes;
import org.ruralaccess.analysis.indicators.AccessibilityIndicators;
import org.ruralaccess.analysis.indicators.AccessibilityResult;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.analysis.indicators.IndicatorStyle;
import org.ruralaccess.analysis.matrix.KeptWalks;
import org.ruralaccess.analysis.matrix.ScenarioFootprint;
import org.ruralaccess.analysis.matrix.StopWatch;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.scenario.Scenario;
import org.ruralaccess.scenario.ScenarioApplier;
import org.ruralaccess.support.ProgressListener;

/**
 * Baseline against scenario, per zone. The scenario is resolved and applied to copies of the
 * transit network and the community transport schemes; its stops reuse the baseline's street links
 * and transfers (only added stops are linked anew); only transit travel times are recomputed,
 * because a timetable change cannot change walking, cycling or driving times; and only for the
 * zones the scenario can change ({@link ScenarioFootprint}: the baseline run notes the zones that
 * reach a changed stop), the others keep the baseline's times.
 */
public final class ScenarioComparison {

  /**
   * Everything a comparison produces.
   *
   * @param baseline the baseline's indicators, engine-style names (the summary reads them)
   * @param scenario the scenario's, likewise
   * @param comparison per zone, in the requested column style
   * @param riderTables {@code rider_comparison} and {@code rider_access_changes}, empty without
   *     rider groups
   */
  public record Result(
      AccessibilityResult baseline,
      AccessibilityResult scenario,
      ResultTable comparison,
      ResultTable summary,
      List<ResultTable> riderTables,
      ScenarioApplier.Changes changes,
      Timing timing) {}

  /**
   * Seconds spent and work saved: stops linked anew, and the zones whose transit times were
   * recomputed (the rest cannot change; see {@link ScenarioFootprint}) out of all zones.
   */
  public record Timing(
      double baselineSeconds,
      double scenarioSeconds,
      int stopsLinkedAnew,
      int zonesRecomputed,
      int zoneCount) {}

  private ScenarioComparison() {}

  /**
   * @param zones the zones to compare (the network's or the user's)
   * @param destinations likewise
   * @param riders rider groups to compare one by one (transit with the schemes each may use), or
   *     none
   */
  public static Result compare(
      Network baseline,
      ZoneSet zones,
      DestinationSet destinations,
      Scenario scenario,
      AccessibilityRequest request,
      List<RiderGroup> riders,
      ProgressListener progress) {
    return compare(baseline, zones, destinations, scenario, request, riders, false, progress);
  }

  /**
   * @param everyZone recompute every zone's transit times, not only the zones the scenario can
   *     change, and route each rider group's set of usable schemes in a run of its own, not in one
   *     pass (the full recomputation that proves the shortcuts exact: tests and {@code
   *     benchmarks/shortcut-check})
   */
  public static Result compare(
      Network baseline,
      ZoneSet zones,
      DestinationSet destinations,
      Scenario scenario,
      AccessibilityRequest request,
      List<RiderGroup> riders,
      boolean everyZone,
      ProgressListener progress) {
    long start = System.nanoTime();
    ScenarioApplier.Applied applied = ScenarioApplier.apply(scenario, baseline);
    boolean transit = request.modes().contains(TravelMode.TRANSIT);
    ScenarioFootprint footprint =
        transit && !everyZone
            ? ScenarioFootprint.of(
                baseline,
                applied.network(),
                AccessibilityAnalysis.origins(zones),
                AccessibilityAnalysis.matrixRequest(request, TravelMode.TRANSIT))
            : null;
    StopWatch watch = footprint == null ? null : footprint.watch(zones.size());
    // the walks all the way the baseline's run keeps are the scenario's (same streets, zones and
    // destinations): its transit searches and both sides' rider runs read them
    boolean sameStreets = applied.network().streets() == baseline.streets();
    KeptWalks keptWalks = watch != null && sameStreets ? watch.keptWalks() : null;
    double applySeconds = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    Map<TravelMode, int[][]> baseTimes =
        AccessibilityAnalysis.travelTimes(
            baseline,
            zones,
            destinations,
            request,
            request.modes(),
            watch == null ? List.of() : List.of(watch),
            progress);
    double baselineSeconds = (System.nanoTime() - start) / 1e9;

    start = System.nanoTime();
    Map<TravelMode, int[][]> scenarioTimes = new EnumMap<>(baseTimes);
    int recomputed = 0;
    if (transit) {
      boolean[] recompute = new boolean[zones.size()];
      Arrays.fill(recompute, true);
      if (footprint != null) {
        recompute = footprint.originsToRecompute(watch);
        progress.note(
            String.format(
                "scenario footprint: %d stops changed, %d stops watched",
                footprint.changedStopCount(), footprint.watchedStopCount()));
      }
      List<Zone> changing = new ArrayList<>();
      int[] changingIndexes = new int[zones.size()];
      for (int z = 0; z < zones.size(); z++) {
        if (recompute[z]) {
          changingIndexes[changing.size()] = z;
          changing.add(zones.zone(z));
        }
      }
      recomputed = changing.size();
      int[][] times = baseTimes.get(TravelMode.TRANSIT).clone();
      if (!changing.isEmpty()) {
        ZoneSet changingZones = new ZoneSet(changing);
        int[][] changed =
            keptWalks != null
                ? AccessibilityAnalysis.transitTimes(
                    applied.network(),
                    changingZones,
                    destinations,
                    request,
                    keptWalks.of(Arrays.copyOf(changingIndexes, changing.size())),
                    progress)
                : AccessibilityAnalysis.travelTimes(
                        applied.network(),
                        changingZones,
                        destinations,
                        request,
                        List.of(TravelMode.TRANSIT),
                        progress)
                    .get(TravelMode.TRANSIT);
        for (int z = 0, i = 0; z < zones.size(); z++) {
          if (recompute[z]) {
            times[z] = changed[i++];
          }
        }
      }
      scenarioTimes.put(TravelMode.TRANSIT, times);
    }
    double scenarioSeconds = applySeconds + (System.nanoTime() - start) / 1e9;

    // the summary and the access changes read the engine-style names
    IndicatorSettings settings = request.indicators();
    IndicatorSettings engine = settings.withStyle(IndicatorStyle.ENGINE);
    AccessibilityResult before =
        AccessibilityIndicators.compute(zones, destinations, baseTimes, engine);
    AccessibilityResult after =
        AccessibilityIndicators.compute(zones, destinations, scenarioTimes, engine);
    ResultTable comparison =
        settings.style() == IndicatorStyle.ENGINE
            ? ComparisonTable.of(before.zoneIndicators(), after.zoneIndicators())
            : ComparisonTable.of(
                AccessibilityIndicators.compute(zones, destinations, baseTimes, settings)
                    .zoneIndicators(),
                AccessibilityIndicators.compute(zones, destinations, scenarioTimes, settings)
                    .zoneIndicators());
    List<ResultTable> riderTables = List.of();
    if (!riders.isEmpty()) {
      riderTables =
          RiderComparison.tables(
              zones,
              destinations,
              RiderTransitTimes.byRider(
                  baseline,
                  zones,
                  destinations,
                  request,
                  riders,
                  baseTimes.get(TravelMode.TRANSIT),
                  !everyZone,
                  keptWalks,
                  progress),
              RiderTransitTimes.byRider(
                  applied.network(),
                  zones,
                  destinations,
                  request,
                  riders,
                  scenarioTimes.get(TravelMode.TRANSIT),
                  !everyZone,
                  keptWalks,
                  progress),
              settings);
    }
    return new Result(
        before,
        after,
        comparison,
        AccessChangeSummary.of(
            zones, before.zoneIndicators(), after.zoneIndicators(), settings.cutoffsMinutes()),
        riderTables,
        applied.changes(),
        new Timing(
            baselineSeconds,
            scenarioSeconds,
            applied.stopsLinkedAnew(),
            transit ? recomputed : 0,
            zones.size()));
  }
}
