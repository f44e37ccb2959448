package org.ruralaccess.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.ruralaccess.app.ExportGtfsOperation;
import org.ruralaccess.app.LoadedNetwork;
import org.ruralaccess.app.RequestValues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rae export-gtfs}: the timetable this engine routes on one date, as a GTFS feed. */
@Command(
    name = "export-gtfs",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes the network's timetable for one date as a GTFS feed (zip), as the router sees it.",
      "Blank times interpolated, frequencies expanded, the previous day's trips running past",
      "midnight, stay-seated block runs as block_id, transfers.txt rules, a scenario applied.",
      "Another tool given this feed routes exactly the same timetable."
    })
final class ExportGtfsCommand implements Callable<Integer> {

  @Option(names = "--network", required = true, paramLabel = "FILE")
  Path networkFile;

  @Option(
      names = "--scenario",
      paramLabel = "YAML",
      description = "apply this scenario first (checked in full before anything is written)")
  Path scenarioFile;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
  String date;

  @Option(names = "--out", required = true, paramLabel = "ZIP")
  Path out;

  @Override
  public Integer call() {
    LocalDate serviceDate = RequestValues.date("--date", date);
    ExportGtfsOperation.Result feed =
        ExportGtfsOperation.write(
            LoadedNetwork.read(networkFile), scenarioFile, serviceDate, out, new CliProgress());
    Progress.say(
        String.format(
            "wrote %s: %,d trips (%,d of %s, %,d of the day before still running after midnight),"
                + " %,d stops, %,d routes, %,d stay-seated through runs, %,d transfer rules",
            out,
            feed.trips(),
            feed.sameDayTrips(),
            serviceDate,
            feed.previousDayTrips(),
            feed.stops(),
            feed.routes(),
            feed.throughRuns(),
            feed.transferRules()));
    return 0;
  }
}
