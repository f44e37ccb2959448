package org.ruralaccess.routing;

/**
 * A set of stops as a list plus a stamp per stop: add and contains in O(1), iteration over members
 * only, and clear in O(1) by moving to a new stamp. It lets each round touch only the stops marked
 * in the previous one (R5's "restrict work to touched stops") without allocating.
 */
final class StopSet {

  private final int[] stamps;
  private final int[] members;
  private int size;
  private int stamp = 1;

  StopSet(int stopCount) {
    this.stamps = new int[stopCount];
    this.members = new int[stopCount];
  }

  boolean add(int stop) {
    if (stamps[stop] == stamp) {
      return false;
    }
    stamps[stop] = stamp;
    members[size++] = stop;
    return true;
  }

  boolean contains(int stop) {
    return stamps[stop] == stamp;
  }

  int size() {
    return size;
  }

  int get(int i) {
    return members[i];
  }

  /** Members live here; valid up to {@link #size()} until the next clear. */
  int[] members() {
    return members;
  }

  void clear() {
    size = 0;
    if (++stamp == Integer.MAX_VALUE) {
      java.util.Arrays.fill(stamps, 0);
      stamp = 1;
    }
  }

  int capacity() {
    return stamps.length;
  }
}
