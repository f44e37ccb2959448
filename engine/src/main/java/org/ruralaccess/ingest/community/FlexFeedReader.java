package org.ruralaccess.ingest.community;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.onebusaway.gtfs.impl.GtfsRelationalDaoImpl;
import org.onebusaway.gtfs.serialization.GtfsReader;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.support.CsvEncoding;
import org.ruralaccess.support.CsvReader;
import org.ruralaccess.support.CsvSource;

/**
 * Reads the GTFS-Flex v2 part of a feed (folder or zip) into {@link Scheme}s, one per flex trip.
 *
 * <p>OneBusAway GTFS 14.2.0 reads most of Flex and is used for it: {@code location_groups.txt},
 * {@code location_group_stops.txt}, {@code booking_rules.txt}, the flex columns of {@code
 * stop_times.txt} (windows, booking rule ids, mean/safe duration factor and offset, and the older
 * form where {@code stop_id} names a zone), and calendars. Read by hand here: the geometries of
 * {@code locations.geojson} (OneBusAway gives org.geojson objects; we want JTS, with errors naming
 * the feature), and the header of {@code stop_times.txt}, to report the non-standard column {@code
 * dropoff_booking_rule_id} (CobbLinc) that OneBusAway silently ignores, and the line of every
 * stop_times row, so that issues name it (both through the one CSV reader, which also refuses bytes
 * that are not UTF-8 with the line, where OneBusAway would read them as U+FFFD).
 */
public final class FlexFeedReader {

  private FlexFeedReader() {}

  /** The flex trips of {@code feed} as schemes with ids {@code <feedId>:<trip_id>}. */
  public static List<Scheme> read(Path feed, String feedId, ImportIssues issues) {
    if (!Files.exists(feed)) {
      throw new BadInputException(feed + ": GTFS-Flex feed not found");
    }
    // our own reading of locations.geojson first: it names the bad feature, OneBusAway does not
    Map<String, Geometry> zones;
    StopTimeLines lines;
    try (FileSystem zip = isZip(feed) ? FileSystems.newFileSystem(feed) : null) {
      Path root = zip == null ? feed : zip.getPath("/");
      zones = zones(root, feed);
      checkStopTimesHeader(root, feed, issues);
      lines = StopTimeLines.read(root, feed + "/stop_times.txt");
    } catch (IOException e) {
      throw new BadInputException(feed + ": cannot be read: " + e.getMessage(), e);
    }
    GtfsRelationalDaoImpl dao = new GtfsRelationalDaoImpl();
    try {
      GtfsReader reader = new GtfsReader();
      reader.setInputLocation(feed.toFile());
      reader.setEntityStore(dao);
      reader.run();
    } catch (IOException | RuntimeException | LinkageError e) {
      // LinkageError: OneBusAway's org.geojson reader fails this way on some bad geometries with
      // the Jackson version in use; our own reading above reports those first, with the feature
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new BadInputException(
          feed + ": GTFS-Flex feed cannot be read: " + e.getMessage() + " (" + cause + ")", e);
    }
    return new FlexTrips(dao, zones, lines, feedId, feed.toString(), issues).schemes();
  }

  private static boolean isZip(Path feed) {
    return Files.isRegularFile(feed) && feed.getFileName().toString().endsWith(".zip");
  }

  private static Map<String, Geometry> zones(Path root, Path feed) throws IOException {
    Path file = root.resolve("locations.geojson");
    if (!Files.exists(file)) {
      return Map.of();
    }
    try (InputStream in = Files.newInputStream(file)) {
      return GeoJsonAreas.readFeatures(in, feed + "/locations.geojson", null, true);
    }
  }

  private static void checkStopTimesHeader(Path root, Path feed, ImportIssues issues) {
    Path file = root.resolve("stop_times.txt");
    if (!Files.exists(file)) {
      return;
    }
    List<String> columns;
    try (CsvReader csv =
        CsvReader.open(CsvSource.of(file, feed + "/stop_times.txt"), CsvEncoding.UTF8)) {
      columns = csv.header().names();
    }
    if (columns.contains("dropoff_booking_rule_id")
        && !columns.contains("drop_off_booking_rule_id")) {
      issues.add(
          ImportIssue.of(
              Severity.WARNING,
              "FLEX_NONSTANDARD_COLUMN",
              feed + "/stop_times.txt",
              1,
              null,
              "column 'dropoff_booking_rule_id' is not GTFS (expected 'drop_off_booking_rule_id');"
                  + " drop-off booking rules ignored, pickup rules used"));
    }
  }
}
