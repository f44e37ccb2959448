package org.ruralaccess.analysis.isochrone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ruralaccess.analysis.matrix.Percentiles;

/** Quickselect against sorting, on the shapes a cell's minutes take. */
class NearestRankTest {

  @Test
  void givesTheSortedValueAtTheNearestRank() {
    Random random = new Random(13);
    int[] percentiles = {0, 1, 5, 25, 50, 75, 95, 99, 100};
    for (int trial = 0; trial < 20_000; trial++) {
      int n = 1 + random.nextInt(150);
      int[] values = new int[n];
      int kind = trial % 4;
      for (int i = 0; i < n; i++) {
        values[i] =
            switch (kind) {
              case 0 -> random.nextInt(5000);
              case 1 -> random.nextInt(4); // many ties
              case 2 -> random.nextInt(3) == 0 ? Percentiles.UNREACHED : 1800 + 60 * i;
              default -> 3000 - 60 * (i % 17); // rising runs, as waiting for a bus gives
            };
      }
      int p = percentiles[trial % percentiles.length];
      int[] sorted = values.clone();
      int[] expected = new int[1];
      Percentiles.compute(sorted, new int[] {p}, expected);
      int[] actual = new int[1];
      NearestRank.compute(values.clone(), new int[] {p}, actual);
      assertEquals(expected[0], actual[0], "trial " + trial + " n " + n + " p " + p);
    }
  }

  @Test
  void selectsEveryRankOfASmallArray() {
    // 5, 1, 4, 1, 3 sorted is 1, 1, 3, 4, 5
    int[] sorted = {1, 1, 3, 4, 5};
    for (int k = 0; k < 5; k++) {
      assertEquals(sorted[k], NearestRank.select(new int[] {5, 1, 4, 1, 3}, k));
    }
  }
}
