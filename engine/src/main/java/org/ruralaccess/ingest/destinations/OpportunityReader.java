package org.ruralaccess.ingest.destinations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.ingest.points.PointCsvReader;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationCategory;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.model.point.PointSet;

/**
 * Reads an r5r-style point set ({@code id,lon,lat} plus opportunity count columns such as {@code
 * schools}, {@code jobs}, {@code healthcare}) as one destination per point and counted column,
 * weight = the count; points with a zero or empty count are not destinations of that category.
 * Columns map to categories by the {@code columns} option ({@code column:category,...}); without
 * it, every numeric column whose name is a category key is used. Negative counts are reported and
 * skipped.
 */
final class OpportunityReader {

  private OpportunityReader() {}

  static List<Destination> read(Path file, List<String> columnOption, ImportIssues issues) {
    PointSet points = PointCsvReader.read(file);
    Map<String, DestinationCategory> columns = columns(file, points, columnOption);
    List<Destination> destinations = new ArrayList<>();
    IssueTally tally = new IssueTally(file.toString());
    columns.forEach(
        (column, category) -> {
          double[] counts = points.values().get(column);
          for (int p = 0; p < points.size(); p++) {
            if (counts[p] < 0) {
              tally.add(
                  Severity.WARNING,
                  "NEGATIVE_OPPORTUNITY_COUNT",
                  "negative opportunity counts were skipped",
                  p + 2L,
                  points.id(p),
                  points.id(p) + " " + column + "=" + counts[p] + " (line " + (p + 2) + ")");
            } else if (counts[p] > 0) {
              destinations.add(
                  new Destination(
                      points.id(p),
                      points.id(p),
                      category.key(),
                      points.lat(p),
                      points.lon(p),
                      counts[p]));
            }
          }
        });
    tally.reportTo(issues);
    return destinations;
  }

  private static Map<String, DestinationCategory> columns(
      Path file, PointSet points, List<String> columnOption) {
    Map<String, DestinationCategory> columns = new LinkedHashMap<>();
    if (columnOption.isEmpty()) {
      for (String column : points.values().keySet()) {
        DestinationCategory.fromKey(column).ifPresent(category -> columns.put(column, category));
      }
      if (columns.isEmpty()) {
        throw BadInputException.at(
            file.toString(),
            1,
            null,
            "no opportunity column is named like a category ("
                + DestinationCsvReader.knownKeys()
                + "); map columns with the option columns: column:category,...; numeric"
                + " columns found: "
                + String.join(",", points.values().keySet()));
      }
      return columns;
    }
    for (String entry : columnOption) {
      String[] parts = entry.split(":", -1);
      String column = parts[0].trim();
      String categoryKey = parts.length == 2 ? parts[1].trim() : "";
      if (parts.length != 2 || column.isEmpty()) {
        throw new BadInputException(
            file + ": option columns: '" + entry + "' is not column:category");
      }
      if (!points.values().containsKey(column)) {
        throw new BadInputException(
            file
                + ": option columns: no numeric column '"
                + column
                + "'; numeric columns: "
                + String.join(",", points.values().keySet()));
      }
      DestinationCategory category =
          DestinationCategory.fromKey(categoryKey)
              .orElseThrow(
                  () ->
                      new BadInputException(
                          file
                              + ": option columns: unknown category '"
                              + categoryKey
                              + "'; known categories: "
                              + DestinationCsvReader.knownKeys()));
      columns.put(column, category);
    }
    return columns;
  }
}
