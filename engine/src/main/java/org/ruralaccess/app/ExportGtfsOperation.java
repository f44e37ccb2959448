package org.ruralaccess.app;

import java.nio.file.Path;
import java.time.LocalDate;
import org.ruralaccess.export.gtfs.GtfsFeedWriter;
import org.ruralaccess.model.EngineVersion;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.network.Network;
import org.ruralaccess.scenario.Scenario;
import org.ruralaccess.scenario.ScenarioApplier;
import org.ruralaccess.scenario.ScenarioReader;
import org.ruralaccess.support.ProgressListener;

/**
 * {@code rae export-gtfs}: the timetable the router runs on one date, optionally with a scenario
 * applied, written as a GTFS feed (see docs/gtfs.md, "Exporting a day's timetable"). The scenario
 * and the date are checked in full before anything is written.
 */
public final class ExportGtfsOperation {

  /**
   * What the feed holds: trips of the date and of the day before still running after midnight,
   * stops, routes, stay-seated through runs written as blocks, and transfers.txt rows.
   */
  public record Result(
      int sameDayTrips,
      int previousDayTrips,
      int stops,
      int routes,
      int throughRuns,
      int transferRules) {

    public int trips() {
      return sameDayTrips + previousDayTrips;
    }
  }

  private ExportGtfsOperation() {}

  /**
   * Writes the feed of {@code date} to {@code out} (a zip, replaced atomically).
   *
   * @param scenarioFile a scenario to apply first, or null for the network as built
   */
  public static Result write(
      LoadedNetwork loaded,
      Path scenarioFile,
      LocalDate date,
      Path out,
      ProgressListener progress) {
    Scenario scenario = scenarioFile == null ? null : ScenarioReader.read(scenarioFile);
    Network network = loaded.network();
    ServiceDateCheck.warnOrFail(network, date, TravelMode.TRANSIT, progress);
    String version = "rae " + EngineVersion.current() + ", " + network.info().regionName();
    if (scenario != null) {
      network = ScenarioApplier.apply(scenario, network).network();
      version += ", scenario '" + scenario.name() + "'";
    }
    GtfsFeedWriter.Summary feed =
        GtfsFeedWriter.write(network.transit(), date, version + ", " + date, out);
    return new Result(
        feed.sameDayTrips(),
        feed.previousDayTrips(),
        feed.stops(),
        feed.routes(),
        feed.throughRuns(),
        feed.transferRules());
  }
}
