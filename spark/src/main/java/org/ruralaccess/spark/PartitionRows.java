package org.ruralaccess.spark;

import java.io.Serializable;

/**
 * One partition's answer: the values of origins {@code firstOrigin} onwards, each origin's
 * destinations x values flattened to one array (the matrix sink's {@code int[destination][value]}
 * row by row).
 *
 * @param width values per destination (the percentiles, or 2 for arrive-by)
 */
record PartitionRows(
    int firstOrigin,
    int destinations,
    int width,
    int[][] flatRows,
    int originsUnlinked,
    int destinationsUnlinked)
    implements Serializable {

  int origins() {
    return flatRows.length;
  }

  /** Origin {@code k} of the partition as the sink wants it: a new array per destination. */
  int[][] values(int k) {
    int[][] values = new int[destinations][width];
    int[] flat = flatRows[k];
    for (int d = 0; d < destinations; d++) {
      System.arraycopy(flat, d * width, values[d], 0, width);
    }
    return values;
  }

  static int[] flatten(int[][] values, int width) {
    int[] flat = new int[values.length * width];
    for (int d = 0; d < values.length; d++) {
      System.arraycopy(values[d], 0, flat, d * width, width);
    }
    return flat;
  }
}
