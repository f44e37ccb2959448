package org.ruralaccess.app;

import java.math.BigDecimal;

/** Numbers as messages and summaries show them: plain, no exponent, no trailing zeros. */
final class RunNumbers {

  private RunNumbers() {}

  static String plain(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** {@code 15,30,45}. */
  static String joined(int[] values) {
    StringBuilder text = new StringBuilder();
    for (int value : values) {
      text.append(text.isEmpty() ? "" : ",").append(value);
    }
    return text.toString();
  }
}
