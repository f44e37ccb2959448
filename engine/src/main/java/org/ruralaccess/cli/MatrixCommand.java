package org.ruralaccess.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.ruralaccess.analysis.accessibility.AccessibilityAnalysis;
import org.ruralaccess.analysis.matrix.MatrixRequest;
import org.ruralaccess.analysis.matrix.TravelTimeMatrix;
import org.ruralaccess.export.MatrixCsvWriter;
import org.ruralaccess.ingest.points.PointCsvReader;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.store.NetworkStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rae matrix}: travel times from every origin to every destination over a window. */
@Command(
    name = "matrix",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Travel times from every origin to every destination over a departure window.",
      "One departure per step in [--from, --to) on --date; writes",
      "origin_id,destination_id,p<N>... in whole minutes",
      "(empty = not reachable within --max-minutes). With --arrive-by: the latest departure that",
      "arrives in time and its travel time. Routing defaults come from the network's region.yaml."
    })
final class MatrixCommand implements Callable<Integer> {

  @Option(names = "--network", required = true, paramLabel = "FILE")
  Path networkFile;

  @Option(
      names = "--origins",
      required = true,
      paramLabel = "CSV",
      description = "id,lat,lon (WGS84)")
  Path originsFile;

  @Option(
      names = "--destinations",
      required = true,
      paramLabel = "CSV",
      description = "id,lat,lon (WGS84)")
  Path destinationsFile;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
  String date;

  @Option(
      names = "--from",
      paramLabel = "HH:MM",
      description = "first departure (required unless --arrive-by)")
  String from;

  @Option(
      names = "--to",
      paramLabel = "HH:MM",
      description = "end of the departure window, exclusive")
  String to;

  @Option(names = "--step-minutes", defaultValue = "1", paramLabel = "N")
  int stepMinutes;

  @Option(
      names = "--mode",
      defaultValue = "transit",
      paramLabel = "MODE",
      description = "transit, walk, bike or car (default: ${DEFAULT-VALUE})")
  String mode;

  @Option(names = "--percentiles", defaultValue = "50", split = ",", paramLabel = "P")
  int[] percentiles;

  @Option(names = "--arrive-by", paramLabel = "HH:MM")
  String arriveBy;

  @CommandLine.Mixin RoutingOptions routingOptions = new RoutingOptions();

  @CommandLine.Mixin
  CommunityTransportOptions communityTransportOptions = new CommunityTransportOptions();

  @Option(names = "--out", required = true, paramLabel = "CSV")
  Path out;

  @Override
  public Integer call() {
    LocalDate serviceDate = CliValues.date("--date", date);
    TravelMode travelMode = CliValues.mode("--mode", mode);
    checkPercentiles();
    CommunityTransportRequest communityTransport = communityTransportOptions.request();
    Network network = NetworkStore.read(networkFile);
    RoutingSettings routing = routingOptions.applyTo(network.info().routing());
    int arriveBySeconds = arriveBy == null ? -1 : CliValues.time("--arrive-by", arriveBy);
    int fromSeconds;
    int toSeconds;
    if (arriveBy == null) {
      if (from == null || to == null) {
        throw new BadInputException("--from and --to are required (or give --arrive-by)");
      }
      fromSeconds = CliValues.time("--from", from);
      toSeconds = CliValues.time("--to", to);
      if (toSeconds <= fromSeconds) {
        throw new BadInputException("--to (" + to + ") must be after --from (" + from + ")");
      }
    } else {
      fromSeconds = Math.max(0, arriveBySeconds - routing.maxTripMinutes() * 60);
      toSeconds = arriveBySeconds + 1;
    }
    if (stepMinutes < 1) {
      throw new BadInputException("--step-minutes must be at least 1, was " + stepMinutes);
    }
    ServiceDateCheck.warnOrFail(network, serviceDate, travelMode);
    PointSet origins = PointCsvReader.read(originsFile);
    PointSet destinations = PointCsvReader.read(destinationsFile);
    MatrixRequest request =
        new MatrixRequest(
            serviceDate,
            fromSeconds,
            toSeconds,
            stepMinutes * 60,
            travelMode,
            percentiles,
            arriveBySeconds,
            routing,
            communityTransport);
    Progress.say(
        String.format(
            "%s matrix: %d origins x %d destinations, %s %s, %s",
            AccessibilityAnalysis.modeLabel(network, travelMode, communityTransport),
            origins.size(),
            destinations.size(),
            serviceDate,
            arriveBy == null
                ? from + "-" + to + " every " + stepMinutes + " min"
                : "arrive by " + arriveBy,
            Runtime.getRuntime().availableProcessors() + " threads"));
    ProgressBar bar = new ProgressBar("  origins", origins.size());
    try (MatrixCsvWriter writer =
        new MatrixCsvWriter(out, origins, destinations, percentiles, arriveBy != null)) {
      TravelTimeMatrix.LinkSummary links =
          TravelTimeMatrix.compute(network, origins, destinations, request, writer, bar::update);
      writer.commit();
      if (links.originsUnlinked() > 0 || links.destinationsUnlinked() > 0) {
        Progress.say(
            String.format(
                "warning: %d origins and %d destinations are more than 1,600 m from any street usable by %s; their rows are empty",
                links.originsUnlinked(), links.destinationsUnlinked(), travelMode.label()));
      }
    }
    Progress.say("wrote " + out);
    return 0;
  }

  private void checkPercentiles() {
    for (int p : percentiles) {
      if (p < 0 || p > 100) {
        throw new BadInputException(
            "--percentiles: " + p + " is not a percentile; expected 0 to 100");
      }
    }
  }
}
