package org.ruralaccess.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ruralaccess.app.DepartureWindow;
import org.ruralaccess.app.DistributedRouting;
import org.ruralaccess.app.LoadedNetwork;
import org.ruralaccess.app.MatrixJob;
import org.ruralaccess.app.MatrixOperation;
import org.ruralaccess.app.PointInput;
import org.ruralaccess.app.RequestValues;
import org.ruralaccess.model.BadInputException;
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

  @CommandLine.Mixin SparkOptions spark = new SparkOptions();

  @Option(names = "--out", required = true, paramLabel = "CSV")
  Path out;

  @Override
  public Integer call() {
    MatrixJob.Time time;
    if (arriveBy == null) {
      if (from == null || to == null) {
        throw new BadInputException("--from and --to are required (or give --arrive-by)");
      }
      time = new MatrixJob.Departing(DepartureWindow.of(date, from, to, stepMinutes));
    } else {
      time =
          new MatrixJob.ArrivingBy(
              RequestValues.date("--date", date),
              RequestValues.time("--arrive-by", arriveBy),
              arriveBy,
              stepMinutes * 60);
    }
    MatrixJob job =
        new MatrixJob(
            new PointInput.CsvFile(originsFile),
            new PointInput.CsvFile(destinationsFile),
            time,
            RequestValues.mode("--mode", mode),
            percentiles,
            routingOptions.overrides(),
            communityTransportOptions.request());
    CliProgress progress = new CliProgress();
    LoadedNetwork loaded = LoadedNetwork.read(networkFile);
    try (DistributedRouting.Router router = spark.connect(loaded, progress)) {
      MatrixOperation.writeCsv(loaded, job, out, router, progress);
    }
    Progress.say("wrote " + out);
    return 0;
  }
}
