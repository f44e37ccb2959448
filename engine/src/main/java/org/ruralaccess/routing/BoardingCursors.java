package org.ruralaccess.routing;

import java.util.Arrays;

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
 * timetable (reading the timetable there cost as much as the scans it saved on Porto Alegre). A
 * visit where nothing can be boarded (boarding not allowed, or the pattern's last stop) keeps the
 * lowest possible "next departure", so that check alone turns it away.
 *
 * <p>The departures of each visit's trips are copied into one contiguous slice ({@code
 * visitDepartures}), so moving a cursor reads neighbouring ints: it steps down from the cursor,
 * doubling the step, then halves back (usually one or two trips become boardable per departure
 * minute, so a binary search over all trips, strided by the pattern's stop count, did more work).
 *
 * <p>Each move is stamped with the worker's departure serial, so a scan can tell a trip boardable
 * since this departure (new) from one boardable since a later departure (whose ride from there the
 * kept state already holds).
 */
final class BoardingCursors {

  private final int[] visitTripCounts;
  private final int[] positionTripCounts;
  private final int[] visitLastDepartures;
  // departures of trip t at visit v: visitDepartures[visitDepartureOffsets[v] + t]
  private final int[] visitDepartureOffsets;
  private final int[] visitDepartures;
  // the pattern-stop index (patternStopOffsets[pattern] + position) of each visit
  private final int[] visitPositions;
  // the visits whose cursor moved since the last reset, once per round they moved in (a visit's
  // first move in a window is one whose stamp is older than the window)
  private int[] moved = new int[0];
  private int movedCount;
  private int windowFirstSerial = 1;
  // per round: indexed by pattern-stop, read in pattern order by the scans
  private int[][] trip = new int[0][];
  private int[][] movedAt = new int[0][];
  // per round: indexed by visit, read in stop order by the marking
  private int[][] nextDeparture = new int[0][];

  BoardingCursors(RaptorTimetable timetable) {
    int visits = timetable.stopPatterns.length;
    this.visitTripCounts = new int[visits];
    this.visitLastDepartures = new int[visits];
    this.visitDepartureOffsets = new int[visits + 1];
    this.visitPositions = new int[visits];
    this.positionTripCounts = new int[timetable.patternStops.length];
    for (int v = 0; v < visits; v++) {
      int pattern = timetable.stopPatterns[v];
      int position = timetable.stopPatternPositions[v];
      visitTripCounts[v] = timetable.patternTripCounts[pattern];
      visitDepartureOffsets[v + 1] = visitDepartureOffsets[v] + visitTripCounts[v];
      visitPositions[v] = timetable.patternStopOffsets[pattern] + position;
      positionTripCounts[visitPositions[v]] = visitTripCounts[v];
    }
    this.visitDepartures = new int[visitDepartureOffsets[visits]];
    for (int v = 0; v < visits; v++) {
      int pattern = timetable.stopPatterns[v];
      int position = timetable.stopPatternPositions[v];
      int trips = visitTripCounts[v];
      for (int t = 0; t < trips; t++) {
        visitDepartures[visitDepartureOffsets[v] + t] =
            timetable.departureSeconds(pattern, t, position);
      }
      int stopIndex = timetable.patternStopOffsets[pattern] + position;
      boolean lastStop = stopIndex + 1 == timetable.patternStopOffsets[pattern + 1];
      visitLastDepartures[v] =
          trips == 0 || lastStop || !timetable.boardingAllowed[stopIndex]
              ? Integer.MIN_VALUE
              : visitDepartures[visitDepartureOffsets[v] + trips - 1];
    }
  }

  /**
   * At the start of a window no trip has been boardable from anywhere: the cursors the last window
   * moved go back (only those, so the cost follows the visits a search reached, not the network).
   * The window's departures will be numbered from {@code firstSerial}, above every stamp so far.
   */
  void reset(int transitRounds, int firstSerial) {
    windowFirstSerial = firstSerial;
    if (trip.length < transitRounds) {
      trip = new int[transitRounds][];
      nextDeparture = new int[transitRounds][];
      movedAt = new int[transitRounds][positionTripCounts.length];
      for (int k = 0; k < transitRounds; k++) {
        trip[k] = positionTripCounts.clone();
        nextDeparture[k] = visitLastDepartures.clone();
      }
      moved = new int[transitRounds * visitTripCounts.length];
      movedCount = 0;
      return;
    }
    for (int k = 0; k < trip.length; k++) {
      int[] tripK = trip[k];
      int[] nextK = nextDeparture[k];
      for (int i = 0; i < movedCount; i++) {
        int v = moved[i];
        tripK[visitPositions[v]] = visitTripCounts[v];
        nextK[v] = visitLastDepartures[v];
      }
    }
    movedCount = 0;
  }

  /** Forgets every move stamp, before the worker's departure serial starts again from 1. */
  void clearStamps() {
    for (int[] stamps : movedAt) {
      Arrays.fill(stamps, 0);
    }
  }

  /**
   * The departure of the next trip to become boardable at each visit in round {@code round}
   * (arrival in round {@code round - 1}), {@link Integer#MIN_VALUE} when none can: a visit needs
   * {@link #advance} only where this is at or after the earliest boarding time.
   */
  int[] nextDepartures(int round) {
    return nextDeparture[round - 1];
  }

  /**
   * Moves the cursor of visit {@code v} in round {@code round} to the earliest trip departing at or
   * after {@code earliestBoardSeconds}, which the caller found to be at most {@code
   * nextDepartures(round)[v]}, and stamps the move with {@code serial}.
   */
  void advance(int round, int v, int earliestBoardSeconds, int serial) {
    int[] trips = trip[round - 1];
    int position = visitPositions[v];
    int base = visitDepartureOffsets[v];
    int first = firstAtOrAfter(visitDepartures, base, trips[position] - 1, earliestBoardSeconds);
    trips[position] = first;
    nextDeparture[round - 1][v] =
        first == 0 ? Integer.MIN_VALUE : visitDepartures[base + first - 1];
    int[] stamps = movedAt[round - 1];
    if (stamps[position] < windowFirstSerial) {
      moved[movedCount++] = v;
    }
    stamps[position] = serial;
  }

  /**
   * The first index {@code t} in {@code [0, known]} with {@code departures[base + t] >= earliest},
   * where {@code departures[base + known] >= earliest} and the slice is sorted: steps down from
   * {@code known} by 1, 2, 4, ... until a departure is too early, then binary search in the last
   * step.
   */
  static int firstAtOrAfter(int[] departures, int base, int known, int earliest) {
    int high = known; // departs at or after earliest
    int step = 1;
    while (true) {
      int probe = high - step;
      if (probe < 0) {
        probe = -1;
      } else if (departures[base + probe] >= earliest) {
        high = probe;
        step <<= 1;
        continue;
      }
      // departures[probe] < earliest (or probe = -1): the answer is in (probe, high]
      int low = probe + 1;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (departures[base + mid] >= earliest) {
          high = mid;
        } else {
          low = mid + 1;
        }
      }
      return high;
    }
  }

  /**
   * The earliest trip boardable in round {@code round} at each pattern stop ({@code
   * patternStopOffsets[pattern] + position}), as of the last {@link #advance} there, or the
   * pattern's trip count when none has been: read-only.
   */
  int[] boardableTrips(int round) {
    return trip[round - 1];
  }

  /**
   * The departure serial of the last move of each pattern stop's cursor in {@code round} (indexed
   * as {@link #boardableTrips}), 0 when it has not moved since the last {@link #clearStamps}.
   */
  int[] moveSerials(int round) {
    return movedAt[round - 1];
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
