package org.ruralaccess.ingest.fetch;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.model.BadInputException;

/**
 * Streams the records of one GTFS CSV file, keeping each record's original text so that a kept row
 * is written back byte for byte (no re-quoting, no reformatted numbers). RFC 4180 quoting,
 * including line breaks inside quoted fields; a leading byte-order mark is dropped.
 */
final class CsvRecordReader implements AutoCloseable {

  private final Reader reader;
  private final String label;
  private final Map<String, Integer> columnByName = new HashMap<>();
  private final String headerText;
  private final StringBuilder raw = new StringBuilder(256);
  private final List<String> fields = new ArrayList<>();
  private final StringBuilder field = new StringBuilder(64);
  private int pushedBack = -2;
  private long recordCount;

  /**
   * @param label names the file in error messages, e.g. {@code feed.zip!stop_times.txt}
   */
  CsvRecordReader(Reader reader, String label) throws IOException {
    this.reader = reader;
    this.label = label;
    int first = reader.read();
    if (first != '\uFEFF' && first != -1) {
      pushedBack = first;
    }
    if (!next()) {
      headerText = "";
      return;
    }
    headerText = raw.toString();
    for (int i = 0; i < fields.size(); i++) {
      columnByName.putIfAbsent(fields.get(i).trim(), i);
    }
    recordCount = 0;
  }

  String label() {
    return label;
  }

  String headerText() {
    return headerText;
  }

  /** The column's index, or -1 when the file has no such column. */
  int column(String name) {
    return columnByName.getOrDefault(name, -1);
  }

  /** The column's index; a missing column stops the run with the file and the header. */
  int requiredColumn(String name) {
    int index = column(name);
    if (index < 0) {
      throw BadInputException.at(
          label, 1, name, "required column is missing; header is " + headerText);
    }
    return index;
  }

  /** Advances to the next non-empty record; false at the end of the file. */
  boolean next() throws IOException {
    while (readRecord()) {
      if (!(fields.size() == 1 && fields.get(0).isBlank())) {
        recordCount++;
        return true;
      }
    }
    return false;
  }

  /** The field at a column index, trimmed; empty when the row is short or the index is -1. */
  String get(int column) {
    return column >= 0 && column < fields.size() ? fields.get(column).trim() : "";
  }

  /** The current record's original text without its line terminator. */
  CharSequence rawText() {
    return raw;
  }

  /** Data records read so far (the header not counted). */
  long recordCount() {
    return recordCount;
  }

  private boolean readRecord() throws IOException {
    raw.setLength(0);
    fields.clear();
    field.setLength(0);
    boolean quoted = false;
    int c = read();
    if (c == -1) {
      return false;
    }
    while (c != -1) {
      if (quoted) {
        if (c == '"') {
          int after = read();
          if (after == '"') {
            field.append('"');
            raw.append("\"\"");
          } else {
            quoted = false;
            raw.append('"');
            pushedBack = after;
          }
        } else {
          field.append((char) c);
          raw.append((char) c);
        }
      } else if (c == '"') {
        quoted = true;
        raw.append('"');
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        raw.append(',');
      } else if (c == '\n' || c == '\r') {
        if (c == '\r') {
          int after = read();
          if (after != '\n') {
            pushedBack = after;
          }
        }
        break;
      } else {
        field.append((char) c);
        raw.append((char) c);
      }
      c = read();
    }
    fields.add(field.toString());
    return true;
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    return reader.read();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
