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
 * reach a changed stop), the others keep the baseline's times. Several scenarios share one baseline
 * run ({@link #compareAll}), which watches for each scenario's changed stops at once.
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
   * Each scenario against one baseline run: the baseline is routed once, watched for every
   * scenario's footprint, and each result equals {@link #compare} of that scenario alone. Every
   * scenario is applied (so checked) before anything is routed.
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
    boolean transit = request.modes().contains(TravelMode.TRANSIT);
    // the walks all the way the baseline's run keeps are every scenario's on the same streets (same
    // zones and destinations): their transit searches and both sides' rider runs read them
    KeptWalks keptWalks = KeptWalks.forOrigins(zones.size());
    List<Side> sides = new ArrayList<>();
    List<StopWatch> watches = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      long applyStart = System.nanoTime();
      ScenarioApplier.Applied applied = ScenarioApplier.apply(scenario, baseline);
      ScenarioFootprint footprint =
          transit && !everyZone
              ? ScenarioFootprint.of(
                  baseline,
                  applied.network(),
                  AccessibilityAnalysis.origins(zones),
                  AccessibilityAnalysis.matrixRequest(request, TravelMode.TRANSIT))
              : null;
      StopWatch watch = footprint == null ? null : footprint.watch(keptWalks);
      if (watch != null) {
        watches.add(watch);
      }
      boolean sameStreets = applied.network().streets() == baseline.streets();
      sides.add(
          new Side(
              scenario.name(),
              applied,
              footprint,
              watch,
              watch != null && sameStreets ? keptWalks : null,
              (System.nanoTime() - applyStart) / 1e9));
    }
    long start = System.nanoTime();
    Map<TravelMode, int[][]> baseTimes =
        AccessibilityAnalysis.travelTimes(
            baseline, zones, destinations, request, request.modes(), watches, progress);
    double baselineSeconds = (System.nanoTime() - start) / 1e9;

    IndicatorSettings settings = request.indicators();
    // the summary and the access changes read the engine-style names
    IndicatorSettings engine = settings.withStyle(IndicatorStyle.ENGINE);
    AccessibilityResult before =
        AccessibilityIndicators.compute(zones, destinations, baseTimes, engine);
    ResultTable beforeStyled =
        settings.style() == IndicatorStyle.ENGINE
            ? before.zoneIndicators()
            : AccessibilityIndicators.compute(zones, destinations, baseTimes, settings)
                .zoneIndicators();
    Map<RiderGroup, int[][]> riderBefore = null;
    List<Result> results = new ArrayList<>();
    for (Side side : sides) {
      if (scenarios.size() > 1) {
        progress.note(
            String.format(
                "scenario %d of %d: '%s'", results.size() + 1, scenarios.size(), side.name()));
      }
      start = System.nanoTime();
      Map<TravelMode, int[][]> scenarioTimes = new EnumMap<>(baseTimes);
      int recomputed = 0;
      if (transit) {
        ScenarioTransit routed =
            scenarioTransit(side, zones, destinations, request, baseTimes, progress);
        recomputed = routed.zonesRecomputed();
        scenarioTimes.put(TravelMode.TRANSIT, routed.times());
      }
      double scenarioSeconds = side.applySeconds() + (System.nanoTime() - start) / 1e9;

      AccessibilityResult after =
          AccessibilityIndicators.compute(zones, destinations, scenarioTimes, engine);
      ResultTable comparison =
          settings.style() == IndicatorStyle.ENGINE
              ? ComparisonTable.of(beforeStyled, after.zoneIndicators())
              : ComparisonTable.of(
                  beforeStyled,
                  AccessibilityIndicators.compute(zones, destinations, scenarioTimes, settings)
                      .zoneIndicators());
      List<ResultTable> riderTables = List.of();
      if (!riders.isEmpty()) {
        if (riderBefore == null) {
          riderBefore =
              RiderTransitTimes.byRider(
                  baseline,
                  zones,
                  destinations,
                  request,
                  riders,
                  baseTimes.get(TravelMode.TRANSIT),
                  !everyZone,
                  watches.isEmpty() ? null : keptWalks,
                  progress);
        }
        riderTables =
            RiderComparison.tables(
                zones,
                destinations,
                riderBefore,
                RiderTransitTimes.byRider(
                    side.applied().network(),
                    zones,
                    destinations,
                    request,
                    riders,
                    scenarioTimes.get(TravelMode.TRANSIT),
                    !everyZone,
                    side.keptWalks(),
                    progress),
                settings);
      }
      results.add(
          new Result(
              before,
              after,
              comparison,
              AccessChangeSummary.of(
                  zones,
                  before.zoneIndicators(),
                  after.zoneIndicators(),
                  settings.cutoffsMinutes()),
              riderTables,
              side.applied().changes(),
              new Timing(
                  baselineSeconds,
                  scenarioSeconds,
                  side.applied().stopsLinkedAnew(),
                  transit ? recomputed : 0,
                  zones.size())));
    }
    return results;
  }

  /**
   * One scenario's side of a comparison: the applied scenario, its footprint and the watch the
   * baseline run carries for it (both null when every zone is recomputed), and the baseline's kept
   * walks when they serve it.
   */
  private record Side(
      String name,
      ScenarioApplier.Applied applied,
      ScenarioFootprint footprint,
      StopWatch watch,
      KeptWalks keptWalks,
      double applySeconds) {}

  /** The scenario's transit times, and the zones they were routed again for. */
  private record ScenarioTransit(int[][] times, int zonesRecomputed) {}

  /**
   * The scenario's transit times: the baseline's, with the zones the scenario can change routed
   * again on its network.
   */
  private static ScenarioTransit scenarioTransit(
      Side side,
      ZoneSet zones,
      DestinationSet destinations,
      AccessibilityRequest request,
      Map<TravelMode, int[][]> baseTimes,
      ProgressListener progress) {
    boolean[] recompute = new boolean[zones.size()];
    Arrays.fill(recompute, true);
    if (side.footprint() != null) {
      recompute = side.footprint().originsToRecompute(side.watch());
      progress.note(
          String.format(
              "scenario footprint: %d stops changed, %d stops watched",
              side.footprint().changedStopCount(), side.footprint().watchedStopCount()));
    }
    List<Zone> changing = new ArrayList<>();
    int[] changingIndexes = new int[zones.size()];
    for (int z = 0; z < zones.size(); z++) {
      if (recompute[z]) {
        changingIndexes[changing.size()] = z;
        changing.add(zones.zone(z));
      }
    }
    int[][] times = baseTimes.get(TravelMode.TRANSIT).clone();
    if (changing.isEmpty()) {
      return new ScenarioTransit(times, 0);
    }
    ZoneSet changingZones = new ZoneSet(changing);
    Network network = side.applied().network();
    int[][] changed =
        side.keptWalks() != null
            ? AccessibilityAnalysis.transitTimes(
                network,
                changingZones,
                destinations,
                request,
                side.keptWalks().of(Arrays.copyOf(changingIndexes, changing.size())),
                progress)
            : AccessibilityAnalysis.travelTimes(
                    network,
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
    return new ScenarioTransit(times, changing.size());
  }
}
