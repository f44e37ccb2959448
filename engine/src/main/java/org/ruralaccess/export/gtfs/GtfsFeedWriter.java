package org.ruralaccess.export.gtfs;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ruralaccess.export.AtomicWriter;
import org.ruralaccess.network.DayTrips;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * Writes one date of a network's timetable as a GTFS feed (zip): the trips the router runs that day
 * with every time explicit (blanks already interpolated, frequencies already expanded, times past
 * 24:00:00 kept), so that another tool routes exactly what this engine routes. See {@code
 * docs/gtfs.md} ("Exporting a day's timetable") for what each file holds and why.
 *
 * <p>Services: the day's trips run on service {@code YYYYMMDD} of the date; the previous day's
 * trips still running after midnight keep their times (past 24:00:00) on service {@code YYYYMMDD}
 * of the day before, with {@code @YYYYMMDD} of that day appended to their trip and block ids, since
 * the same trip may also run on the date itself. {@code calendar.txt} makes each service run on its
 * one day. Blocks: {@code block_id} is written only on the stay-seated through runs the router
 * models (consecutive trips of a block continuing from the same stop), one block per run, so a
 * consumer joins exactly those trips.
 *
 * <p>Same network and date, same bytes; written to a temporary sibling and renamed.
 */
public final class GtfsFeedWriter {

  static final DateTimeFormatter GTFS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  /**
   * What the feed holds.
   *
   * @param sameDayTrips trips of the date itself
   * @param previousDayTrips trips of the day before, still running after midnight
   * @param throughRuns blocks written (stay-seated through runs)
   * @param transferRules rows of transfers.txt
   */
  public record Summary(
      int sameDayTrips,
      int previousDayTrips,
      int stops,
      int routes,
      int agencies,
      int throughRuns,
      int transferRules) {

    public int trips() {
      return sameDayTrips + previousDayTrips;
    }
  }

  private GtfsFeedWriter() {}

  /**
   * Writes the feed of {@code date} to {@code out}.
   *
   * @param feedVersion written as feed_info.txt's feed_version (say which network and scenario)
   */
  public static Summary write(
      TransitNetwork transit, LocalDate date, String feedVersion, Path out) {
    DayTrips day = DayTrips.of(transit, date);
    GtfsFeedRows rows = GtfsFeedRows.of(transit, day, feedVersion);
    AtomicWriter.write(
        out,
        stream -> {
          try (GtfsZipWriter zip = new GtfsZipWriter(stream)) {
            write(zip, rows);
          }
        });
    return rows.summary();
  }

  private static void write(GtfsZipWriter zip, GtfsFeedRows rows) throws IOException {
    zip.file(
        "agency.txt",
        List.of("agency_id", "agency_name", "agency_url", "agency_timezone"),
        rows.agencies());
    zip.file("stops.txt", List.of("stop_id", "stop_name", "stop_lat", "stop_lon"), rows.stops());
    zip.file(
        "routes.txt",
        List.of("route_id", "agency_id", "route_short_name", "route_long_name", "route_type"),
        rows.routes());
    zip.file("trips.txt", List.of("route_id", "service_id", "trip_id", "block_id"), rows.trips());
    zip.file(
        "stop_times.txt",
        List.of(
            "trip_id",
            "arrival_time",
            "departure_time",
            "stop_id",
            "stop_sequence",
            "pickup_type",
            "drop_off_type"),
        rows.stopTimes());
    zip.file(
        "calendar.txt",
        List.of(
            "service_id",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "start_date",
            "end_date"),
        rows.calendar());
    if (!rows.transfers().isEmpty()) {
      zip.file(
          "transfers.txt",
          List.of("from_stop_id", "to_stop_id", "transfer_type", "min_transfer_time"),
          rows.transfers());
    }
    zip.file(
        "feed_info.txt",
        List.of(
            "feed_publisher_name",
            "feed_publisher_url",
            "feed_lang",
            "feed_start_date",
            "feed_end_date",
            "feed_version"),
        rows.feedInfo());
  }
}
