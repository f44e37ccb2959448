package org.ruralaccess.ingest.destinations;

import static org.ruralaccess.ingest.destinations.GiasColumns.cell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationCategory;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.support.CsvReader;
import org.ruralaccess.support.CsvRow;

/**
 * Reads schools and colleges from a GIAS establishments file (published or converted layout, see
 * {@link GiasColumns}); the category rules are in {@link GiasClassification}. Only open
 * establishments of the requested local authorities are read. Id is the URN, weight 1.
 *
 * <p>Position: latitude/longitude when the file has them, else Easting/Northing (the published
 * extract has only these), else the postcode. Rows with a broken field count (the converted file
 * has a dozen, where a replacement character swallowed a quote) and rows with no usable position
 * are reported as warnings with counts and examples; establishments that are not destinations
 * (independent, special, ...) are reported once as INFO so the totals can be reconciled.
 */
final class GiasReader {

  private GiasReader() {}

  static List<Destination> read(
      Path file, Set<String> laCodes, DestinationLocator locator, ImportIssues issues) {
    List<Destination> destinations = new ArrayList<>();
    IssueTally tally = new IssueTally(file.toString());
    Set<String> wantedLaCodes = new HashSet<>(laCodes);
    try (CsvReader csv = DestinationFiles.open(file)) {
      csv.requireHeader("a GIAS establishments header (URN, LA (code), EstablishmentName, ...)");
      GiasColumns columns = GiasColumns.of(file, csv.header().names());
      for (CsvRow row : csv) {
        readRow(columns, row.line(), row.fields(), wantedLaCodes, locator, tally)
            .ifPresent(destinations::add);
      }
      csv.requireRows("one row per establishment");
    }
    tally.reportTo(issues);
    return destinations;
  }

  private static Optional<Destination> readRow(
      GiasColumns columns,
      long line,
      List<String> fields,
      Set<String> laCodes,
      DestinationLocator locator,
      IssueTally tally) {
    if (fields.size() != columns.count()) {
      tally.add(
          Severity.WARNING,
          "MALFORMED_ROW",
          "rows with a wrong number of fields (broken quoting) were skipped",
          line,
          null,
          "line " + line + " has " + fields.size() + " fields, the header " + columns.count());
      return Optional.empty();
    }
    String urn = cell(fields, columns.urn());
    if (!laCodes.isEmpty() && !laCodes.contains(cell(fields, columns.laCode()))) {
      return Optional.empty();
    }
    if (!GiasClassification.isOpen(cell(fields, columns.status()))) {
      return Optional.empty();
    }
    String name = cell(fields, columns.name());
    String type = cell(fields, columns.type());
    Optional<DestinationCategory> category =
        GiasClassification.category(
            type, cell(fields, columns.typeGroup()), cell(fields, columns.phase()));
    if (category.isEmpty()) {
      tally.add(
          Severity.INFO,
          "GIAS_NOT_A_DESTINATION",
          "open establishments are not schools or colleges the indicators use (independent,"
              + " special, PRU, nursery, ...) and were left out",
          line,
          urn,
          urn + " " + name + " (" + type + ", " + cell(fields, columns.phase()) + ")");
      return Optional.empty();
    }
    Optional<Coordinate> position =
        locator
            .fromLatLon(cell(fields, columns.latitude()), cell(fields, columns.longitude()))
            .or(
                () ->
                    locator.fromBritishNationalGrid(
                        cell(fields, columns.easting()), cell(fields, columns.northing())))
            .or(() -> locator.fromPostcode(cell(fields, columns.postcode())));
    if (position.isEmpty()) {
      tally.add(
          Severity.WARNING,
          "DESTINATION_NOT_LOCATED",
          "establishments have no usable position (latitude/longitude, easting/northing or a"
              + " postcode found in the postcode index) and were skipped",
          line,
          urn,
          urn + " " + name + " (line " + line + ")");
      return Optional.empty();
    }
    return Optional.of(
        new Destination(
            urn, name, category.get().key(), position.get().lat(), position.get().lon(), 1));
  }
}
