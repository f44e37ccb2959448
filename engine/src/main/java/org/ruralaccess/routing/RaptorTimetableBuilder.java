package org.ruralaccess.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects patterns, footpaths and minimum transfer times, then freezes them into a {@link
 * RaptorTimetable}. Every add method copies its arrays, so callers may reuse theirs.
 *
 * <p>{@link #build()} validates what the worker relies on and fails with an {@link
 * IllegalArgumentException} naming the pattern, trip and stop position: times are non-negative,
 * arrival &lt;= departure at each stop, times never decrease along a trip, and the trips of a
 * pattern are sorted by departure and never overtake (at every stop position both arrivals and
 * departures are non-decreasing from one trip to the next). The network layer is expected to split
 * overtaking trips into separate patterns, as OTP and R5 do.
 */
public final class RaptorTimetableBuilder {

  private final int stopCount;
  private final List<int[]> patternStops = new ArrayList<>();
  private final List<boolean[]> patternBoarding = new ArrayList<>();
  private final List<boolean[]> patternAlighting = new ArrayList<>();
  private final List<int[][]> patternArrivals = new ArrayList<>();
  private final List<int[][]> patternDepartures = new ArrayList<>();
  private final List<long[]> transfers = new ArrayList<>();
  private final int[] minTransferSeconds;

  RaptorTimetableBuilder(int stopCount) {
    if (stopCount < 0) {
      throw new IllegalArgumentException("stopCount must be >= 0, was " + stopCount);
    }
    this.stopCount = stopCount;
    this.minTransferSeconds = new int[stopCount];
  }

  /**
   * Adds a pattern: trips that visit the same stops in the same order with the same pickup and
   * drop-off rules. Times are indexed {@code [trip][stopPosition]}.
   *
   * @return the index of the new pattern
   */
  public int addPattern(
      int[] stops,
      boolean[] canBoard,
      boolean[] canAlight,
      int[][] tripArrivalSeconds,
      int[][] tripDepartureSeconds) {
    int pattern = patternStops.size();
    if (stops.length < 2) {
      throw new IllegalArgumentException(
          "pattern " + pattern + ": needs at least 2 stops, has " + stops.length);
    }
    if (canBoard.length != stops.length || canAlight.length != stops.length) {
      throw new IllegalArgumentException(
          "pattern " + pattern + ": canBoard and canAlight must have one entry per stop");
    }
    for (int pos = 0; pos < stops.length; pos++) {
      checkStop(stops[pos], "pattern " + pattern + " stop position " + pos);
    }
    if (tripArrivalSeconds.length != tripDepartureSeconds.length) {
      throw new IllegalArgumentException(
          "pattern " + pattern + ": arrival and departure arrays must have one row per trip");
    }
    int[][] arrivals = new int[tripArrivalSeconds.length][];
    int[][] departures = new int[tripDepartureSeconds.length][];
    for (int trip = 0; trip < arrivals.length; trip++) {
      if (tripArrivalSeconds[trip].length != stops.length
          || tripDepartureSeconds[trip].length != stops.length) {
        throw new IllegalArgumentException(
            "pattern " + pattern + " trip " + trip + ": needs one time per stop position");
      }
      arrivals[trip] = tripArrivalSeconds[trip].clone();
      departures[trip] = tripDepartureSeconds[trip].clone();
    }
    patternStops.add(stops.clone());
    patternBoarding.add(canBoard.clone());
    patternAlighting.add(canAlight.clone());
    patternArrivals.add(arrivals);
    patternDepartures.add(departures);
    return pattern;
  }

  /** Adds a footpath; the duration already includes any walking speed or penalty. */
  public RaptorTimetableBuilder addTransfer(int fromStop, int toStop, int durationSeconds) {
    checkStop(fromStop, "transfer from");
    checkStop(toStop, "transfer to");
    if (fromStop == toStop) {
      throw new IllegalArgumentException(
          "transfer from stop "
              + fromStop
              + " to itself; use minTransferSeconds for a same-stop transfer time");
    }
    if (durationSeconds < 0) {
      throw new IllegalArgumentException(
          "transfer "
              + fromStop
              + "->"
              + toStop
              + ": duration must be >= 0 s, was "
              + durationSeconds);
    }
    transfers.add(new long[] {fromStop, toStop, durationSeconds});
    return this;
  }

  /**
   * Extra seconds (on top of board slack) needed to board at {@code stop} after alighting from a
   * vehicle at that same stop, as GTFS {@code transfers.txt} type 2 with from_stop = to_stop.
   */
  public RaptorTimetableBuilder minTransferSeconds(int stop, int seconds) {
    checkStop(stop, "minTransferSeconds");
    if (seconds < 0) {
      throw new IllegalArgumentException(
          "minTransferSeconds at stop " + stop + " must be >= 0, was " + seconds);
    }
    minTransferSeconds[stop] = seconds;
    return this;
  }

  /** Validates and freezes; see the class comment for the rules. */
  public RaptorTimetable build() {
    for (int p = 0; p < patternStops.size(); p++) {
      TripTimesValidator.validate(p, patternArrivals.get(p), patternDepartures.get(p));
    }
    return new RaptorTimetable(columns());
  }

  private Columns columns() {
    int patternCount = patternStops.size();
    int[] stopOffsets = new int[patternCount + 1];
    int[] timeOffsets = new int[patternCount];
    int[] tripCounts = new int[patternCount];
    long timeTotal = 0;
    for (int p = 0; p < patternCount; p++) {
      int n = patternStops.get(p).length;
      stopOffsets[p + 1] = stopOffsets[p] + n;
      tripCounts[p] = patternArrivals.get(p).length;
      timeOffsets[p] = Math.toIntExact(timeTotal);
      timeTotal += (long) n * tripCounts[p];
    }
    int[] stops = new int[stopOffsets[patternCount]];
    boolean[] board = new boolean[stops.length];
    boolean[] alight = new boolean[stops.length];
    int[] arrivals = new int[Math.toIntExact(timeTotal)];
    int[] departures = new int[arrivals.length];
    for (int p = 0; p < patternCount; p++) {
      int n = patternStops.get(p).length;
      System.arraycopy(patternStops.get(p), 0, stops, stopOffsets[p], n);
      System.arraycopy(patternBoarding.get(p), 0, board, stopOffsets[p], n);
      System.arraycopy(patternAlighting.get(p), 0, alight, stopOffsets[p], n);
      for (int t = 0; t < tripCounts[p]; t++) {
        System.arraycopy(patternArrivals.get(p)[t], 0, arrivals, timeOffsets[p] + t * n, n);
        System.arraycopy(patternDepartures.get(p)[t], 0, departures, timeOffsets[p] + t * n, n);
      }
    }
    // Stop -> visits, in pattern then position order because we fill patterns in order.
    int[] visitOffsets = new int[stopCount + 1];
    for (int stop : stops) {
      visitOffsets[stop + 1]++;
    }
    for (int s = 0; s < stopCount; s++) {
      visitOffsets[s + 1] += visitOffsets[s];
    }
    int[] fill = Arrays.copyOf(visitOffsets, stopCount);
    int[] visitPatterns = new int[stops.length];
    int[] visitPositions = new int[stops.length];
    for (int p = 0; p < patternCount; p++) {
      for (int pos = 0; pos < stopOffsets[p + 1] - stopOffsets[p]; pos++) {
        int at = fill[stops[stopOffsets[p] + pos]]++;
        visitPatterns[at] = p;
        visitPositions[at] = pos;
      }
    }
    long[][] sorted = transfers.toArray(long[][]::new);
    // Deterministic order: by origin, then duration (shortest first), then target.
    Arrays.sort(
        sorted,
        (a, b) -> {
          int c = Long.compare(a[0], b[0]);
          c = c != 0 ? c : Long.compare(a[2], b[2]);
          return c != 0 ? c : Long.compare(a[1], b[1]);
        });
    int[] transferOffsets = new int[stopCount + 1];
    int[] targets = new int[sorted.length];
    int[] durations = new int[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      transferOffsets[(int) sorted[i][0] + 1]++;
      targets[i] = (int) sorted[i][1];
      durations[i] = (int) sorted[i][2];
    }
    for (int s = 0; s < stopCount; s++) {
      transferOffsets[s + 1] += transferOffsets[s];
    }
    return new Columns(
        stopCount,
        stopOffsets,
        stops,
        board,
        alight,
        tripCounts,
        timeOffsets,
        arrivals,
        departures,
        visitOffsets,
        visitPatterns,
        visitPositions,
        transferOffsets,
        targets,
        durations,
        minTransferSeconds.clone());
  }

  private void checkStop(int stop, String where) {
    if (stop < 0 || stop >= stopCount) {
      throw new IllegalArgumentException(
          where + ": stop " + stop + " is outside 0.." + (stopCount - 1));
    }
  }

  /** The frozen arrays handed to the timetable. */
  record Columns(
      int stopCount,
      int[] patternStopOffsets,
      int[] patternStops,
      boolean[] boardingAllowed,
      boolean[] alightingAllowed,
      int[] patternTripCounts,
      int[] patternTimeOffsets,
      int[] arrivalSeconds,
      int[] departureSeconds,
      int[] stopPatternOffsets,
      int[] stopPatterns,
      int[] stopPatternPositions,
      int[] transferOffsets,
      int[] transferTargets,
      int[] transferDurationSeconds,
      int[] minTransferSeconds) {}
}
