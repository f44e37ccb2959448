package org.ruralaccess.ingest.gtfs;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.onebusaway.csv_entities.exceptions.CsvEntityIOException;
import org.onebusaway.gtfs.model.Route;
import org.onebusaway.gtfs.model.Stop;
import org.onebusaway.gtfs.model.Trip;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;

/**
 * Reads one GTFS feed with OneBusAway GTFS 14.x, after checks of its own that give the file, line
 * and field of unusable input (see {@link GtfsCsvChecks}). Duplicate ids become {@code
 * DUPLICATE_ID} warnings (the first row wins); unknown references are left for the network builder
 * to skip with a warning.
 */
public final class GtfsFeedReader {

  private static final Map<Class<?>, String> FILE_OF_TYPE =
      Map.of(Stop.class, "stops.txt", Route.class, "routes.txt", Trip.class, "trips.txt");

  private GtfsFeedReader() {}

  /**
   * @throws BadInputException for a missing path, a corrupt zip, a missing required file or column,
   *     an impossible time, or a value OneBusAway cannot parse
   */
  public static GtfsFeed read(GtfsFeedSource source, ImportIssues issues) {
    GtfsFeedFiles files = GtfsFeedFiles.open(source.path());
    try {
      GtfsCsvChecks.checkRequiredFiles(files);
      GtfsCsvChecks.checkHeaders(files);
      GtfsCsvChecks.checkTimes(files, "stop_times.txt", List.of("arrival_time", "departure_time"));
      GtfsCsvChecks.checkTimes(files, "frequencies.txt", List.of("start_time", "end_time"));
      GtfsCsvChecks.checkCoordinates(files);
      GtfsCsvChecks.checkCalendarRanges(files);
      LenientGtfsReader reader = new LenientGtfsReader();
      LineTrackingDao dao = new LineTrackingDao();
      reader.setInputLocation(source.path().toFile());
      reader.setEntityStore(dao);
      reader.setOverwriteDuplicates(true); // our store keeps the first and reports the rest
      reader.run();
      reader.close();
      reportDuplicates(files, dao, issues);
      return new GtfsFeed(source.feedId(), files, dao, reader.placeholders());
    } catch (CsvEntityIOException e) {
      String where =
          BadInputException.at(
                  files.label(e.getPath()),
                  e.getLineNumber(),
                  null,
                  "cannot be read: " + rootMessage(e))
              .getMessage();
      throw new BadInputException(where, e);
    } catch (IOException | RuntimeException e) {
      if (e instanceof BadInputException bad) {
        throw bad;
      }
      throw new BadInputException(files.path() + ": cannot be read as GTFS: " + rootMessage(e), e);
    } finally {
      closeQuietly(files);
    }
  }

  private static void reportDuplicates(
      GtfsFeedFiles files, LineTrackingDao dao, ImportIssues issues) {
    for (LineTrackingDao.Duplicate duplicate : dao.duplicates()) {
      String file = FILE_OF_TYPE.getOrDefault(duplicate.type(), duplicate.type().getSimpleName());
      issues.add(
          ImportIssue.of(
              Severity.WARNING,
              "DUPLICATE_ID",
              files.label(file),
              duplicate.line(),
              duplicate.id(),
              "id " + duplicate.id() + " is defined again; the first definition is kept"));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  private static void closeQuietly(GtfsFeedFiles files) {
    try {
      files.close();
    } catch (IOException e) {
      // Nothing was written; a failure to close a read-only archive changes no result.
    }
  }
}
