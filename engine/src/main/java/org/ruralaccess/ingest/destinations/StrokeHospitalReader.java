package org.ruralaccess.ingest.destinations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationCategory;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.support.CsvReader;
import org.ruralaccess.support.CsvRow;

/**
 * Reads hospitals from the acute stroke unit list of the SAMueL project ({@code
 * hospital,lat,long,Strategic Clinical Network,Stroke Team,Local}; {@code hospital} is the postcode
 * without a space). Every acute stroke unit sits in a hospital with an emergency department, so the
 * list stands in for "hospitals with A&amp;E"; users with a better list give it as a generic CSV
 * with category {@code hospital}. Id is the postcode as written, name the stroke team, category
 * {@code hospital}, weight 1. A row without usable coordinates is geocoded by its postcode.
 */
final class StrokeHospitalReader {

  private StrokeHospitalReader() {}

  static List<Destination> read(Path file, DestinationLocator locator, ImportIssues issues) {
    List<Destination> destinations = new ArrayList<>();
    IssueTally tally = new IssueTally(file.toString());
    try (CsvReader csv = DestinationFiles.open(file)) {
      csv.requireHeader("a header");
      int[] columns = columns(file, csv.header().names());
      for (CsvRow row : csv) {
        readRow(columns, row.line(), row.fields(), locator, tally).ifPresent(destinations::add);
      }
      csv.requireRows("one row per acute stroke unit");
    }
    tally.reportTo(issues);
    return destinations;
  }

  private static Optional<Destination> readRow(
      int[] columns, long line, List<String> fields, DestinationLocator locator, IssueTally tally) {
    if (fields.size() <= max(columns)) {
      tally.add(
          Severity.WARNING,
          "MALFORMED_ROW",
          "rows with too few fields were skipped",
          line,
          null,
          "line " + line);
      return Optional.empty();
    }
    String postcode = fields.get(columns[0]).trim();
    Optional<Coordinate> position =
        locator
            .fromLatLon(fields.get(columns[1]), fields.get(columns[2]))
            .or(() -> locator.fromPostcode(postcode));
    if (position.isEmpty()) {
      tally.add(
          Severity.WARNING,
          "DESTINATION_NOT_LOCATED",
          "hospitals have no usable lat/long and a postcode not in the postcode index; skipped",
          line,
          postcode,
          postcode + " (line " + line + ")");
      return Optional.empty();
    }
    String name = fields.get(columns[3]).trim();
    return Optional.of(
        new Destination(
            postcode,
            name.isEmpty() ? postcode : name,
            DestinationCategory.HOSPITAL.key(),
            position.get().lat(),
            position.get().lon(),
            1));
  }

  private static int[] columns(Path file, List<String> header) {
    String[] names = {"hospital", "lat", "long", "stroke team"};
    int[] columns = new int[names.length];
    for (int n = 0; n < names.length; n++) {
      columns[n] = -1;
      for (int c = 0; c < header.size(); c++) {
        if (header.get(c).trim().toLowerCase(Locale.ROOT).equals(names[n])) {
          columns[n] = c;
        }
      }
      if (columns[n] < 0) {
        throw BadInputException.at(
            file.toString(),
            1,
            names[n],
            "missing column; expected the stroke unit list header"
                + " hospital,lat,long,Strategic Clinical Network,Stroke Team,Local; found: "
                + String.join(",", header));
      }
    }
    return columns;
  }

  private static int max(int[] values) {
    int max = values[0];
    for (int value : values) {
      max = Math.max(max, value);
    }
    return max;
  }
}
