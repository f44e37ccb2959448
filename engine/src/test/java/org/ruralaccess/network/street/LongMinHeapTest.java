package org.ruralaccess.network.street;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The heap pops in ascending order whatever the mix of pushes and pops, as a Dijkstra search uses
 * it (pushes of later times while popping), compared with the JDK's {@link PriorityQueue}.
 */
class LongMinHeapTest {

  @Test
  void popsInAscendingOrderByHand() {
    LongMinHeap heap = new LongMinHeap();
    for (long v : new long[] {5, 3, 9, 1, 7, 2, 8, 6, 4}) {
      heap.push(v);
    }
    // 9 values pushed out of order: a 4-ary heap two levels deep
    for (long expected = 1; expected <= 9; expected++) {
      assertEquals(expected, heap.pop());
    }
    assertTrue(heap.isEmpty());
  }

  @Test
  void interleavedPushesAndPopsMatchAPriorityQueue() {
    Random random = new Random(12);
    LongMinHeap heap = new LongMinHeap();
    for (int trial = 0; trial < 200; trial++) {
      PriorityQueue<Long> reference = new PriorityQueue<>();
      heap.clear();
      long now = 0;
      int operations = 1 + random.nextInt(5000);
      for (int i = 0; i < operations; i++) {
        if (!reference.isEmpty() && random.nextInt(3) == 0) {
          long popped = heap.pop();
          assertEquals(reference.poll().longValue(), popped, "trial " + trial + ", op " + i);
          now = popped;
        } else {
          // as in a search: never earlier than the last settled time; ties on the time part
          long value = ((now >>> 32) + random.nextInt(50)) << 32 | random.nextInt(1 << 20);
          heap.push(value);
          reference.add(value);
        }
      }
      while (!reference.isEmpty()) {
        assertEquals(reference.poll().longValue(), heap.pop(), "trial " + trial + ", draining");
      }
      assertTrue(heap.isEmpty());
    }
  }
}
