package org.ruralaccess.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ruralaccess.analysis.accessibility.AccessibilityAnalysis;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.analysis.accessibility.RiderIndicators;
import org.ruralaccess.analysis.accessibility.RiderTransitTimes;
import org.ruralaccess.analysis.comparison.CommunityTransportContribution;
import org.ruralaccess.analysis.comparison.ComparisonBaseline;
import org.ruralaccess.analysis.indicators.AccessibilityResult;
import org.ruralaccess.analysis.indicators.IndicatorFold;
import org.ruralaccess.analysis.matrix.OriginRouter;
import org.ruralaccess.analysis.matrix.StopWatch;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.export.AccessibilityFilesWriter;
import org.ruralaccess.export.GeoPackageCrs;
import org.ruralaccess.export.MarkdownPage;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.network.Network;
import org.ruralaccess.scenario.Scenario;
import org.ruralaccess.scenario.ScenarioApplier;
import org.ruralaccess.scenario.ScenarioReader;
import org.ruralaccess.support.ProgressListener;

/**
 * {@code rae accessibility}: per-zone indicators and equity tables for a departure window, for each
 * mode; with community transport schemes also the rider tables and the schemes' contribution; with
 * a scenario, all of it on the scenario's network.
 */
public final class AccessibilityOperation {

  /** The rider groups analysed by default when the network has community transport schemes. */
  static final List<RiderGroup> DEFAULT_RIDERS =
      List.of(RiderGroup.GENERAL, RiderGroup.OLDER, RiderGroup.DISABLED);

  /**
   * The tables of a run and its record; {@link #writeTo} writes the run's folder.
   *
   * @param extraTables the rider and community transport tables, then those of the rural questions,
   *     then the {@code unplaced} points when some zone origin or destination is not on the streets
   * @param pages the rural questions' summary pages
   * @param isochroneLayers the zones' isochrones per mode, for accessibility.gpkg only (empty
   *     unless asked for)
   */
  public record Result(
      AccessibilityResult indicators,
      List<ResultTable> extraTables,
      List<MarkdownPage> pages,
      List<ResultTable> isochroneLayers,
      RunRecord record,
      GeoPackageCrs alsoIn) {

    /** Writes the run's files into {@code directory}; returns their names in order. */
    public List<String> writeTo(Path directory) {
      return AccessibilityFilesWriter.write(
          directory,
          indicators,
          extraTables,
          isochroneLayers,
          pages,
          record.geoPackage(alsoIn),
          record::manifest);
    }
  }

  private AccessibilityOperation() {}

  public static Result run(LoadedNetwork loaded, AccessibilityJob job, ProgressListener progress) {
    return run(loaded, job, (ComparisonBaselines) null, progress);
  }

  /**
   * As {@link #run(LoadedNetwork, AccessibilityJob, ProgressListener)}, offering the routing to
   * {@code baselines} as the next comparison's baseline when it routes one (the server's runs: see
   * {@link #run(LoadedNetwork, AccessibilityJob, int[], OriginRouter, ComparisonBaselines,
   * ProgressListener)}).
   */
  public static Result run(
      LoadedNetwork loaded,
      AccessibilityJob job,
      ComparisonBaselines baselines,
      ProgressListener progress) {
    return run(loaded, job, null, OriginRouter.LOCAL, baselines, progress);
  }

  /**
   * As {@link #run(LoadedNetwork, AccessibilityJob, ProgressListener)}, adding every zone's
   * isochrones at {@code isochroneCutoffMinutes} (null or empty for none) for each mode.
   */
  public static Result run(
      LoadedNetwork loaded,
      AccessibilityJob job,
      int[] isochroneCutoffMinutes,
      ProgressListener progress) {
    return run(loaded, job, isochroneCutoffMinutes, OriginRouter.LOCAL, progress);
  }

  /**
   * As {@link #run(LoadedNetwork, AccessibilityJob, int[], ProgressListener)}, the zones' routes to
   * the destinations by each mode computed by {@code router} (a cluster's, for a distributed run;
   * the rider, rural-question and isochrone runs stay on this machine).
   */
  public static Result run(
      LoadedNetwork loaded,
      AccessibilityJob job,
      int[] isochroneCutoffMinutes,
      OriginRouter router,
      ProgressListener progress) {
    return run(loaded, job, isochroneCutoffMinutes, router, null, progress);
  }

  /**
   * As {@link #run(LoadedNetwork, AccessibilityJob, int[], OriginRouter, ProgressListener)}; {@code
   * baselines} (the server's, or null) is offered this run's routing as the baseline of the next
   * comparison with the same settings, when the run routes one: the network itself (no scenario),
   * transit without rider groups, on this machine, small enough to keep ({@link
   * ComparisonBaselines#worthKeeping}). Its transit run is then watched as a comparison's baseline
   * is; the answers are the same.
   */
  public static Result run(
      LoadedNetwork loaded,
      AccessibilityJob job,
      int[] isochroneCutoffMinutes,
      OriginRouter router,
      ComparisonBaselines baselines,
      ProgressListener progress) {
    Scenario scenario = job.scenarioFile() == null ? null : ScenarioReader.read(job.scenarioFile());
    AccessibilityInputs inputs =
        AccessibilityInputs.resolve(loaded, job, "accessibility", progress);
    Network network = loaded.network();
    if (scenario != null) {
      ScenarioApplier.Applied applied = ScenarioApplier.apply(scenario, network);
      progress.note(
          "scenario '"
              + scenario.name()
              + "': "
              + applied.changes().tripsBefore()
              + " trips before, "
              + applied.changes().tripsAfter()
              + " after");
      network = applied.network();
    }
    AccessibilityRequest request = inputs.request();
    List<RiderGroup> riders =
        riders(job.riders(), !network.communityTransport().isEmpty(), request, progress);
    // the rider runs share the request's transit run: one pass for every set of usable schemes
    RiderTransitTimes.Plan riderRuns =
        riders.isEmpty()
            ? null
            : RiderTransitTimes.plan(
                network, inputs.zones(), request, riders, !FullRecomputation.requested());
    // every rural-question and isochrone flag checked, and the profile's dates chosen, before
    // anything is routed
    RuralQuestionsOperation.Plan questions =
        RuralQuestionsOperation.plan(network, inputs, job, progress);
    if (isochroneCutoffMinutes != null && isochroneCutoffMinutes.length > 0) {
      IsochroneRequestCheck.checkCutoffs(
          "--isochrones", isochroneCutoffMinutes, request.routing().maxTripMinutes());
    }
    // Each zone's row is folded into the indicators as it is routed; the zones x destinations
    // matrices are kept only when the rider tables need them (a network with community transport
    // schemes), so a run without riders holds no matrix (issue 17: England fits in memory).
    IndicatorFold fold =
        new IndicatorFold(
            inputs.zones(), inputs.destinations(), request.modes(), request.indicators());
    boolean baseline =
        baselines != null
            && scenario == null
            && riders.isEmpty()
            && request.modes().contains(TravelMode.TRANSIT)
            && router.routesHere()
            && !FullRecomputation.requested()
            && ComparisonBaselines.worthKeeping(
                inputs.zones(), inputs.destinations(), request.modes().size());
    boolean keepTimes = !riders.isEmpty() || baseline;
    Map<TravelMode, int[][]> times = new EnumMap<>(TravelMode.class);
    if (keepTimes) {
      for (TravelMode mode : request.modes()) {
        times.put(mode, new int[inputs.zones().size()][]);
      }
    }
    AccessibilityAnalysis.ZoneRows rows =
        (mode, zone, seconds) -> {
          fold.addZone(mode, zone, seconds);
          if (keepTimes) {
            times.get(mode)[zone] = seconds;
          }
        };
    List<TravelMode> modes = request.modes();
    if (riderRuns != null && riderRuns.routesTransit()) {
      // the request's transit times (and walking, read off the same walks) come from the rider
      // runs' shared pass
      List<TravelMode> routed = riderRuns.routeTransit(inputs.destinations(), rows, progress);
      modes = modes.stream().filter(mode -> !routed.contains(mode)).toList();
    }
    StopWatch watch = null;
    if (baseline) {
      baselines.forget(); // one baseline in memory at a time, as a comparison routing its own
      watch = StopWatch.forOrigins(inputs.zones().size());
    }
    long routingStart = System.nanoTime();
    AccessibilityAnalysis.route(
        network,
        inputs.zones(),
        inputs.destinations(),
        request,
        modes,
        router,
        watch == null ? List.of() : List.of(watch),
        rows,
        progress);
    if (baseline) {
      baselines.offer(
          inputs.zones(),
          inputs.destinations(),
          request,
          ComparisonBaseline.ofRoutedRun(
              network,
              inputs.zones(),
              inputs.destinations(),
              request,
              times,
              watch,
              (System.nanoTime() - routingStart) / 1e9));
    }
    AccessibilityResult result = fold.result();
    List<ResultTable> riderTables = List.of();
    if (!riders.isEmpty()) {
      RiderTransitTimes riderTimes =
          riderRuns.compute(inputs.destinations(), times.get(TravelMode.TRANSIT), progress);
      CommunityTransportContribution.Result contribution =
          CommunityTransportContribution.compute(
              inputs.zones(), inputs.destinations(), riderTimes, request.indicators());
      riderTables =
          List.of(
              RiderIndicators.table(
                  inputs.zones(), inputs.destinations(), times, riderTimes, request.indicators()),
              contribution.table(),
              contribution.accessChanges());
    }
    RuralQuestionsOperation.Answers answers = questions.run(riders, progress);
    List<ResultTable> extraTables = new ArrayList<>(riderTables);
    extraTables.addAll(answers.tables());
    if (!inputs.placement().complete()) {
      extraTables.add(inputs.placement().table(inputs.zones(), inputs.destinations()));
    }
    List<ResultTable> isochroneLayers = List.of();
    if (isochroneCutoffMinutes != null && isochroneCutoffMinutes.length > 0) {
      isochroneLayers =
          ZoneIsochroneLayers.compute(
              network,
              inputs.zones(),
              inputs.destinations(),
              request,
              isochroneCutoffMinutes,
              progress);
    }
    Map<String, Object> parameters = new LinkedHashMap<>(inputs.parameters());
    if (!isochroneLayers.isEmpty()) {
      parameters.put("isochroneCutoffMinutes", isochroneCutoffMinutes.clone());
    }
    parameters.put("riders", riders.stream().map(RiderGroup::label).toList());
    parameters.putAll(answers.parameters());
    // null when none: run.json records every parameter, set or not
    parameters.put("scenario", scenario == null ? null : scenario.name());
    RunRecord record = loaded.record("rae accessibility", parameters, inputs.files());
    return new Result(
        result,
        List.copyOf(extraTables),
        answers.pages(),
        isochroneLayers,
        record,
        GeoPackageCrs.ofEpsg(job.crsEpsg()));
  }

  /**
   * The groups to analyse: none when asked for none or when the network has no schemes (said once);
   * the named groups, or the default ones, when transit may use community transport.
   *
   * @param named the groups the user named, empty for none, null when not given
   * @param schemes whether the network (or a scenario's) has community transport schemes
   */
  static List<RiderGroup> riders(
      Set<RiderGroup> named,
      boolean schemes,
      AccessibilityRequest request,
      ProgressListener progress) {
    if (named != null && named.isEmpty()) {
      return List.of();
    }
    if (!schemes) {
      progress.note("no community transport schemes in the network");
      return List.of();
    }
    if (!request.communityTransport().enabled() || !request.modes().contains(TravelMode.TRANSIT)) {
      if (named != null) {
        throw new BadInputException(
            "--riders needs transit with community transport: drop --no-community-transport,"
                + " add transit to --modes, or give --riders none");
      }
      return List.of();
    }
    if (named == null) {
      return DEFAULT_RIDERS;
    }
    List<RiderGroup> ordered = new ArrayList<>();
    for (RiderGroup group : RiderGroup.values()) {
      if (named.contains(group)) {
        ordered.add(group);
      }
    }
    return ordered;
  }
}
