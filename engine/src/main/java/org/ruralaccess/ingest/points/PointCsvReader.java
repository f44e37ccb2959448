package org.ruralaccess.ingest.points;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.support.CsvEncoding;
import org.ruralaccess.support.CsvReader;
import org.ruralaccess.support.CsvRow;

/**
 * Reads points from CSV: a header with {@code id}, {@code lat} and {@code lon} (WGS84; also
 * accepted: {@code latitude}/{@code longitude}), in any order, plus optional numeric columns kept
 * as values (empty cells are 0). Read by {@link CsvReader} (UTF-8, or Windows-1252 when saved from
 * Excel). Any bad row, and a file with no rows, stops the read with the file, line and field named.
 */
public final class PointCsvReader {

  private PointCsvReader() {}

  public static PointSet read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": file not found");
    }
    try (CsvReader csv = CsvReader.open(file, CsvEncoding.UTF8_OR_WINDOWS_1252)) {
      csv.requireHeader("a header id,lat,lon");
      List<String> header = csv.header().names();
      int idColumn = column(header, file, "id", "id");
      int latColumn = column(header, file, "lat", "latitude");
      int lonColumn = column(header, file, "lon", "longitude");
      PointSet points = readRows(file, csv, header, idColumn, latColumn, lonColumn);
      csv.requireRows("one row per point: id,lat,lon");
      return points;
    }
  }

  /**
   * Why {@code column} of a point file read by {@link #read} is not among its numeric values: the
   * first cell that is not a number (with its line), or the column missing; for a message naming
   * file, line and field.
   */
  public static BadInputException notNumeric(Path file, String column, String purpose) {
    try (CsvReader csv = CsvReader.open(file, CsvEncoding.UTF8_OR_WINDOWS_1252)) {
      int index = csv.header().column(column);
      if (index < 0) {
        return BadInputException.at(
            file.toString(),
            1,
            column,
            "no column '"
                + column
                + "' for "
                + purpose
                + "; the header is "
                + String.join(",", csv.header().names()));
      }
      for (CsvRow row : csv) {
        String cell = row.trimmed(index);
        if (!cell.isEmpty() && Double.isNaN(parseOrNaN(cell))) {
          return BadInputException.at(
              file.toString(),
              row.line(),
              column,
              "'" + cell + "' is not a number (" + purpose + "; an empty cell counts as 0)");
        }
      }
    }
    return BadInputException.at(file.toString(), 1, column, "not a numeric column");
  }

  private static PointSet readRows(
      Path file, CsvReader csv, List<String> header, int idColumn, int latColumn, int lonColumn) {
    List<String> ids = new ArrayList<>();
    List<double[]> positions = new ArrayList<>();
    Map<String, List<Double>> extra = new LinkedHashMap<>();
    for (int c = 0; c < header.size(); c++) {
      if (c != idColumn && c != latColumn && c != lonColumn) {
        extra.put(header.get(c).trim(), new ArrayList<>());
      }
    }
    Set<String> seen = new HashSet<>();
    for (CsvRow row : csv) {
      long lineNumber = row.line();
      List<String> fields = row.fields();
      if (fields.size() != header.size()) {
        throw BadInputException.at(
            file.toString(),
            lineNumber,
            null,
            "has " + fields.size() + " fields; the header has " + header.size());
      }
      String id = fields.get(idColumn).trim();
      if (id.isEmpty() || !seen.add(id)) {
        throw BadInputException.at(
            file.toString(),
            lineNumber,
            header.get(idColumn),
            id.isEmpty() ? "empty id" : "id '" + id + "' appears twice; ids must be unique");
      }
      double lat = number(file, lineNumber, header.get(latColumn), fields.get(latColumn), -90, 90);
      double lon =
          number(file, lineNumber, header.get(lonColumn), fields.get(lonColumn), -180, 180);
      ids.add(id);
      positions.add(new double[] {lat, lon});
      for (int c = 0; c < header.size(); c++) {
        List<Double> values = extra.get(header.get(c).trim());
        if (values != null && c != idColumn) {
          String cell = fields.get(c).trim();
          values.add(cell.isEmpty() ? 0 : parseOrNaN(cell));
        }
      }
    }
    double[] lats = positions.stream().mapToDouble(p -> p[0]).toArray();
    double[] lons = positions.stream().mapToDouble(p -> p[1]).toArray();
    Map<String, double[]> values = new LinkedHashMap<>();
    extra.forEach(
        (name, list) -> {
          if (list.stream().noneMatch(v -> v.isNaN())) { // text columns (names) are not values
            values.put(name, list.stream().mapToDouble(Double::doubleValue).toArray());
          }
        });
    return new PointSet(file.toString(), List.copyOf(ids), lats, lons, values);
  }

  private static double parseOrNaN(String cell) {
    try {
      return Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static double number(
      Path file, long line, String field, String text, double min, double max) {
    try {
      double value = Double.parseDouble(text.trim());
      if (value < min || value > max || !Double.isFinite(value)) {
        throw BadInputException.at(
            file.toString(), line, field, "'" + text + "' is out of range " + min + " to " + max);
      }
      return value;
    } catch (NumberFormatException e) {
      throw BadInputException.at(
          file.toString(), line, field, "'" + text + "' is not a number (WGS84 decimal degrees)");
    }
  }

  private static int column(List<String> header, Path file, String name, String alternative) {
    for (int c = 0; c < header.size(); c++) {
      String column = header.get(c).trim().toLowerCase(Locale.ROOT);
      if (column.equals(name) || column.equals(alternative)) {
        return c;
      }
    }
    throw BadInputException.at(
        file.toString(),
        1,
        name,
        "missing column '"
            + name
            + "'; expected a header with id,lat,lon (WGS84), found: "
            + String.join(",", header));
  }
}
