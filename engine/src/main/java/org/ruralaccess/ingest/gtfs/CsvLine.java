package org.ruralaccess.ingest.gtfs;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line (RFC 4180 quoting, {@code ""} for a quote inside a quoted field). A quoted
 * field spanning several lines is not supported here: these checks count physical lines, which is
 * what an analyst sees in an editor, and GTFS feeds with line breaks inside fields are rare.
 */
final class CsvLine {

  private CsvLine() {}

  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  /** Header names trimmed, because real feeds carry stray spaces ({@code " agency_name"}). */
  static List<String> header(String line) {
    List<String> names = split(line);
    names.replaceAll(String::trim);
    return names;
  }
}
