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
   *
   * <p>Written for speed (a community transport run writes some two million values): the digits of
   * {@link Double#toString} are rounded as text, which is what {@code BigDecimal.valueOf(value)
   * .setScale(decimals, HALF_UP)} does; forms with an exponent (below 0.001 or from 10^7) take that
   * BigDecimal path ({@link #decimalByBigDecimal}; {@code CellFormatTest} checks both agree).
   */
  static String decimal(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return null;
    }
    String shortest = Double.toString(value);
    if (shortest.indexOf('E') >= 0) {
      return decimalByBigDecimal(value, decimals);
    }
    boolean negative = shortest.charAt(0) == '-';
    int integerStart = negative ? 1 : 0;
    int point = shortest.indexOf('.');
    int fractionDigits = Math.min(decimals, shortest.length() - point - 1);
    // the kept digits without the point, one spare digit in front for a carry
    char[] digits = new char[1 + point - integerStart + fractionDigits];
    digits[0] = '0';
    shortest.getChars(integerStart, point, digits, 1);
    shortest.getChars(point + 1, point + 1 + fractionDigits, digits, 1 + point - integerStart);
    int firstDropped = point + 1 + decimals;
    if (firstDropped < shortest.length() && shortest.charAt(firstDropped) >= '5') {
      int i = digits.length - 1;
      while (digits[i] == '9') {
        digits[i--] = '0';
      }
      digits[i]++;
    }
    int end = digits.length;
    int pointAt = digits.length - fractionDigits;
    while (end > pointAt && digits[end - 1] == '0') {
      end--; // trailing zeros of the fraction
    }
    int start = 0;
    while (start < pointAt - 1 && digits[start] == '0') {
      start++; // the spare digit, when no carry reached it
    }
    boolean zero = true;
    for (int i = start; i < end && zero; i++) {
      zero = digits[i] == '0';
    }
    if (zero) {
      return "0";
    }
    StringBuilder text = new StringBuilder(end - start + 2);
    if (negative) {
      text.append('-');
    }
    text.append(digits, start, pointAt - start);
    if (end > pointAt) {
      text.append('.').append(digits, pointAt, end - pointAt);
    }
    return text.toString();
  }

  /** {@link #decimal} by BigDecimal: the definition, and the path for forms with an exponent. */
  static String decimalByBigDecimal(double value, int decimals) {
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
