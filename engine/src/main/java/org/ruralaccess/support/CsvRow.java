package org.ruralaccess.support;

import java.util.Arrays;
import java.util.List;
import org.ruralaccess.model.BadInputException;

/**
 * One record of a CSV input: its fields as written (not trimmed), whether each was quoted, and the
 * physical line it starts on (1-based, the line an analyst sees in an editor; a quoted field with
 * line breaks makes a record span several lines).
 */
public final class CsvRow {

  private final CsvHeader header;
  private final long line;
  private final String[] fields;
  private final boolean[] quoted;

  CsvRow(CsvHeader header, long line, String[] fields, boolean[] quoted) {
    this.header = header;
    this.line = line;
    this.fields = fields;
    this.quoted = quoted;
  }

  /** The physical line the record starts on, 1-based. */
  public long line() {
    return line;
  }

  /** The number of fields in this record (may differ from the header's). */
  public int size() {
    return fields.length;
  }

  /** The field as written; empty when the row is shorter or the column is -1 (absent). */
  public String get(int column) {
    return column >= 0 && column < fields.length ? fields[column] : "";
  }

  /** The field trimmed; empty when the row is shorter or the column is -1 (absent). */
  public String trimmed(int column) {
    return get(column).trim();
  }

  /** The field of the column with this header name, as written; empty when absent. */
  public String get(String name) {
    return get(header.column(name));
  }

  /**
   * The field trimmed; a row that ends before the column stops the read naming file, line and
   * field.
   */
  public String required(int column) {
    if (column >= fields.length) {
      throw BadInputException.at(
          header.label(),
          line,
          header.name(column),
          "the row ends after "
              + fields.length
              + " fields"
              + (header.size() > 0 ? "; the header has " + header.size() : ""));
    }
    return fields[column].trim();
  }

  /** Whether the field was quoted in the file. */
  public boolean quoted(int column) {
    return column >= 0 && column < quoted.length && quoted[column];
  }

  public List<String> fields() {
    return Arrays.asList(fields);
  }

  /**
   * The record as CSV text without a line end, each field quoted exactly when it was quoted in the
   * file ({@code "} doubled inside): for a record that follows RFC 4180 this is the original text,
   * byte for byte.
   */
  public String text() {
    StringBuilder text = new StringBuilder(16 * fields.length);
    for (int c = 0; c < fields.length; c++) {
      if (c > 0) {
        text.append(',');
      }
      if (quoted[c]) {
        text.append('"').append(fields[c].replace("\"", "\"\"")).append('"');
      } else {
        text.append(fields[c]);
      }
    }
    return text.toString();
  }

  /** Whether a quoted field holds a line break, so the record spans several physical lines. */
  boolean spansLines() {
    for (int c = 0; c < fields.length; c++) {
      if (quoted[c] && (fields[c].indexOf('\n') >= 0 || fields[c].indexOf('\r') >= 0)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the record is a line of blanks only (such lines are skipped like empty ones). */
  boolean isBlank() {
    return fields.length == 1 && !quoted[0] && fields[0].isBlank();
  }

  /** The same fields read as a header. */
  CsvHeader asHeader(String label) {
    return new CsvHeader(label, Arrays.asList(fields));
  }
}
