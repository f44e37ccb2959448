package org.ruralaccess.analysis.matrix;

import java.util.Arrays;

/**
 * One origin's travel times at every departure, kept only for the destinations the search reached
 * (on foot, by transit or by a community transport leg) or that sit at the origin: every other
 * destination is {@link Percentiles#UNREACHED} at every departure. An origin reaches a region, not
 * the country, so this keeps the per-origin cost proportional to what it reaches (issue 17); a
 * dense [departure][destination] array cost 120 values per destination of the whole network. Reused
 * by one search per thread: valid until its next {@link #start}.
 */
final class ReachedDestinations {

  private final int destinationCount;
  private final int[] stamps;
  private final int[] indexOf;
  private int stamp;
  private int departureCount;
  private int[] members = new int[64];
  private int[] columns = new int[0];
  private int size;

  ReachedDestinations(int destinationCount) {
    this.destinationCount = destinationCount;
    this.stamps = new int[destinationCount];
    this.indexOf = new int[destinationCount];
  }

  /** Forgets the last origin: no destination reached, {@code departures} values each. */
  void start(int departures) {
    departureCount = departures;
    size = 0;
    if (++stamp == Integer.MAX_VALUE) {
      Arrays.fill(stamps, 0);
      stamp = 1;
    }
  }

  boolean contains(int destination) {
    return stamps[destination] == stamp;
  }

  /** The index here of a destination that {@link #contains}. */
  int indexOf(int destination) {
    return indexOf[destination];
  }

  /** Adds the destination (unreached at every departure so far); returns its index here. */
  int add(int destination) {
    if (stamps[destination] == stamp) {
      return indexOf[destination];
    }
    if (size == members.length) {
      members = Arrays.copyOf(members, size * 2);
    }
    int needed = (size + 1) * departureCount;
    if (columns.length < needed) {
      columns = Arrays.copyOf(columns, Math.max(needed, columns.length * 2));
    }
    Arrays.fill(columns, size * departureCount, needed, Percentiles.UNREACHED);
    stamps[destination] = stamp;
    indexOf[destination] = size;
    members[size] = destination;
    return size++;
  }

  int size() {
    return size;
  }

  int destination(int index) {
    return members[index];
  }

  int destinationCount() {
    return destinationCount;
  }

  int departureCount() {
    return departureCount;
  }

  void set(int index, int departure, int seconds) {
    columns[index * departureCount + departure] = seconds;
  }

  int get(int index, int departure) {
    return columns[index * departureCount + departure];
  }

  /** The same times as a dense [departure][destination] array (tests, and street-mode callers). */
  int[][] toDense() {
    int[][] dense = new int[departureCount][destinationCount];
    for (int[] row : dense) {
      Arrays.fill(row, Percentiles.UNREACHED);
    }
    for (int t = 0; t < size; t++) {
      for (int i = 0; i < departureCount; i++) {
        dense[i][members[t]] = get(t, i);
      }
    }
    return dense;
  }
}
