package org.ruralaccess.network.street;

import java.util.Arrays;

/**
 * Map from node to milliseconds for the nodes one search reached, two times per node: the earliest
 * on any layer, and the earliest while the path may still use through edges (layers 0 and 1 of
 * {@link StreetRouter}; -1 when the node was reached only inside a destination's no-through area).
 * A search near a rural origin reaches a few thousand of a county's million nodes, so a dense
 * per-result array would cost more to fill than the search itself: such a search gets an
 * open-addressing table. A search that reaches a large share of the network (a two-hour walk across
 * a city) gets dense node-indexed arrays instead, whenever they are smaller than the table would
 * be: filling and probing the table took about a third of such a search (JFR, Porto Alegre).
 */
final class NodeTimeTable {

  private final int[] keys; // null when dense
  private final int[] anyMillis;
  private final int[] openMillis;
  private final int mask;

  /**
   * @param labels settled labels ({@code node * LAYERS + layer}) in order of non-decreasing time
   * @param nodeCount nodes of the network
   */
  NodeTimeTable(int[] labels, int[] labelMillis, int count, int nodeCount) {
    int capacity = Integer.highestOneBit(Math.max(4, count * 2 - 1)) << 1;
    boolean dense = 2L * nodeCount <= 3L * capacity;
    int size = dense ? nodeCount : capacity;
    keys = dense ? null : new int[capacity];
    anyMillis = new int[size];
    openMillis = new int[size];
    mask = capacity - 1;
    if (dense) {
      Arrays.fill(anyMillis, -1);
    } else {
      Arrays.fill(keys, -1);
    }
    for (int i = 0; i < count; i++) {
      int node = labels[i] / StreetRouter.LAYERS;
      boolean open = labels[i] % StreetRouter.LAYERS != StreetRouter.END_AREA;
      int slot;
      boolean first;
      if (dense) {
        slot = node;
        first = anyMillis[slot] == -1;
      } else {
        slot = slot(node);
        while (keys[slot] != -1 && keys[slot] != node) {
          slot = (slot + 1) & mask;
        }
        first = keys[slot] == -1;
        keys[slot] = node;
      }
      if (first) { // first (earliest) label of the node
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

  /** The node's slot, or -1 when the search did not reach it. */
  private int find(int node) {
    if (keys == null) {
      return anyMillis[node] < 0 ? -1 : node;
    }
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
