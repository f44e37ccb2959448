package org.ruralaccess.ingest.zones;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.support.CsvRow;

/**
 * A small CSV file read whole (the zone tables are at most a few MB): header, rows and the line of
 * each row, with columns found by any of several accepted names (case-insensitive), so that both
 * the tidy names of our bundled copies and the published headers are read.
 */
final class ZoneCsv {

  private final Path file;
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<Long> lines = new ArrayList<>();

  private ZoneCsv(Path file, List<String> header) {
    this.file = file;
    this.header = header;
  }

  static ZoneCsv read(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": " + what + " file not found");
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String headerLine = reader.readLine();
      if (headerLine == null) {
        throw BadInputException.at(file.toString(), 1, null, "empty file; expected a header");
      }
      if (headerLine.startsWith("\uFEFF")) {
        headerLine = headerLine.substring(1);
      }
      ZoneCsv csv = new ZoneCsv(file, CsvRow.header(headerLine));
      String line;
      long lineNumber = 1;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        List<String> fields = CsvRow.split(line);
        if (fields.size() < csv.header.size()) {
          throw BadInputException.at(
              file.toString(),
              lineNumber,
              null,
              "has " + fields.size() + " fields; the header has " + csv.header.size());
        }
        csv.rows.add(fields);
        csv.lines.add(lineNumber);
      }
      return csv;
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  Path file() {
    return file;
  }

  String fileName() {
    return file.getFileName().toString();
  }

  int size() {
    return rows.size();
  }

  long line(int row) {
    return lines.get(row);
  }

  String columnName(int column) {
    return header.get(column);
  }

  /** The index of the first column named any of {@code names}, or -1. */
  int findColumn(String... names) {
    for (String name : names) {
      for (int c = 0; c < header.size(); c++) {
        if (header.get(c).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
          return c;
        }
      }
    }
    return -1;
  }

  int column(String what, String... names) {
    int column = findColumn(names);
    if (column < 0) {
      throw BadInputException.at(
          file.toString(),
          1,
          names[0],
          "missing the "
              + what
              + " column; expected one of "
              + String.join(" | ", names)
              + "; found: "
              + String.join(",", header));
    }
    return column;
  }

  String cell(int row, int column) {
    return rows.get(row).get(column).trim();
  }

  double number(int row, int column) {
    String text = cell(row, column);
    try {
      double value = Double.parseDouble(text);
      if (!Double.isFinite(value) || value < 0) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw BadInputException.at(
          file.toString(),
          lines.get(row),
          header.get(column),
          "'" + text + "' is not a number of zero or more");
    }
  }
}
