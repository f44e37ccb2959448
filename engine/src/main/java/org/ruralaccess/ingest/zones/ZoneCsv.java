package org.ruralaccess.ingest.zones;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.support.CsvEncoding;
import org.ruralaccess.support.CsvHeader;
import org.ruralaccess.support.CsvReader;
import org.ruralaccess.support.CsvRow;

/**
 * A small CSV file read whole (the zone tables are at most a few MB): header, rows and the line of
 * each row, with columns found by any of several accepted names (case-insensitive), so that both
 * the tidy names of our bundled copies and the published headers are read.
 */
final class ZoneCsv {

  private final Path file;
  private final CsvHeader header;
  private final List<CsvRow> rows = new ArrayList<>();

  private ZoneCsv(Path file, CsvHeader header) {
    this.file = file;
    this.header = header;
  }

  /**
   * Reads the whole file, in UTF-8 or, when it is not valid UTF-8, Windows-1252 (a table saved from
   * Excel as plain "CSV"). An empty file, a header-only file and a row shorter than the header stop
   * the read naming the file (and the line).
   */
  static ZoneCsv read(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": " + what + " file not found");
    }
    try (CsvReader reader = CsvReader.open(file, CsvEncoding.UTF8_OR_WINDOWS_1252)) {
      reader.requireHeader("a header");
      ZoneCsv csv = new ZoneCsv(file, reader.header());
      for (CsvRow row : reader) {
        if (row.size() < csv.header.size()) {
          throw BadInputException.at(
              file.toString(),
              row.line(),
              null,
              "has " + row.size() + " fields; the header has " + csv.header.size());
        }
        csv.rows.add(row);
      }
      reader.requireRows("the " + what + " rows");
      return csv;
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
    return rows.get(row).line();
  }

  String columnName(int column) {
    return header.name(column);
  }

  /** The index of the first column named any of {@code names} (case-insensitive), or -1. */
  int findColumn(String... names) {
    return header.columnIgnoringCase(names);
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
              + String.join(",", header.names()));
    }
    return column;
  }

  String cell(int row, int column) {
    return rows.get(row).trimmed(column);
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
          rows.get(row).line(),
          header.name(column),
          "'" + text + "' is not a number of zero or more");
    }
  }
}
