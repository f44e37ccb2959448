package org.ruralaccess.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CellFormat#decimal} rounds the digits of the shortest decimal form as text; it must give
 * exactly what rounding that form as a BigDecimal gives ({@link CellFormat#decimalByBigDecimal}).
 */
class CellFormatTest {

  @Test
  void handWorkedValues() {
    assertEquals("1.01", CellFormat.decimal(1.005, 2)); // half-up on the shortest form "1.005"
    assertEquals("10", CellFormat.decimal(9.995, 2)); // the carry runs into the integer part
    assertEquals("1", CellFormat.decimal(0.995, 2));
    assertEquals("-1", CellFormat.decimal(-0.995, 2)); // half-up is away from zero
    assertEquals("0", CellFormat.decimal(-0.004, 2)); // no negative zero
    assertEquals("0", CellFormat.decimal(-0.0, 2));
    assertEquals("-0.01", CellFormat.decimal(-0.005, 2));
    assertEquals("12.5", CellFormat.decimal(12.50, 2));
    assertEquals("3", CellFormat.decimal(3.0, 2));
    assertEquals("0.33", CellFormat.decimal(1 / 3.0, 2));
    assertEquals("12345678.9", CellFormat.decimal(12345678.9, 2)); // 1.23456789E7: no exponent
    assertEquals("0", CellFormat.decimal(0.0001, 2)); // 1.0E-4
    assertEquals("-2.412346", CellFormat.decimal(-2.41234567, 6));
    assertEquals("50.812345", CellFormat.decimal(50.8123454, 6));
    assertEquals("100", CellFormat.decimal(99.9999999, 6));
    assertNull(CellFormat.decimal(Double.NaN, 2));
    assertNull(CellFormat.decimal(Double.NEGATIVE_INFINITY, 2));
  }

  /**
   * Values as the outputs hold them (minutes, percentages, people, coordinates), values on the
   * half-way digit, and doubles of any bit pattern, at 0-8 decimals.
   */
  @Test
  void sameAsRoundingTheShortestFormAsABigDecimal() {
    Random random = new Random(42);
    for (int i = 0; i < 2_000_000; i++) {
      int decimals = random.nextInt(9);
      double value =
          switch (i % 5) {
            case 0 -> random.nextDouble() * 200 - 100;
            case 1 -> (random.nextInt(2_000_001) - 1_000_000) / 1000.0; // 3 decimals: half-ways
            case 2 -> random.nextInt(100_000) / 7.0;
            case 3 -> Double.longBitsToDouble(random.nextLong());
            default -> (random.nextLong() % 100_000_000_000L) / Math.pow(10, random.nextInt(12));
          };
      assertEquals(
          CellFormat.decimalByBigDecimal(value, decimals),
          CellFormat.decimal(value, decimals),
          value + " at " + decimals + " decimals");
    }
  }
}
