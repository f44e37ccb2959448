package org.ruralaccess.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line into fields (RFC 4180: commas, double quotes, {@code ""} for a quote inside a
 * quoted field). Readers work line by line so that every message can name the physical line an
 * analyst sees in an editor; a quoted field spanning several lines is therefore not supported.
 */
public final class CsvRow {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private CsvRow() {}

  public static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  /**
   * A header row: byte-order mark dropped, names trimmed (real files carry stray spaces, such as
   * Trensurb's {@code " agency_name"}).
   */
  public static List<String> header(String line) {
    String text = !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK ? line.substring(1) : line;
    return split(text).stream().map(String::trim).toList();
  }
}
