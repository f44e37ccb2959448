package org.ruralaccess.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ruralaccess.analysis.table.ResultTable;

/**
 * How a result value is written in every output: integers plain; doubles rounded half-up to at most
 * two decimals without trailing zeros or exponent ({@code 12.5}, {@code 3}, {@code 0.33}); NaN,
 * infinities and null as "no value". One place, so CSV, GeoJSON and GeoPackage show the same
 * numbers for the same row.
 */
final class CellFormat {

  /** Decimals kept for result values (minutes and percentages: 0.01 is below any real meaning). */
  static final int VALUE_DECIMALS = 2;

  private CellFormat() {}

  /** The text of a value, or null for "no value". */
  static String text(Object value) {
    return switch (value) {
      case null -> null;
      case String s -> s;
      case Integer i -> Integer.toString(i);
      case Long l -> Long.toString(l);
      case Double d -> decimal(d, VALUE_DECIMALS);
      default ->
          throw new IllegalArgumentException(
              "result values are String, Integer, Long or Double, not "
                  + value.getClass().getSimpleName()
                  + " ("
                  + value
                  + ")");
    };
  }

  /**
   * {@code value} rounded half-up (on its shortest decimal form, so 1.005 gives 1.01) to at most
   * {@code decimals}, without trailing zeros, exponent or negative zero; null when not finite.
   */
  static String decimal(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return null;
    }
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    if (rounded.signum() == 0) {
      return "0";
    }
    return rounded.toPlainString();
  }

  /** The double a rounded value stands for (what the GeoPackage stores), or null. */
  static Double roundedDouble(double value) {
    String text = decimal(value, VALUE_DECIMALS);
    return text == null ? null : Double.valueOf(text);
  }

  /** Rejects duplicate column names (compared ignoring case, as SQLite and Excel do). */
  static void checkColumns(ResultTable table) {
    Set<String> seen = new HashSet<>();
    for (String column : table.columns()) {
      if (column == null || column.isEmpty()) {
        throw new IllegalArgumentException(table.name() + ": a column has no name");
      }
      if (!seen.add(column.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(table.name() + ": column " + column + " twice");
      }
    }
  }

  static List<String> texts(Object[] row) {
    String[] texts = new String[row.length];
    for (int i = 0; i < row.length; i++) {
      texts[i] = text(row[i]);
    }
    return Arrays.asList(texts);
  }
}
