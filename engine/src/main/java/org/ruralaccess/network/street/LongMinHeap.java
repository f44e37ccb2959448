package org.ruralaccess.network.street;

import java.util.Arrays;

/**
 * Binary min-heap of primitive longs, reused across searches. The street router packs (milliseconds
 * << 32 | node) into one long, so ordering by the long orders by time and then by node number,
 * which makes the settle order deterministic without a comparator or boxing.
 */
final class LongMinHeap {

  private long[] values = new long[1024];
  private int size;

  boolean isEmpty() {
    return size == 0;
  }

  void clear() {
    size = 0;
  }

  void push(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    int index = size++;
    while (index > 0) {
      int parent = (index - 1) >>> 1;
      if (values[parent] <= value) {
        break;
      }
      values[index] = values[parent];
      index = parent;
    }
    values[index] = value;
  }

  long pop() {
    long top = values[0];
    long last = values[--size];
    int index = 0;
    int half = size >>> 1;
    while (index < half) {
      int child = 2 * index + 1;
      if (child + 1 < size && values[child + 1] < values[child]) {
        child++;
      }
      if (last <= values[child]) {
        break;
      }
      values[index] = values[child];
      index = child;
    }
    if (size > 0) {
      values[index] = last;
    }
    return top;
  }
}
