package org.ruralaccess.routing;

/**
 * The timetable's footpaths indexed by their target stop, sorted by duration then source stop, for
 * the reverse search (which walks them backwards). Built once per worker from the public accessors.
 */
final class IncomingTransfers {

  final int[] offsets;
  final int[] sources;
  final int[] durationSeconds;

  IncomingTransfers(RaptorTimetable tt) {
    int stops = tt.stopCount();
    offsets = new int[stops + 1];
    for (int from = 0; from < stops; from++) {
      for (int t = 0; t < tt.transferCount(from); t++) {
        offsets[tt.transferTarget(from, t) + 1]++;
      }
    }
    for (int s = 0; s < stops; s++) {
      offsets[s + 1] += offsets[s];
    }
    sources = new int[offsets[stops]];
    durationSeconds = new int[offsets[stops]];
    int[] fill = offsets.clone();
    for (int from = 0; from < stops; from++) {
      for (int t = 0; t < tt.transferCount(from); t++) {
        int slot = fill[tt.transferTarget(from, t)]++;
        sources[slot] = from;
        durationSeconds[slot] = tt.transferDurationSeconds(from, t);
      }
    }
    for (int s = 0; s < stops; s++) {
      sortByDuration(offsets[s], offsets[s + 1]);
    }
  }

  /** Insertion sort of one stop's entries: few per stop, and deterministic. */
  private void sortByDuration(int from, int to) {
    for (int i = from + 1; i < to; i++) {
      int d = durationSeconds[i];
      int s = sources[i];
      int j = i - 1;
      while (j >= from && (durationSeconds[j] > d || (durationSeconds[j] == d && sources[j] > s))) {
        durationSeconds[j + 1] = durationSeconds[j];
        sources[j + 1] = sources[j];
        j--;
      }
      durationSeconds[j + 1] = d;
      sources[j + 1] = s;
    }
  }
}
