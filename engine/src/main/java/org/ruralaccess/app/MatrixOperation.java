package org.ruralaccess.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.accessibility.AccessibilityAnalysis;
import org.ruralaccess.analysis.matrix.MatrixRequest;
import org.ruralaccess.analysis.matrix.TravelTimeMatrix;
import org.ruralaccess.export.DataDictionaryWriter;
import org.ruralaccess.export.MatrixCsvWriter;
import org.ruralaccess.export.RunManifestWriter;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;

/**
 * {@code rae matrix}: travel times from every origin to every destination, streamed to a sink in
 * origin order (a CSV file for the command line; memory for a small request of the server).
 */
public final class MatrixOperation {

  /** What was linked to the streets, for the user's information. */
  public record Result(int origins, int destinations, TravelTimeMatrix.LinkSummary links) {}

  /** Makes the sink once the points are read. */
  @FunctionalInterface
  public interface SinkFactory<S extends TravelTimeMatrix.Sink> {
    S open(PointSet origins, PointSet destinations, MatrixRequest request);
  }

  private MatrixOperation() {}

  /**
   * Writes the matrix as CSV to {@code file}, atomically (nothing is left when it fails), then
   * beside it its data dictionary ({@code <stem>.dictionary.csv}) and its run record ({@code
   * <stem>.run.json}: named after the CSV, so two matrices in one folder keep theirs).
   *
   * @return the result and the files written, in order
   */
  public static Result writeCsv(
      LoadedNetwork loaded, MatrixJob job, Path file, ProgressListener progress) {
    MatrixCsvWriter[] opened = new MatrixCsvWriter[1];
    Result result;
    try {
      result =
          run(
              loaded,
              job,
              (origins, destinations, request) ->
                  opened[0] =
                      new MatrixCsvWriter(
                          file, origins, destinations, request.percentiles(), request.isArriveBy()),
              progress);
      opened[0].commit();
    } finally {
      if (opened[0] != null) {
        opened[0].close();
      }
    }
    String name = file.getFileName().toString();
    String stem =
        name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
            ? name.substring(0, name.length() - 4)
            : name;
    Path dictionary = file.resolveSibling(DataDictionaryWriter.fileName(stem));
    DataDictionaryWriter.write(
        MatrixCsvWriter.columns(job.percentiles(), job.time() instanceof MatrixJob.ArrivingBy),
        dictionary);
    Path manifest = file.resolveSibling(stem + ".run.json");
    RunManifestWriter.write(
        record(loaded, job)
            .manifest(
                List.of(
                    name, dictionary.getFileName().toString(), manifest.getFileName().toString())),
        manifest);
    return result;
  }

  /** The run record: the request as given, the network and the two point files. */
  private static RunRecord record(LoadedNetwork loaded, MatrixJob job) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    switch (job.time()) {
      case MatrixJob.Departing d -> {
        parameters.put("date", d.window().date().toString());
        parameters.put("from", d.window().fromText());
        parameters.put("to", d.window().toText());
        parameters.put("stepMinutes", d.window().stepMinutes());
        parameters.put("arriveBy", null);
      }
      case MatrixJob.ArrivingBy a -> {
        parameters.put("date", a.date().toString());
        parameters.put("from", null);
        parameters.put("to", null);
        parameters.put("stepMinutes", a.stepSeconds() / 60);
        parameters.put("arriveBy", a.deadlineText());
      }
    }
    parameters.put("mode", job.mode().label());
    parameters.put("percentiles", job.percentiles());
    parameters.put(
        "routing", RoutingParameters.of(job.routing().applyTo(loaded.network().info().routing())));
    parameters.put("communityTransport", CommunityTransportParameters.of(job.communityTransport()));
    List<LoadedNetwork.RunInput> files = new ArrayList<>();
    if (job.origins() instanceof PointInput.CsvFile origins) {
      files.add(new LoadedNetwork.RunInput("origins", origins.file()));
    }
    if (job.destinations() instanceof PointInput.CsvFile destinations) {
      files.add(new LoadedNetwork.RunInput("destinations", destinations.file()));
    }
    return loaded.record("rae matrix", parameters, files);
  }

  /** Computes the matrix into the sink {@code sinks} opens. */
  public static <S extends TravelTimeMatrix.Sink> Result run(
      LoadedNetwork loaded, MatrixJob job, SinkFactory<S> sinks, ProgressListener progress) {
    Network network = loaded.network();
    RoutingSettings routing = job.routing().applyTo(network.info().routing());
    MatrixRequest request = request(job, routing);
    ServiceDateCheck.warnOrFail(network, request.date(), request.mode(), progress);
    PointSet origins = job.origins().points();
    PointSet destinations = job.destinations().points();
    S sink = sinks.open(origins, destinations, request);
    progress.stage(
        String.format(
            "%s matrix: %d origins x %d destinations, %s %s, %s",
            AccessibilityAnalysis.modeLabel(network, request.mode(), request.communityTransport()),
            origins.size(),
            destinations.size(),
            request.date(),
            switch (job.time()) {
              case MatrixJob.Departing d ->
                  d.window().fromText()
                      + "-"
                      + d.window().toText()
                      + " every "
                      + d.window().stepMinutes()
                      + " min";
              case MatrixJob.ArrivingBy a -> "arrive by " + a.deadlineText();
            },
            Runtime.getRuntime().availableProcessors() + " threads"),
        origins.size());
    TravelTimeMatrix.LinkSummary links =
        TravelTimeMatrix.compute(network, origins, destinations, request, sink, progress::advance);
    if (links.originsUnlinked() > 0 || links.destinationsUnlinked() > 0) {
      progress.note(
          String.format(
              "warning: %d origins and %d destinations are more than 1,600 m from any street"
                  + " usable by %s; their rows are empty",
              links.originsUnlinked(), links.destinationsUnlinked(), request.mode().label()));
    }
    return new Result(origins.size(), destinations.size(), links);
  }

  private static MatrixRequest request(MatrixJob job, RoutingSettings routing) {
    return switch (job.time()) {
      case MatrixJob.Departing d ->
          new MatrixRequest(
              d.window().date(),
              d.window().fromSeconds(),
              d.window().toSeconds(),
              d.window().stepSeconds(),
              job.mode(),
              job.percentiles(),
              -1,
              routing,
              job.communityTransport());
      case MatrixJob.ArrivingBy a ->
          new MatrixRequest(
              a.date(),
              Math.max(0, a.deadlineSeconds() - routing.maxTripSeconds()),
              a.deadlineSeconds() + 1,
              a.stepSeconds(),
              job.mode(),
              job.percentiles(),
              a.deadlineSeconds(),
              routing,
              job.communityTransport());
    };
  }
}
