package org.ruralaccess.analysis.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ruralaccess.analysis.accessibility.AccessibilityAnalysis;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.analysis.accessibility.RiderTransitTimes;
import org.ruralaccess.analysis.indicators.AccessibilityIndicators;
import org.ruralaccess.analysis.indicators.AccessibilityResult;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.analysis.indicators.IndicatorStyle;
import org.ruralaccess.analysis.matrix.KeptWalks;
import org.ruralaccess.analysis.matrix.ScenarioFootprint;
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
 * reach a changed stop), the others keep the baseline's times. One baseline run ({@link
 * ComparisonBaseline}) serves several scenarios ({@link #compareAll}).
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
    return compareAll(
            baseline, zones, destinations, List.of(scenario), request, riders, everyZone, progress)
        .get(0);
  }

  /**
   * Each scenario against one baseline run: every scenario is applied (so checked) first, then the
   * baseline is routed once ({@link ComparisonBaseline}); each result equals {@link #compare} of
   * that scenario alone.
   *
   * @return one result per scenario, in order; each scenario's timing counts the shared baseline
   *     run
   */
  public static List<Result> compareAll(
      Network baseline,
      ZoneSet zones,
      DestinationSet destinations,
      List<Scenario> scenarios,
      AccessibilityRequest request,
      List<RiderGroup> riders,
      boolean everyZone,
      ProgressListener progress) {
    return compareAll(
        baseline,
        scenarios,
        request,
        () ->
            ComparisonBaseline.route(
                baseline, zones, destinations, request, riders, everyZone, progress),
        progress);
  }

  /**
   * Each scenario against the baseline {@code routeBaseline} gives (routed now, or kept from an
   * earlier comparison that routed the same: the server's), asked for once every scenario has been
   * applied to {@code network}, so checked.
   *
   * @param request as the baseline was routed but for its indicator settings, which are this one's
   */
  public static List<Result> compareAll(
      Network network,
      List<Scenario> scenarios,
      AccessibilityRequest request,
      Supplier<ComparisonBaseline> routeBaseline,
      ProgressListener progress) {
    List<ScenarioApplier.Applied> applied = new ArrayList<>();
    List<Double> applySeconds = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      long start = System.nanoTime();
      applied.add(ScenarioApplier.apply(scenario, network));
      applySeconds.add((System.nanoTime() - start) / 1e9);
    }
    ComparisonBaseline baseline = routeBaseline.get();
    if (baseline.network() != network) {
      throw new IllegalArgumentException("the baseline was routed on another network");
    }
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      if (scenarios.size() > 1) {
        progress.note(
            String.format(
                "scenario %d of %d: '%s'", i + 1, scenarios.size(), scenarios.get(i).name()));
      }
      results.add(compare(baseline, request, applied.get(i), applySeconds.get(i), progress));
    }
    return results;
  }

  private static Result compare(
      ComparisonBaseline baseline,
      AccessibilityRequest request,
      ScenarioApplier.Applied applied,
      double applySeconds,
      ProgressListener progress) {
    long start = System.nanoTime();
    ZoneSet zones = baseline.zones();
    DestinationSet destinations = baseline.destinations();
    Map<TravelMode, int[][]> baseTimes = baseline.times();
    Map<TravelMode, int[][]> scenarioTimes = new EnumMap<>(baseTimes);
    boolean transit = request.modes().contains(TravelMode.TRANSIT);
    int recomputed = 0;
    if (transit) {
      ScenarioTransit routed = scenarioTransit(baseline, request, applied, progress);
      recomputed = routed.zonesRecomputed();
      scenarioTimes.put(TravelMode.TRANSIT, routed.times());
    }
    double scenarioSeconds = applySeconds + (System.nanoTime() - start) / 1e9;

    IndicatorSettings settings = request.indicators();
    // the summary and the access changes read the engine-style names
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
    if (!baseline.riders().isEmpty()) {
      riderTables =
          RiderComparison.tables(
              zones,
              destinations,
              baseline.riderTimes(progress),
              RiderTransitTimes.byRider(
                  applied.network(),
                  zones,
                  destinations,
                  request,
                  baseline.riders(),
                  scenarioTimes.get(TravelMode.TRANSIT),
                  !baseline.everyZone(),
                  keptWalksFor(baseline, applied),
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
            baseline.seconds(),
            scenarioSeconds,
            applied.stopsLinkedAnew(),
            transit ? recomputed : 0,
            zones.size()));
  }

  /**
   * The baseline's kept walks when they are the scenario's: the same streets (zones and
   * destinations are the baseline's), else null.
   */
  private static KeptWalks keptWalksFor(
      ComparisonBaseline baseline, ScenarioApplier.Applied applied) {
    return applied.network().streets() == baseline.network().streets()
        ? baseline.keptWalks()
        : null;
  }

  /** The scenario's transit times, and the zones they were routed again for. */
  private record ScenarioTransit(int[][] times, int zonesRecomputed) {}

  /**
   * The scenario's transit times: the baseline's, with the zones the scenario can change routed
   * again on its network (every zone without a watch).
   */
  private static ScenarioTransit scenarioTransit(
      ComparisonBaseline baseline,
      AccessibilityRequest request,
      ScenarioApplier.Applied applied,
      ProgressListener progress) {
    ZoneSet zones = baseline.zones();
    boolean[] recompute = new boolean[zones.size()];
    Arrays.fill(recompute, true);
    if (baseline.watch() != null) {
      ScenarioFootprint footprint =
          ScenarioFootprint.of(
              baseline.network(),
              applied.network(),
              AccessibilityAnalysis.origins(zones),
              AccessibilityAnalysis.matrixRequest(request, TravelMode.TRANSIT));
      recompute = footprint.originsToRecompute(baseline.watch());
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
    int[][] times = baseline.times().get(TravelMode.TRANSIT).clone();
    if (changing.isEmpty()) {
      return new ScenarioTransit(times, 0);
    }
    ZoneSet changingZones = new ZoneSet(changing);
    KeptWalks keptWalks = keptWalksFor(baseline, applied);
    int[][] changed =
        keptWalks != null
            ? AccessibilityAnalysis.transitTimes(
                applied.network(),
                changingZones,
                baseline.destinations(),
                request,
                keptWalks.of(Arrays.copyOf(changingIndexes, changing.size())),
                progress)
            : AccessibilityAnalysis.travelTimes(
                    applied.network(),
                    changingZones,
                    baseline.destinations(),
                    request,
                    List.of(TravelMode.TRANSIT),
                    progress)
                .get(TravelMode.TRANSIT);
    for (int z = 0, i = 0; z < zones.size(); z++) {
      if (recompute[z]) {
        times[z] = changed[i++];
      }
    }
    return new ScenarioTransit(times, changing.size());
  }
}
