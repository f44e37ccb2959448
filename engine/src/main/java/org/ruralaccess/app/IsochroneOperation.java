package org.ruralaccess.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ruralaccess.analysis.accessibility.AccessibilityAnalysis;
import org.ruralaccess.analysis.isochrone.IsochroneAnalysis;
import org.ruralaccess.analysis.isochrone.IsochroneAnalysis.Place;
import org.ruralaccess.analysis.isochrone.IsochronePreparations;
import org.ruralaccess.analysis.isochrone.IsochroneSettings;
import org.ruralaccess.analysis.isochrone.IsochroneTable;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.export.IsochroneFilesWriter;
import org.ruralaccess.export.TableGeoJsonWriter;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.Network;
import org.ruralaccess.scenario.Scenario;
import org.ruralaccess.scenario.ScenarioApplier;
import org.ruralaccess.scenario.ScenarioReader;
import org.ruralaccess.support.ProgressListener;

/**
 * {@code rae isochrone}: travel-time isochrones from places, or arrive-by catchments of
 * destinations, as features (one per place and cutoff) with their run record.
 *
 * <p>For every face: build an {@link IsochroneJob} (places, time, mode, percentile, cutoffs, cell
 * size, routing overrides, community transport, scenario), call {@link #run} with a {@link
 * LoadedNetwork} (read once and shared: requests only read it), and read {@link Result#features}: a
 * {@link ResultTable} whose rows are the features (columns as {@link IsochroneTable} lists them,
 * geometry a WGS84 Polygon or MultiPolygon, null when nothing is reached). The command line writes
 * it with {@link Result#writeTo}; a server may answer with {@link Result#geoJson} (the same text as
 * the .geojson file). Every bad value is a {@link BadInputException} with one line naming the flag,
 * thrown before any work is done. A call prepares its own grid and stop walks (3.4 s for Porto
 * Alegre's transit stop walks, measured under load); a face answering many requests on one network
 * keeps them between requests with {@link IsochroneGeoJson} instead (issue 14).
 */
public final class IsochroneOperation {

  /**
   * The features of a run and its record.
   *
   * @param unlinkedPlaces places further than 1,600 m from any street of the mode (only with
   *     --all-zones or --all-destinations: a single place that cannot be linked is refused); their
   *     features have no geometry
   */
  public record Result(ResultTable features, RunRecord record, int places, int unlinkedPlaces) {

    /**
     * Writes the features to {@code out} (GeoPackage, or GeoJSON when the name ends in {@code
     * .geojson}) and the run record beside it as {@code <name>.run.json}, each atomically.
     *
     * @return the files written, in order
     */
    public List<String> writeTo(Path out) {
      return IsochroneFilesWriter.write(features, out, record::manifest);
    }

    /** The features as an RFC 7946 FeatureCollection, one feature per line (a response body). */
    public String geoJson() {
      return TableGeoJsonWriter.toText(features);
    }

    /** Features: one per place and cutoff. */
    public int featureCount() {
      return features.rows().size();
    }
  }

  private IsochroneOperation() {}

  /** What {@link #compute} made: the features and what the run record says of them. */
  record Computed(
      ResultTable table,
      RoutingSettings routing,
      IsochroneAnalysis analysis,
      Scenario scenario,
      int places,
      int unlinkedPlaces) {}

  public static Result run(LoadedNetwork loaded, IsochroneJob job, ProgressListener progress) {
    Computed computed = compute(loaded, job, progress, null, () -> {});
    Map<String, Object> parameters =
        parameters(job, computed.routing(), computed.analysis(), computed.scenario());
    List<LoadedNetwork.RunInput> files = new ArrayList<>();
    if (job.scenarioFile() != null) {
      files.add(new LoadedNetwork.RunInput("scenario", job.scenarioFile()));
    }
    RunRecord record = loaded.record("rae isochrone", parameters, files);
    return new Result(computed.table(), record, computed.places(), computed.unlinkedPlaces());
  }

  /**
   * The features of {@link #run}, without the run record (whose input checksums read the network
   * file).
   *
   * @param kept the network's prepared analyses kept between calls, or null to prepare for this
   *     call only; a job with a scenario is always prepared for itself (its network is a new copy)
   * @param eachDeparture run before each departure of a transit window is carried onto the cells;
   *     it may throw to cancel the computation there
   */
  static Computed compute(
      LoadedNetwork loaded,
      IsochroneJob job,
      ProgressListener progress,
      IsochronePreparations kept,
      Runnable eachDeparture) {
    Network network = loaded.network();
    RoutingSettings routing = job.routing().applyTo(network.info().routing());
    IsochroneSettings settings = IsochroneRequestCheck.settings(job, routing);
    ServiceDateCheck.warnOrFail(network, settings.date(), job.mode(), progress);
    List<Place> places = IsochronePlaces.resolve(network, job.places());
    Scenario scenario = job.scenarioFile() == null ? null : ScenarioReader.read(job.scenarioFile());
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
    if (places.size() == 1) {
      Place place = places.getFirst();
      if (IsochroneAnalysis.snap(network, job.mode(), place.lat(), place.lon()) == null) {
        throw new BadInputException(
            IsochronePlaces.flag(job.places())
                + ": "
                + place.id()
                + " is outside the network's area: no street usable by "
                + job.mode().label()
                + " within 1,600 m");
      }
    }
    progress.note(
        String.format(
            Locale.ROOT,
            "preparing the %s m grid and the stop walks for %s",
            (int) settings.cellMeters(),
            job.mode().label()));
    IsochroneAnalysis analysis =
        kept != null && scenario == null
            ? kept.analysis(settings)
            : IsochroneAnalysis.prepare(network, settings);
    progress.stage(
        String.format(
            Locale.ROOT,
            "%s %s: %d %s, %s, cutoffs %s min, %s",
            AccessibilityAnalysis.modeLabel(network, job.mode(), job.communityTransport()),
            job.places().arriveBy() ? "catchments" : "isochrones",
            places.size(),
            job.places().arriveBy() ? "destinations" : "origins",
            windowLabel(job.time()),
            RunNumbers.joined(job.cutoffMinutes()),
            Runtime.getRuntime().availableProcessors() + " threads"),
        places.size());
    List<IsochroneAnalysis.PlaceIsochrones> results =
        analysis.compute(places, progress::advance, eachDeparture);
    int unlinked = (int) results.stream().filter(r -> !r.linked()).count();
    if (unlinked > 0) {
      progress.note(
          String.format(
              Locale.ROOT,
              "warning: %d of %d places are more than 1,600 m from any street usable by %s;"
                  + " their features have no geometry",
              unlinked,
              places.size(),
              job.mode().label()));
    }
    boolean arriveBy = job.places().arriveBy();
    ResultTable table =
        IsochroneTable.of(
            arriveBy ? "catchments" : "isochrones",
            results,
            arriveBy,
            new IsochroneTable.Labels(
                job.mode().label(),
                settings.date().toString(),
                windowLabel(job.time()),
                job.mode() == TravelMode.TRANSIT && !arriveBy ? job.percentile() : null),
            loaded.network().destinations().categories());
    return new Computed(table, routing, analysis, scenario, places.size(), unlinked);
  }

  static String windowLabel(MatrixJob.Time time) {
    return switch (time) {
      case MatrixJob.Departing d -> d.window().fromText() + "-" + d.window().toText();
      case MatrixJob.ArrivingBy a -> "arrive by " + a.deadlineText();
    };
  }

  private static Map<String, Object> parameters(
      IsochroneJob job, RoutingSettings routing, IsochroneAnalysis analysis, Scenario scenario) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("places", IsochronePlaces.describe(job.places()));
    parameters.put("mode", job.mode().label());
    parameters.put("date", job.time().date().toString());
    switch (job.time()) {
      case MatrixJob.Departing d -> {
        parameters.put("from", d.window().fromText());
        parameters.put("to", d.window().toText());
        parameters.put("stepMinutes", d.window().stepMinutes());
      }
      case MatrixJob.ArrivingBy a -> parameters.put("arriveBy", a.deadlineText());
    }
    parameters.put("percentile", job.percentile());
    parameters.put("cutoffMinutes", job.cutoffMinutes());
    parameters.put("cellMeters", job.cellMeters());
    parameters.put("gridCrs", analysis.grid().projection().crsCode());
    parameters.put("residents", analysis.residentsMethod());
    parameters.put("routing", routing);
    parameters.put("communityTransport", CommunityTransportParameters.of(job.communityTransport()));
    if (scenario != null) {
      parameters.put("scenario", scenario.name());
    }
    return parameters;
  }
}
