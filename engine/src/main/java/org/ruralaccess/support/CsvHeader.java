package org.ruralaccess.support;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ruralaccess.model.BadInputException;

/**
 * The column names of one CSV input, trimmed (real files carry stray spaces, such as Trensurb's
 * {@code " agency_name"}), with the input's label for messages. A name given twice resolves to its
 * first column. A headerless input has no names.
 */
public final class CsvHeader {

  private final String label;
  private final List<String> names;
  private final Map<String, Integer> columnByName = new HashMap<>();

  CsvHeader(String label, List<String> names) {
    this.label = label;
    this.names = names.stream().map(String::trim).toList();
    for (int c = 0; c < this.names.size(); c++) {
      columnByName.putIfAbsent(this.names.get(c), c);
    }
  }

  /**
   * How messages name the input, e.g. {@code regions/x/zones.csv} or {@code feed.zip/stops.txt}.
   */
  public String label() {
    return label;
  }

  public List<String> names() {
    return names;
  }

  public int size() {
    return names.size();
  }

  /** The column named exactly {@code name} (after trimming), or -1. */
  public int column(String name) {
    return columnByName.getOrDefault(name, -1);
  }

  /** The first column named like any of {@code names}, ignoring case, in the order given; or -1. */
  public int columnIgnoringCase(String... names) {
    for (String name : names) {
      for (int c = 0; c < this.names.size(); c++) {
        if (this.names.get(c).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
          return c;
        }
      }
    }
    return -1;
  }

  /**
   * The column named exactly {@code name}; a missing column stops the read naming the file, line 1,
   * the column and the header found.
   */
  public int requiredColumn(String name) {
    int column = column(name);
    if (column < 0) {
      throw BadInputException.at(
          label, 1, name, "required column is missing; header is " + String.join(",", names));
    }
    return column;
  }

  /** The name of a column, or {@code "column N"} (1-based) for a headerless input. */
  public String name(int column) {
    return column < names.size() ? names.get(column) : "column " + (column + 1);
  }
}
