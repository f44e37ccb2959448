package org.ruralaccess.ingest.gtfs;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.support.CsvReader;
import org.ruralaccess.support.CsvRow;

/**
 * Checks made on the raw CSV before OneBusAway reads it, because OneBusAway either stops with a
 * message that lacks the field (letters in a time) or accepts impossible values ({@code 25:61:00}
 * becomes 25 h 61 min). Each failure is a {@link BadInputException} naming file, line and field.
 */
final class GtfsCsvChecks {

  /** Files and the columns this engine needs in them; optional files are checked when present. */
  static final Map<String, List<String>> REQUIRED_COLUMNS =
      Map.of(
          "agency.txt", List.of("agency_name", "agency_timezone"),
          "stops.txt", List.of("stop_id"),
          "routes.txt", List.of("route_id", "route_type"),
          "trips.txt", List.of("route_id", "service_id", "trip_id"),
          "stop_times.txt",
              List.of("trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence"),
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
          "calendar_dates.txt", List.of("service_id", "date", "exception_type"),
          "frequencies.txt", List.of("trip_id", "start_time", "end_time", "headway_secs"),
          "transfers.txt", List.of("from_stop_id", "to_stop_id", "transfer_type"));

  /** Files {@link #checkTimes} and {@link #checkCoordinates} read in full. */
  private static final Set<String> READ_BY_VALUE_CHECKS =
      Set.of("stop_times.txt", "frequencies.txt", "stops.txt");

  static final List<String> ALWAYS_REQUIRED =
      List.of("agency.txt", "stops.txt", "routes.txt", "trips.txt", "stop_times.txt");

  private GtfsCsvChecks() {}

  static void checkRequiredFiles(GtfsFeedFiles files) {
    for (String name : ALWAYS_REQUIRED) {
      if (!files.has(name)) {
        String folder = files.nestedFolder();
        throw new BadInputException(
            files.label(name)
                + ": required GTFS file is missing from "
                + files.path()
                + (folder == null
                    ? ""
                    : "; the zip has its files inside the folder '"
                        + folder
                        + "': GTFS needs them at the top of the zip (zip the files, not their"
                        + " folder)"));
      }
    }
    if (!files.has("calendar.txt") && !files.has("calendar_dates.txt")) {
      throw new BadInputException(
          files.label("calendar.txt")
              + ": neither calendar.txt nor calendar_dates.txt is present; GTFS needs at least one");
    }
  }

  /**
   * Every file the engine reads has a header with the columns it needs, and is UTF-8 throughout
   * (OneBusAway would read other bytes as U+FFFD without a word). Files read in full by the value
   * checks below are decoded there rather than twice.
   */
  static void checkHeaders(GtfsFeedFiles files) {
    for (String name : REQUIRED_COLUMNS.keySet().stream().sorted().toList()) {
      if (files.has(name)) {
        try (CsvReader csv = files.csv(name)) {
          csv.requireHeader("a header line");
          for (String column : REQUIRED_COLUMNS.get(name)) {
            csv.header().requiredColumn(column);
          }
          if (!READ_BY_VALUE_CHECKS.contains(name)) {
            csv.forEach(row -> {}); // decodes every byte: a non-UTF-8 byte is named with its line
          }
        }
      }
    }
  }

  /** Checks one non-blank value; throws a {@link BadInputException} naming file, line, field. */
  @FunctionalInterface
  interface ValueCheck {
    void check(String file, long line, String column, String value);
  }

  /**
   * Every non-blank value of the given time columns must be {@code H:MM:SS} with minutes and
   * seconds 00-59 (hours may pass 24). Blank values are left to interpolation.
   */
  static void checkTimes(GtfsFeedFiles files, String fileName, List<String> columns) {
    checkValues(files, fileName, columns, GtfsCsvChecks::checkTime);
  }

  /** Every non-blank stop_lat and stop_lon must be a number of decimal degrees in range. */
  static void checkCoordinates(GtfsFeedFiles files) {
    checkValues(files, "stops.txt", List.of("stop_lat", "stop_lon"), GtfsCsvChecks::checkDegrees);
  }

  static void checkValues(
      GtfsFeedFiles files, String fileName, List<String> columns, ValueCheck check) {
    if (!files.has(fileName)) {
      return;
    }
    try (CsvReader csv = files.csv(fileName)) {
      int[] indexes = columns.stream().mapToInt(csv.header()::column).toArray();
      for (CsvRow row : csv) {
        for (int c = 0; c < indexes.length; c++) {
          String value = row.trimmed(indexes[c]);
          if (!value.isEmpty()) {
            check.check(files.label(fileName), row.line(), columns.get(c), value);
          }
        }
      }
    }
  }

  /**
   * Every calendar.txt row has {@code start_date} and {@code end_date} as {@code YYYYMMDD} and ends
   * on or after it starts: a range running backwards has no day, so its service would silently
   * never run (gtfs-validator: {@code start_and_end_range_out_of_order}, an error).
   */
  static void checkCalendarRanges(GtfsFeedFiles files) {
    if (!files.has("calendar.txt")) {
      return;
    }
    try (CsvReader csv = files.csv("calendar.txt")) {
      int start = csv.header().column("start_date");
      int end = csv.header().column("end_date");
      for (CsvRow row : csv) {
        String label = files.label("calendar.txt");
        LocalDate from = date(label, row.line(), "start_date", row.trimmed(start));
        LocalDate to = date(label, row.line(), "end_date", row.trimmed(end));
        if (to.isBefore(from)) {
          throw BadInputException.at(
              label,
              row.line(),
              "end_date",
              "'"
                  + row.trimmed(end)
                  + "' is before start_date '"
                  + row.trimmed(start)
                  + "'; the service would never run");
        }
      }
    }
  }

  private static LocalDate date(String file, long line, String column, String value) {
    try {
      return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
    } catch (DateTimeParseException e) {
      throw BadInputException.at(
          file, line, column, "'" + value + "' is not a date; expected YYYYMMDD");
    }
  }

  private static void checkDegrees(String file, long line, String column, String value) {
    double limit = column.equals("stop_lat") ? 90 : 180;
    try {
      double degrees = Double.parseDouble(value);
      if (Double.isFinite(degrees) && Math.abs(degrees) <= limit) {
        return;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw BadInputException.at(
        file,
        line,
        column,
        "'"
            + value
            + "' is not a coordinate; expected WGS84 decimal degrees within +/-"
            + (int) limit);
  }

  private static void checkTime(String file, long line, String column, String value) {
    if (value.split(":", -1).length != 3) {
      throw BadInputException.at(
          file, line, column, "'" + value + "' is not a time; expected HH:MM:SS");
    }
    try {
      ClockTime.parseSeconds(value);
    } catch (IllegalArgumentException e) {
      throw BadInputException.at(file, line, column, e.getMessage());
    }
  }
}
