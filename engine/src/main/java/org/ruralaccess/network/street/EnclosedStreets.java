package org.ruralaccess.network.street;

import java.util.BitSet;

/**
 * Finds the through streets a mode can reach only through no-through edges: every piece of the
 * through network (edges the mode may use that are not closed to its through traffic) other than
 * the largest that meets a no-through edge. An untagged driveway inside a campus whose gates are
 * {@code access=destination} is such a piece: left as a through street, a walk from a home on it
 * would enter the gates' no-through area and could never leave, so the home would be cut off.
 * Marked no-through, the piece joins the area around it and the home walks out. OpenTripPlanner
 * does the same for small pieces ({@code PruneNoThruIslands}: "converting such islands to nothru
 * state so that routing can start / end from such an island"); here every piece but the largest is
 * converted, whatever its size, because no walk can pass through such a piece anyway (it would have
 * to leave a no-through area).
 */
final class EnclosedStreets {

  private EnclosedStreets() {}

  /**
   * Edges of the mode's through network outside its largest connected piece (by edge count) in
   * pieces that touch a no-through edge; a piece that touches none is a true island and stays as it
   * is.
   */
  static BitSet find(
      int nodeCount,
      int edgeCount,
      int[] edgeFromNode,
      int[] edgeToNode,
      byte[] edgeAccessBits,
      byte[] edgeFlags,
      StreetMode mode) {
    int modeBits = StreetNetworkBuilder.bothWays(mode);
    int noThrough = EdgeFlags.noThrough(mode);
    int[] parent = new int[nodeCount];
    for (int node = 0; node < nodeCount; node++) {
      parent[node] = node;
    }
    BitSet through = new BitSet(edgeCount);
    for (int edge = 0; edge < edgeCount; edge++) {
      if ((edgeAccessBits[edge] & modeBits) != 0 && (edgeFlags[edge] & noThrough) == 0) {
        through.set(edge);
        union(parent, edgeFromNode[edge], edgeToNode[edge]);
      }
    }
    int[] edgesInPiece = new int[nodeCount];
    int largest = -1;
    for (int edge = through.nextSetBit(0); edge >= 0; edge = through.nextSetBit(edge + 1)) {
      int root = find(parent, edgeFromNode[edge]);
      edgesInPiece[root]++;
      if (largest < 0 || edgesInPiece[root] > edgesInPiece[largest]) {
        largest = root;
      }
    }
    boolean[] touchesNoThrough = new boolean[nodeCount];
    for (int edge = 0; edge < edgeCount; edge++) {
      if ((edgeAccessBits[edge] & modeBits) != 0 && (edgeFlags[edge] & noThrough) != 0) {
        touchesNoThrough[find(parent, edgeFromNode[edge])] = true;
        touchesNoThrough[find(parent, edgeToNode[edge])] = true;
      }
    }
    BitSet enclosed = new BitSet();
    for (int edge = through.nextSetBit(0); edge >= 0; edge = through.nextSetBit(edge + 1)) {
      int root = find(parent, edgeFromNode[edge]);
      if (root != largest && touchesNoThrough[root]) {
        enclosed.set(edge);
      }
    }
    return enclosed;
  }

  private static int find(int[] parent, int node) {
    int root = node;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[node] != root) { // path compression
      int next = parent[node];
      parent[node] = root;
      node = next;
    }
    return root;
  }

  private static void union(int[] parent, int a, int b) {
    int rootA = find(parent, a);
    int rootB = find(parent, b);
    if (rootA != rootB) {
      parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB); // deterministic
    }
  }
}
