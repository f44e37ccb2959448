package org.ruralaccess.network.street;

import java.util.Arrays;

/**
 * Open-addressing map from node to milliseconds for the nodes one search reached, two times per
 * node: the earliest on any layer, and the earliest while the path may still use through edges
 * (layers 0 and 1 of {@link StreetRouter}; -1 when the node was reached only inside a destination's
 * no-through area). A search near a rural origin reaches a few thousand of a county's million
 * nodes, so a dense per-result array would cost more to copy than the search itself.
 */
final class NodeTimeTable {

  private final int[] keys;
  private final int[] anyMillis;
  private final int[] openMillis;
  private final int mask;

  /**
   * @param labels settled labels ({@code node * LAYERS + layer}) in order of non-decreasing time
   */
  NodeTimeTable(int[] labels, int[] labelMillis, int count) {
    int capacity = Integer.highestOneBit(Math.max(4, count * 2 - 1)) << 1;
    keys = new int[capacity];
    anyMillis = new int[capacity];
    openMillis = new int[capacity];
    mask = capacity - 1;
    Arrays.fill(keys, -1);
    for (int i = 0; i < count; i++) {
      int node = labels[i] / StreetRouter.LAYERS;
      boolean open = labels[i] % StreetRouter.LAYERS != StreetRouter.END_AREA;
      int slot = slot(node);
      while (keys[slot] != -1 && keys[slot] != node) {
        slot = (slot + 1) & mask;
      }
      if (keys[slot] == -1) { // first (earliest) label of the node
        keys[slot] = node;
        anyMillis[slot] = labelMillis[i];
        openMillis[slot] = open ? labelMillis[i] : -1;
      } else if (open && openMillis[slot] < 0) {
        openMillis[slot] = labelMillis[i];
      }
    }
  }

  private int slot(int node) {
    return (node * 0x9E3779B9 >>> 7) & mask;
  }

  private int find(int node) {
    int slot = slot(node);
    while (true) {
      int key = keys[slot];
      if (key == node || key == -1) {
        return key == node ? slot : -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Milliseconds to the node on any layer, or -1 when the search did not reach it. */
  int millis(int node) {
    int slot = find(node);
    return slot < 0 ? -1 : anyMillis[slot];
  }

  /** Milliseconds to the node by a path that may still go on along through edges, or -1. */
  int openMillis(int node) {
    int slot = find(node);
    return slot < 0 ? -1 : openMillis[slot];
  }
}
