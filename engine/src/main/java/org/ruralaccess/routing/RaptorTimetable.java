package org.ruralaccess.routing;

/**
 * The scheduled transit of one service date as flat primitive arrays, the only input of {@link
 * RangeRaptorWorker}. Immutable; built by {@link RaptorTimetableBuilder}, which rejects trips that
 * are unsorted, overtake each other or run backwards in time.
 *
 * <p>Column store (as R5's {@code TransitLayer} patterns, but without public mutable fields): the
 * stops of pattern {@code p} are {@code patternStops[patternStopOffsets[p] ..
 * patternStopOffsets[p+1])}; the times of trip {@code t} of pattern {@code p} at stop position
 * {@code pos} are at {@code patternTimeOffsets[p] + t * stopCountInPattern + pos} in {@code
 * arrivalSeconds} and {@code departureSeconds}. The hot loop in the worker indexes these arrays
 * directly (package-private fields) rather than calling accessors through an interface.
 */
public final class RaptorTimetable {

  final int stopCount;
  final int[] patternStopOffsets;
  final int[] patternStops;
  final boolean[] boardingAllowed;
  final boolean[] alightingAllowed;
  final int[] patternTripCounts;
  final int[] patternTimeOffsets;
  final int[] arrivalSeconds;
  final int[] departureSeconds;
  // For each stop the (pattern, position) pairs that visit it, sorted by pattern then position.
  final int[] stopPatternOffsets;
  final int[] stopPatterns;
  final int[] stopPatternPositions;
  // Footpaths from each stop, sorted by duration then target stop.
  final int[] transferOffsets;
  final int[] transferTargets;
  final int[] transferDurationSeconds;
  final int[] minTransferSeconds;

  RaptorTimetable(RaptorTimetableBuilder.Columns columns) {
    this.stopCount = columns.stopCount();
    this.patternStopOffsets = columns.patternStopOffsets();
    this.patternStops = columns.patternStops();
    this.boardingAllowed = columns.boardingAllowed();
    this.alightingAllowed = columns.alightingAllowed();
    this.patternTripCounts = columns.patternTripCounts();
    this.patternTimeOffsets = columns.patternTimeOffsets();
    this.arrivalSeconds = columns.arrivalSeconds();
    this.departureSeconds = columns.departureSeconds();
    this.stopPatternOffsets = columns.stopPatternOffsets();
    this.stopPatterns = columns.stopPatterns();
    this.stopPatternPositions = columns.stopPatternPositions();
    this.transferOffsets = columns.transferOffsets();
    this.transferTargets = columns.transferTargets();
    this.transferDurationSeconds = columns.transferDurationSeconds();
    this.minTransferSeconds = columns.minTransferSeconds();
  }

  /** Starts a timetable over stops {@code 0 .. stopCount-1}. */
  public static RaptorTimetableBuilder builder(int stopCount) {
    return new RaptorTimetableBuilder(stopCount);
  }

  public int stopCount() {
    return stopCount;
  }

  public int patternCount() {
    return patternTripCounts.length;
  }

  public int stopCountInPattern(int pattern) {
    return patternStopOffsets[pattern + 1] - patternStopOffsets[pattern];
  }

  public int stop(int pattern, int stopPosition) {
    return patternStops[patternStopOffsets[pattern] + stopPosition];
  }

  public boolean canBoard(int pattern, int stopPosition) {
    return boardingAllowed[patternStopOffsets[pattern] + stopPosition];
  }

  public boolean canAlight(int pattern, int stopPosition) {
    return alightingAllowed[patternStopOffsets[pattern] + stopPosition];
  }

  public int tripCount(int pattern) {
    return patternTripCounts[pattern];
  }

  public int arrivalSeconds(int pattern, int trip, int stopPosition) {
    return arrivalSeconds[timeIndex(pattern, trip, stopPosition)];
  }

  public int departureSeconds(int pattern, int trip, int stopPosition) {
    return departureSeconds[timeIndex(pattern, trip, stopPosition)];
  }

  /** Number of (pattern, stop position) visits at {@code stop}. */
  public int visitCount(int stop) {
    return stopPatternOffsets[stop + 1] - stopPatternOffsets[stop];
  }

  public int visitPattern(int stop, int visit) {
    return stopPatterns[stopPatternOffsets[stop] + visit];
  }

  public int visitStopPosition(int stop, int visit) {
    return stopPatternPositions[stopPatternOffsets[stop] + visit];
  }

  /** Number of footpaths leaving {@code fromStop}; they are sorted by duration. */
  public int transferCount(int fromStop) {
    return transferOffsets[fromStop + 1] - transferOffsets[fromStop];
  }

  public int transferTarget(int fromStop, int transfer) {
    return transferTargets[transferOffsets[fromStop] + transfer];
  }

  public int transferDurationSeconds(int fromStop, int transfer) {
    return transferDurationSeconds[transferOffsets[fromStop] + transfer];
  }

  /** Extra seconds needed to re-board at {@code stop} after alighting there (0 if none given). */
  public int minTransferSeconds(int stop) {
    return minTransferSeconds[stop];
  }

  public int totalTripCount() {
    int total = 0;
    for (int trips : patternTripCounts) {
      total += trips;
    }
    return total;
  }

  private int timeIndex(int pattern, int trip, int stopPosition) {
    return patternTimeOffsets[pattern] + trip * stopCountInPattern(pattern) + stopPosition;
  }

  @Override
  public String toString() {
    return "RaptorTimetable[stops="
        + stopCount
        + ", patterns="
        + patternCount()
        + ", trips="
        + totalTripCount()
        + ", transfers="
        + transferTargets.length
        + "]";
  }
}
