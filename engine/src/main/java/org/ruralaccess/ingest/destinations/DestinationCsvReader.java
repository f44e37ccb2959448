package org.ruralaccess.ingest.destinations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationCategory;
import org.ruralaccess.support.CsvReader;
import org.ruralaccess.support.CsvRow;

/**
 * Reads the generic destinations CSV that users write themselves (jobs, food stores, town centres,
 * a better hospital list): header {@code id,name,category,lat,lon,weight} in any order ({@code
 * latitude}/{@code longitude} also accepted; {@code name} optional, default the id; {@code weight}
 * optional, default 1). The category is a {@link DestinationCategory} key, case-insensitive.
 *
 * <p>Because the user wrote the file, problems stop the read: a bad number names file, line and
 * field. Unknown categories are collected over the whole file first and reported in one message
 * with each unknown value, its row count and first line, and the known keys, so one run shows every
 * typo.
 */
final class DestinationCsvReader {

  private record Columns(int id, int name, int category, int lat, int lon, int weight, int count) {}

  private record Unknown(long firstLine, int rows) {}

  private DestinationCsvReader() {}

  static List<Destination> read(Path file) {
    List<Destination> destinations = new ArrayList<>();
    Map<String, Unknown> unknown = new TreeMap<>();
    try (CsvReader csv = DestinationFiles.open(file)) {
      csv.requireHeader("a header id,name,category,lat,lon");
      Columns columns = columns(file, csv.header().names());
      for (CsvRow row : csv) {
        readRow(file, columns, row.line(), row.fields(), unknown, destinations);
      }
      csv.requireRows("one row per destination: id,name,category,lat,lon[,weight]");
    }
    if (!unknown.isEmpty()) {
      throw BadInputException.at(
          file.toString(),
          0,
          "category",
          "unknown categories: "
              + unknown.entrySet().stream()
                  .map(
                      e ->
                          "'"
                              + e.getKey()
                              + "' ("
                              + e.getValue().rows()
                              + " rows, first on line "
                              + e.getValue().firstLine()
                              + ")")
                  .collect(Collectors.joining(", "))
              + "; known categories: "
              + knownKeys());
    }
    return destinations;
  }

  private static void readRow(
      Path file,
      Columns columns,
      long line,
      List<String> fields,
      Map<String, Unknown> unknown,
      List<Destination> destinations) {
    if (fields.size() != columns.count()) {
      throw BadInputException.at(
          file.toString(),
          line,
          null,
          "has " + fields.size() + " fields; the header has " + columns.count());
    }
    String id = fields.get(columns.id()).trim();
    if (id.isEmpty()) {
      throw BadInputException.at(file.toString(), line, "id", "empty id");
    }
    String categoryText = fields.get(columns.category()).trim();
    var category = DestinationCategory.fromKey(categoryText);
    if (category.isEmpty()) {
      unknown.merge(
          categoryText, new Unknown(line, 1), (a, b) -> new Unknown(a.firstLine(), a.rows() + 1));
      return;
    }
    double lat = number(file, line, "lat", fields.get(columns.lat()), -90, 90);
    double lon = number(file, line, "lon", fields.get(columns.lon()), -180, 180);
    double weight =
        columns.weight() < 0 || fields.get(columns.weight()).isBlank()
            ? 1
            : number(file, line, "weight", fields.get(columns.weight()), 0, Double.MAX_VALUE);
    String name = columns.name() < 0 ? "" : fields.get(columns.name()).trim();
    destinations.add(
        new Destination(id, name.isEmpty() ? id : name, category.get().key(), lat, lon, weight));
  }

  private static double number(
      Path file, long line, String field, String text, double min, double max) {
    double value;
    try {
      value = Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw BadInputException.at(
          file.toString(),
          line,
          field,
          "'" + text + "' is not a number" + (field.equals("weight") ? "" : " (WGS84 degrees)"));
    }
    if (!Double.isFinite(value) || value < min || value > max) {
      throw BadInputException.at(
          file.toString(),
          line,
          field,
          "'"
              + text
              + "' is out of range "
              + (max == Double.MAX_VALUE ? ">= 0" : min + " to " + max));
    }
    return value;
  }

  private static Columns columns(Path file, List<String> header) {
    return new Columns(
        column(file, header, true, "id"),
        column(file, header, false, "name"),
        column(file, header, true, "category"),
        column(file, header, true, "lat", "latitude"),
        column(file, header, true, "lon", "longitude"),
        column(file, header, false, "weight"),
        header.size());
  }

  private static int column(Path file, List<String> header, boolean required, String... names) {
    for (int c = 0; c < header.size(); c++) {
      String column = header.get(c).trim().toLowerCase(Locale.ROOT);
      if (Arrays.asList(names).contains(column)) {
        return c;
      }
    }
    if (!required) {
      return -1;
    }
    throw BadInputException.at(
        file.toString(),
        1,
        names[0],
        "missing column '"
            + names[0]
            + "'; expected a header id,name,category,lat,lon,weight (name and weight optional),"
            + " found: "
            + String.join(",", header));
  }

  static String knownKeys() {
    return Arrays.stream(DestinationCategory.values())
        .map(DestinationCategory::key)
        .collect(Collectors.joining(", "));
  }
}
