package org.ruralaccess.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.comparison.ScenarioComparison;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.export.ComparisonFilesWriter;
import org.ruralaccess.export.GeoPackageCrs;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.scenario.Scenario;
import org.ruralaccess.scenario.ScenarioReader;
import org.ruralaccess.scenario.SchemeModification;
import org.ruralaccess.support.ProgressListener;

/**
 * {@code rae compare}: what a scenario does to each zone's access, against the baseline, and with
 * community transport schemes, to each rider group's. The scenario is checked in full before
 * anything is routed. Takes every flag of {@code rae accessibility}, with the same meaning.
 */
public final class CompareOperation {

  /**
   * The comparison, the scenario, the window and percentile shown in summary.md, the record.
   *
   * @param extraTables the {@code unplaced} table when some zone origin or destination is not on
   *     the streets, else empty
   */
  public record Result(
      Scenario scenario,
      ScenarioComparison.Result comparison,
      ComparisonFilesWriter.Summary summary,
      List<ResultTable> extraTables,
      RunRecord record,
      GeoPackageCrs alsoIn) {

    /** Writes the comparison's files into {@code directory}; returns their names in order. */
    public List<String> writeTo(Path directory) {
      return ComparisonFilesWriter.write(
          directory,
          scenario,
          comparison,
          summary,
          extraTables,
          record.geoPackage(alsoIn),
          record::manifest);
    }
  }

  private CompareOperation() {}

  public static Result run(LoadedNetwork loaded, AccessibilityJob job, ProgressListener progress) {
    if (job.scenarioFile() == null) {
      throw new BadInputException("--scenario is required: the scenario to compare");
    }
    Scenario scenario = ScenarioReader.read(job.scenarioFile());
    AccessibilityInputs inputs =
        AccessibilityInputs.resolve(loaded, job, "compare '" + scenario.name() + "'", progress);
    boolean schemes =
        !loaded.network().communityTransport().isEmpty()
            || scenario.modifications().stream().anyMatch(m -> m instanceof SchemeModification);
    List<RiderGroup> riders =
        AccessibilityOperation.riders(job.riders(), schemes, inputs.request(), progress);
    ScenarioComparison.Result comparison =
        ScenarioComparison.compare(
            loaded.network(),
            inputs.zones(),
            inputs.destinations(),
            scenario,
            inputs.request(),
            riders,
            FullRecomputation.requested(),
            progress);
    progress.note(
        String.format(
            "baseline %.1f s, scenario %.1f s (transit only; %d stops linked anew, the rest"
                + " reused; %d of %d zones recomputed (%.1f%%), the rest cannot change)",
            comparison.timing().baselineSeconds(),
            comparison.timing().scenarioSeconds(),
            comparison.timing().stopsLinkedAnew(),
            comparison.timing().zonesRecomputed(),
            comparison.timing().zoneCount(),
            100.0
                * comparison.timing().zonesRecomputed()
                / Math.max(1, comparison.timing().zoneCount())));
    Map<String, Object> parameters = new LinkedHashMap<>(inputs.parameters());
    parameters.put("riders", riders.stream().map(RiderGroup::label).toList());
    parameters.put("scenario", scenario.name());
    RunRecord record = loaded.record("rae compare", parameters, inputs.files());
    return new Result(
        scenario,
        comparison,
        new ComparisonFilesWriter.Summary(job.window().label(), job.percentile()),
        inputs.placement().complete()
            ? List.of()
            : List.of(inputs.placement().table(inputs.zones(), inputs.destinations())),
        record,
        GeoPackageCrs.ofEpsg(job.crsEpsg()));
  }
}
