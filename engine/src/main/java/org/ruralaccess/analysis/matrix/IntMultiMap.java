package org.ruralaccess.analysis.matrix;

import java.util.Arrays;

/**
 * From int keys (street nodes, edges) to the destinations at them, in primitive arrays (open
 * addressing): looked up once per node a street search reached, so boxing would cost as much as the
 * search. Built once; immutable.
 */
final class IntMultiMap {

  private final int[] keys;
  private final int[] starts;
  private final int[] ends;
  private final int[] values;
  private final int mask;

  /** {@code pairKeys[i] -> pairValues[i]}; values of one key keep their order. */
  IntMultiMap(int[] pairKeys, int[] pairValues, int pairCount) {
    Integer[] order = new Integer[pairCount];
    for (int i = 0; i < pairCount; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(pairKeys[a], pairKeys[b]));
    values = new int[pairCount];
    int capacity = Integer.highestOneBit(Math.max(4, pairCount * 2 - 1)) << 1;
    keys = new int[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
    mask = capacity - 1;
    Arrays.fill(keys, -1);
    for (int i = 0; i < pairCount; i++) {
      int key = pairKeys[order[i]];
      values[i] = pairValues[order[i]];
      int slot = slot(key);
      while (keys[slot] != -1 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      if (keys[slot] == -1) {
        keys[slot] = key;
        starts[slot] = i;
      }
      ends[slot] = i + 1;
    }
  }

  interface IntAction {
    void accept(int value);
  }

  void forEach(int key, IntAction action) {
    int slot = slot(key);
    while (true) {
      int k = keys[slot];
      if (k == -1) {
        return;
      }
      if (k == key) {
        for (int i = starts[slot]; i < ends[slot]; i++) {
          action.accept(values[i]);
        }
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  private int slot(int key) {
    return (key * 0x9E3779B9 >>> 7) & mask;
  }
}
