package org.ruralaccess.analysis.matrix;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The stops a watched run reached, read back against any scenario's changed stops. */
class StopWatchTest {

  @Test
  void readsBackEveryMarkedStopAndNoOther() {
    StopWatch watch = StopWatch.forOrigins(3);
    // 130 stops: three words of bits; 0, 63, 64 and 129 sit at the edges of the words
    long[] first = watch.startOrigin(0, 130);
    StopWatch.mark(first, 63);
    StopWatch.mark(first, 129);
    long[] second = watch.startOrigin(1, 130);
    StopWatch.mark(second, 0);
    StopWatch.mark(second, 64);
    // origin 2 was never searched (not on the streets)
    for (int stop = 0; stop < 130; stop++) {
      boolean[] changed = new boolean[130];
      changed[stop] = true;
      assertTrue(watch.reachedAny(0, changed) == (stop == 63 || stop == 129), "origin 0, " + stop);
      assertTrue(watch.reachedAny(1, changed) == (stop == 0 || stop == 64), "origin 1, " + stop);
      assertFalse(watch.reachedAny(2, changed), "origin 2, " + stop);
    }
    // a scenario's changed stops of a network with fewer stops (none added) still read
    assertFalse(watch.reachedAny(0, new boolean[] {false, true, false, false, false, false, true}));
    boolean[] upTo64 = new boolean[65];
    upTo64[64] = true;
    assertTrue(watch.reachedAny(1, upTo64));
    assertFalse(watch.reachedAny(0, upTo64));
  }
}
