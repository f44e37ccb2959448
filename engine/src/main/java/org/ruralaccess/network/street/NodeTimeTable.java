package org.ruralaccess.network.street;

import java.util.Arrays;

/**
 * Open-addressing map from node to milliseconds for the nodes one search reached. A search near a
 * rural origin reaches a few thousand of a county's million nodes, so a dense per-result array
 * would cost more to copy than the search itself.
 */
final class NodeTimeTable {

  private final int[] keys;
  private final int[] millis;
  private final int mask;

  NodeTimeTable(int[] nodes, int[] nodeMillis, int count) {
    int capacity = Integer.highestOneBit(Math.max(4, count * 2 - 1)) << 1;
    keys = new int[capacity];
    millis = new int[capacity];
    mask = capacity - 1;
    Arrays.fill(keys, -1);
    for (int i = 0; i < count; i++) {
      int slot = slot(nodes[i]);
      while (keys[slot] != -1) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = nodes[i];
      millis[slot] = nodeMillis[i];
    }
  }

  private int slot(int node) {
    return (node * 0x9E3779B9 >>> 7) & mask;
  }

  /** Milliseconds to the node, or -1 when the search did not reach it. */
  int millis(int node) {
    int slot = slot(node);
    while (true) {
      int key = keys[slot];
      if (key == node) {
        return millis[slot];
      }
      if (key == -1) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }
}
