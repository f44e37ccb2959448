package org.ruralaccess.routing;

/**
 * For {@link RangeMode#BOARDING_EVENTS}: per transit round {@code k} and stop visit {@code v} (a
 * stop, a pattern through it and the stop's position there, indexed as in {@link RaptorTimetable}'s
 * stop-to-pattern arrays), the earliest trip boardable from the stop's arrival in round {@code
 * k-1}, kept over the whole window. Arrivals only get earlier as departures get earlier, so the
 * cursor only moves down; a move is a boarding event, the only time the pattern needs scanning from
 * there (R5's {@code FastRaptorWorker} starts its trip search from the previous round's trip for
 * the same reason).
 *
 * <p>Beside the trip the cursor keeps the departure of the trip before it, the next one to become
 * boardable: the common "nothing new" check then reads one array in visit order and not the
 * timetable (reading the timetable there cost as much as the scans the check saved on Porto
 * Alegre).
 */
final class BoardingCursors {

  private final RaptorTimetable tt;
  private final int[] visitTripCounts;
  private final int[] visitLastDepartures;
  // the visit index of each (pattern, stop position), in RaptorTimetable's pattern-stop order
  private final int[] positionVisits;
  // the visits whose cursor moved in any round since the last reset
  private final StopSet moved;
  private int[][] trip = new int[0][];
  private int[][] nextDeparture = new int[0][];

  BoardingCursors(RaptorTimetable timetable) {
    this.tt = timetable;
    int visits = timetable.stopPatterns.length;
    this.visitTripCounts = new int[visits];
    this.visitLastDepartures = new int[visits];
    this.positionVisits = new int[timetable.patternStops.length];
    this.moved = new StopSet(visits);
    for (int v = 0; v < visits; v++) {
      int pattern = timetable.stopPatterns[v];
      int position = timetable.stopPatternPositions[v];
      int trips = timetable.patternTripCounts[pattern];
      visitTripCounts[v] = trips;
      visitLastDepartures[v] =
          trips == 0 ? Integer.MIN_VALUE : timetable.departureSeconds(pattern, trips - 1, position);
      positionVisits[timetable.patternStopOffsets[pattern] + position] = v;
    }
  }

  /**
   * At the start of a window no trip has been boardable from anywhere: the cursors the last window
   * moved go back (only those, so the cost follows the visits a search reached, not the network).
   */
  void reset(int transitRounds) {
    if (trip.length < transitRounds) {
      trip = new int[transitRounds][];
      nextDeparture = new int[transitRounds][];
      for (int k = 0; k < transitRounds; k++) {
        trip[k] = visitTripCounts.clone();
        nextDeparture[k] = visitLastDepartures.clone();
      }
      moved.clear();
      return;
    }
    for (int k = 0; k < trip.length; k++) {
      int[] tripK = trip[k];
      int[] nextK = nextDeparture[k];
      for (int i = 0; i < moved.size(); i++) {
        int v = moved.get(i);
        tripK[v] = visitTripCounts[v];
        nextK[v] = visitLastDepartures[v];
      }
    }
    moved.clear();
  }

  /**
   * Whether being able to board at visit {@code v} from {@code earliestBoardSeconds} (arrival in
   * round {@code round - 1}, plus transfer time and slack) makes a trip boardable that was not
   * before; if so, moves the cursor to the earliest boardable trip.
   */
  boolean advance(int round, int v, int pattern, int position, int earliestBoardSeconds) {
    int[] next = nextDeparture[round - 1];
    if (next[v] < earliestBoardSeconds) {
      return false;
    }
    int[] trips = trip[round - 1];
    int stopsInPattern = tt.patternStopOffsets[pattern + 1] - tt.patternStopOffsets[pattern];
    int timeBase = tt.patternTimeOffsets[pattern];
    int first =
        firstTripDepartingAtOrAfter(
            tt, earliestBoardSeconds, timeBase, stopsInPattern, position, trips[v]);
    trips[v] = first;
    moved.add(v);
    next[v] =
        first == 0
            ? Integer.MIN_VALUE
            : tt.departureSeconds[timeBase + (first - 1) * stopsInPattern + position];
    return true;
  }

  /**
   * The earliest trip boardable in round {@code round} at the pattern stop {@code patternStopIndex}
   * ({@code patternStopOffsets[pattern] + position}), as of the last {@link #advance} there.
   */
  int boardableTrip(int round, int patternStopIndex) {
    return trip[round - 1][positionVisits[patternStopIndex]];
  }

  /**
   * Binary search in trips {@code [0, upper)} for the first departing at or after {@code
   * earliestBoard} at stop position {@code pos}; the caller knows trip {@code upper-1} does.
   */
  static int firstTripDepartingAtOrAfter(
      RaptorTimetable tt, int earliestBoard, int timeBase, int stopsInPattern, int pos, int upper) {
    int low = 0;
    int high = upper - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tt.departureSeconds[timeBase + mid * stopsInPattern + pos] >= earliestBoard) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }
}
