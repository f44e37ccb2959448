package org.ruralaccess.ingest.destinations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ruralaccess.ingest.postcodes.PostcodeIndex;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationCategory;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.support.CsvReader;
import org.ruralaccess.support.CsvRow;

/**
 * Reads GP practices from NHS ODS {@code epraccur} (prescribing cost centres): no header, 27
 * columns, of which we use column 1 organisation code, 2 name, 10 postcode, 13 status code ({@code
 * A}ctive, {@code C}losed, {@code D}ormant, {@code P}roposed) and 26 prescribing setting ({@code 4}
 * = GP practice; the others are out-of-hours, walk-in centres, prisons, ...). Active GP practices
 * are kept, geocoded by postcode: the file has no coordinates. Category {@code gp}, id the ODS
 * code, weight 1.
 */
final class EpraccurReader {

  private static final int CODE = 0;
  private static final int NAME = 1;
  private static final int POSTCODE = 9;
  private static final int STATUS = 12;
  private static final int PRESCRIBING_SETTING = 25;
  private static final String GP_PRACTICE = "4";

  private EpraccurReader() {}

  static List<Destination> read(
      Path file, Set<String> postcodeAreas, DestinationLocator locator, ImportIssues issues) {
    if (!locator.hasPostcodes()) {
      throw BadInputException.at(
          file.toString(),
          0,
          null,
          "epraccur has no coordinates and is geocoded by postcode: give the region's Code-Point"
              + " Open postcode files");
    }
    List<Destination> destinations = new ArrayList<>();
    IssueTally tally = new IssueTally(file.toString());
    try (CsvReader csv = DestinationFiles.openHeaderless(file)) {
      for (CsvRow row : csv) {
        readRow(file, row.line(), row.fields(), postcodeAreas, locator, tally)
            .ifPresent(destinations::add);
      }
      csv.requireRows("NHS ODS epraccur rows (27 fields, no header)");
    }
    tally.reportTo(issues);
    return destinations;
  }

  private static Optional<Destination> readRow(
      Path file,
      long line,
      List<String> fields,
      Set<String> postcodeAreas,
      DestinationLocator locator,
      IssueTally tally) {
    if (fields.size() <= PRESCRIBING_SETTING) {
      throw BadInputException.at(
          file.toString(),
          line,
          null,
          "has "
              + fields.size()
              + " fields; NHS ODS epraccur rows have 27 (code, name, ..., postcode in 10, status"
              + " in 13, prescribing setting in 26) and no header");
    }
    String code = fields.get(CODE).trim();
    String postcode = fields.get(POSTCODE).trim();
    if (!fields.get(STATUS).trim().equals("A")
        || !fields.get(PRESCRIBING_SETTING).trim().equals(GP_PRACTICE)
        || !(postcodeAreas.isEmpty() || postcodeAreas.contains(area(postcode)))) {
      return Optional.empty();
    }
    Optional<Coordinate> position = locator.fromPostcode(postcode);
    if (position.isEmpty()) {
      tally.add(
          Severity.WARNING,
          "POSTCODE_NOT_GEOCODED",
          "active GP practices have a postcode that is not in the postcode index and were skipped",
          line,
          code,
          code + " (" + (postcode.isEmpty() ? "no postcode" : postcode) + ", line " + line + ")");
      return Optional.empty();
    }
    return Optional.of(
        new Destination(
            code,
            fields.get(NAME).trim(),
            DestinationCategory.GP.key(),
            position.get().lat(),
            position.get().lon(),
            1));
  }

  /** The postcode area: the leading letters ({@code "DT"} of {@code "DT1 2JY"}). */
  static String area(String postcode) {
    String normalised = PostcodeIndex.normalise(postcode);
    int end = 0;
    while (end < normalised.length() && Character.isLetter(normalised.charAt(end))) {
      end++;
    }
    return normalised.substring(0, end).toUpperCase(Locale.ROOT);
  }
}
