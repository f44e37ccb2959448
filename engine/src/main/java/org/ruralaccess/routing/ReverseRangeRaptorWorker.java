package org.ruralaccess.routing;

import java.util.Arrays;

/**
 * Reverse (arrive-by) range-RAPTOR: for every stop, the latest time one can be there and still
 * reach a target by a deadline, for every deadline of a window, streamed to a {@link
 * ReverseRaptorListener} from the earliest deadline to the latest. One search answers "from where
 * can one arrive at D by 09:00" for every stop at once, instead of a forward search from every
 * origin. OpenTripPlanner's raptor and R5 have the same direction switch; OTP mirrors its forward
 * worker through a time calculator that swaps board and alight slack.
 *
 * <p>It answers exactly the journeys {@link RangeRaptorWorker} finds, mirrored: a forward search
 * from stop {@code s} leaving at {@code d} reaches the target by {@code T} exactly when {@code d}
 * is at or before this search's departure for {@code s} and {@code T} (checked on random networks
 * by {@code ReverseRaptorDifferentialTest}). Forward journeys are: start at a stop, board (board
 * slack), ride, alight, then optionally one footpath, board again (board slack, plus the stop's
 * minimum transfer time when re-boarding where one alighted), ..., alight, optionally one footpath,
 * egress. So, mirrored:
 *
 * <ul>
 *   <li>Round 0 holds the latest vehicle arrival at each stop from which the target is reached on
 *       foot: {@code T - egress} at an egress stop, and {@code T - egress - footpath} at a stop
 *       with a footpath to one. A stop that is itself an egress stop also departs at {@code T -
 *       egress} with no vehicle at all (forward: the access stop is an egress stop); no footpath
 *       precedes the first boarding (forward searches start boarding at their access stop).
 *   <li>Round {@code k} scans backwards, from the last position, each pattern through a stop whose
 *       round {@code k-1} label changed: at each stop it first records the departure of the trip it
 *       is on as the stop's boarding label, then, where alighting is allowed, switches to the
 *       latest trip arriving there by the stop's latest alighting time: {@code board[k-1] -
 *       boardSlack - minTransfer} (re-board here) or {@code alight[k-1]} (walk on).
 *   <li>Footpaths are walked backwards from each stop whose boarding label improved: the source
 *       stop's alighting label becomes {@code board - boardSlack - footpath}. Never footpath after
 *       footpath, as forward.
 *   <li>A stop's answer is its best {@code board - boardSlack} over the rounds (or {@code T -
 *       egress} at an egress stop).
 * </ul>
 *
 * <p>Range: deadlines run from the earliest to the latest and the labels are kept, because a
 * journey that arrives by one deadline arrives by every later one (mirror of forward range-RAPTOR,
 * which runs departures latest first). Labels earlier than {@code T - maxTripDuration} are
 * discarded and reported as no longer reached. One worker per thread; nothing is allocated per
 * deadline.
 */
public final class ReverseRangeRaptorWorker {

  static final int UNREACHED = Integer.MIN_VALUE;
  private static final int NOT_MARKED = Integer.MIN_VALUE;

  private final RaptorTimetable tt;
  private final IncomingTransfers incoming;
  private final RoundDepartures labels;
  private final int[] bestDepartureSeconds;
  private final StopDepartures view;
  private final int[] lastMarkedPosition;
  private final int[] markedPatterns;
  private StopSet previousChanged;
  private StopSet previousScan;
  private StopSet currentChanged;
  private StopSet currentScan;
  private final StopSet boardImproved;
  private final StopSet reportChanged;
  private final StopSet everReached;

  private int boardSlackSeconds;
  private int earliestValidSeconds;
  private long patternScans;
  private long stopVisits;
  private long transferRelaxations;
  private int deadlinesWithRoundOneScans;
  private RaptorWork lastWork = new RaptorWork(0, 0, 0, 0, 0);

  public ReverseRangeRaptorWorker(RaptorTimetable timetable) {
    this.tt = timetable;
    this.incoming = new IncomingTransfers(timetable);
    int stops = timetable.stopCount();
    this.labels = new RoundDepartures(stops);
    this.bestDepartureSeconds = new int[stops];
    this.view = new StopDepartures(bestDepartureSeconds);
    this.lastMarkedPosition = new int[timetable.patternCount()];
    Arrays.fill(lastMarkedPosition, NOT_MARKED);
    this.markedPatterns = new int[timetable.patternCount()];
    this.previousChanged = new StopSet(stops);
    this.previousScan = new StopSet(stops);
    this.currentChanged = new StopSet(stops);
    this.currentScan = new StopSet(stops);
    this.boardImproved = new StopSet(stops);
    this.reportChanged = new StopSet(stops);
    this.everReached = new StopSet(stops);
  }

  /** Runs the whole window of {@code request}, calling {@code listener} once per deadline. */
  public void route(ReverseRaptorRequest request, ReverseRaptorListener listener) {
    for (int i = 0; i < request.egressCount(); i++) {
      int stop = request.egressStop(i);
      if (stop < 0 || stop >= tt.stopCount) {
        throw new IllegalArgumentException(
            "egress stop " + stop + " is outside 0.." + (tt.stopCount - 1));
      }
    }
    int transitRounds = request.maxTransfers() + 1;
    labels.reset(transitRounds);
    Arrays.fill(bestDepartureSeconds, UNREACHED);
    everReached.clear();
    reportChanged.clear();
    boardSlackSeconds = request.boardSlackSeconds();
    patternScans = 0;
    stopVisits = 0;
    transferRelaxations = 0;
    deadlinesWithRoundOneScans = 0;
    int previousEarliestValid = Integer.MIN_VALUE;
    int deadlines = 0;
    for (int deadline = request.earliestDeadlineSeconds();
        deadline <= request.lastDeadlineSeconds();
        deadline += request.deadlineStepSeconds()) {
      earliestValidSeconds =
          (int)
              Math.max(Integer.MIN_VALUE + 1L, (long) deadline - request.maxTripDurationSeconds());
      searchDeadline(request, deadline, transitRounds);
      if (deadlines > 0) {
        reportExpired(previousEarliestValid);
      }
      view.earliestValidDepartureSeconds(earliestValidSeconds);
      listener.deadline(deadline, view, reportChanged.members(), reportChanged.size());
      reportChanged.clear();
      previousEarliestValid = earliestValidSeconds;
      deadlines++;
    }
    lastWork =
        new RaptorWork(
            deadlines, deadlinesWithRoundOneScans, patternScans, stopVisits, transferRelaxations);
  }

  /** Work done by the last {@link #route} call ({@code departures} counts deadlines). */
  public RaptorWork lastWork() {
    return lastWork;
  }

  private void searchDeadline(ReverseRaptorRequest request, int deadline, int transitRounds) {
    previousChanged.clear();
    previousScan.clear();
    int[] alight0 = labels.alight(0);
    for (int i = 0; i < request.egressCount(); i++) {
      int stop = request.egressStop(i);
      int time = deadline - request.egressDuration(i);
      if (time < earliestValidSeconds) {
        continue;
      }
      improveBest(stop, time); // at the target's stop already: no vehicle needed
      improveRoundZero(alight0, stop, time);
      for (int t = incoming.offsets[stop]; t < incoming.offsets[stop + 1]; t++) {
        int viaFootpath = time - incoming.durationSeconds[t];
        transferRelaxations++;
        if (viaFootpath < earliestValidSeconds) {
          break; // sorted by duration: the rest are too early as well
        }
        improveRoundZero(alight0, incoming.sources[t], viaFootpath);
      }
    }
    for (int round = 1; round <= transitRounds && previousChanged.size() > 0; round++) {
      currentChanged.clear();
      currentScan.clear();
      boardImproved.clear();
      labels.copyImproved(round, previousChanged, currentChanged);
      long scansBefore = patternScans;
      scanMarkedPatterns(round);
      relaxTransfers(round);
      if (round == 1 && patternScans > scansBefore) {
        deadlinesWithRoundOneScans++; // no boarding-event pruning here: any round-1 scan counts
      }
      StopSet swap = previousChanged;
      previousChanged = currentChanged;
      currentChanged = swap;
      swap = previousScan;
      previousScan = currentScan;
      currentScan = swap;
    }
  }

  private void improveRoundZero(int[] alight0, int stop, int time) {
    if (time > alight0[stop]) {
      alight0[stop] = time;
      previousChanged.add(stop);
      previousScan.add(stop);
    }
  }

  /** Marks the patterns through stops changed in the previous round, from the last such stop. */
  private void scanMarkedPatterns(int round) {
    int markedCount = 0;
    for (int i = 0; i < previousScan.size(); i++) {
      int stop = previousScan.get(i);
      for (int v = tt.stopPatternOffsets[stop]; v < tt.stopPatternOffsets[stop + 1]; v++) {
        int pattern = tt.stopPatterns[v];
        int position = tt.stopPatternPositions[v];
        if (!tt.alightingAllowed[tt.patternStopOffsets[pattern] + position]) {
          continue;
        }
        if (lastMarkedPosition[pattern] == NOT_MARKED) {
          markedPatterns[markedCount++] = pattern;
          lastMarkedPosition[pattern] = position;
        } else if (position > lastMarkedPosition[pattern]) {
          lastMarkedPosition[pattern] = position;
        }
      }
    }
    for (int i = 0; i < markedCount; i++) {
      int pattern = markedPatterns[i];
      scanPattern(pattern, lastMarkedPosition[pattern], round);
      lastMarkedPosition[pattern] = NOT_MARKED;
    }
  }

  /**
   * Rides the pattern backwards in time from {@code lastPosition}: records the departure of the
   * trip on board as each stop's boarding label, then checks whether a later trip can be taken that
   * still arrives at this stop in time for the rest of the journey.
   */
  private void scanPattern(int pattern, int lastPosition, int round) {
    patternScans++;
    int stopBase = tt.patternStopOffsets[pattern];
    int stopsInPattern = tt.patternStopOffsets[pattern + 1] - stopBase;
    int timeBase = tt.patternTimeOffsets[pattern];
    int tripCount = tt.patternTripCounts[pattern];
    int[] previousBoard = labels.board(round - 1);
    int[] previousAlight = labels.alight(round - 1);
    int[] board = labels.board(round);
    int onTrip = -1;
    int onTripBase = 0;
    for (int pos = lastPosition; pos >= 0; pos--) {
      int stop = tt.patternStops[stopBase + pos];
      if (onTrip >= 0 && tt.boardingAllowed[stopBase + pos]) {
        int time = tt.departureSeconds[onTripBase + pos];
        if (time >= earliestValidSeconds && time > board[stop]) {
          board[stop] = time;
          currentScan.add(stop);
          currentChanged.add(stop);
          boardImproved.add(stop);
          improveBest(stop, time - boardSlackSeconds);
        }
      }
      if (tt.alightingAllowed[stopBase + pos] && previousScan.contains(stop)) {
        int latestArrival = latestAlightingSeconds(previousBoard[stop], previousAlight[stop], stop);
        if (latestArrival != UNREACHED) {
          int lower = onTrip >= 0 ? onTrip + 1 : 0;
          if (lower < tripCount
              && tt.arrivalSeconds[timeBase + lower * stopsInPattern + pos] <= latestArrival) {
            onTrip =
                lastTripArrivingAtOrBefore(
                    latestArrival, timeBase, stopsInPattern, pos, lower, tripCount);
            onTripBase = timeBase + onTrip * stopsInPattern;
          }
        }
      }
    }
    stopVisits += lastPosition + 1;
  }

  /**
   * The latest a vehicle may arrive at {@code stop}: in time to re-board there (board slack and the
   * stop's minimum transfer time) or to walk on (already counted in the alighting label).
   */
  private int latestAlightingSeconds(int boardDeparture, int alightLabel, int stop) {
    int viaBoarding =
        boardDeparture == UNREACHED
            ? UNREACHED
            : boardDeparture - boardSlackSeconds - tt.minTransferSeconds[stop];
    return Math.max(viaBoarding, alightLabel);
  }

  /**
   * Binary search in trips {@code [lower, tripCount)}; the caller knows trip {@code lower} fits.
   */
  private int lastTripArrivingAtOrBefore(
      int latestArrival, int timeBase, int stopsInPattern, int pos, int lower, int tripCount) {
    int low = lower;
    int high = tripCount - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (tt.arrivalSeconds[timeBase + mid * stopsInPattern + pos] <= latestArrival) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /** One footpath walked backwards into each stop whose boarding label improved this round. */
  private void relaxTransfers(int round) {
    int[] board = labels.board(round);
    int[] alight = labels.alight(round);
    for (int i = 0; i < boardImproved.size(); i++) {
      int to = boardImproved.get(i);
      int ready = board[to] - boardSlackSeconds;
      for (int t = incoming.offsets[to]; t < incoming.offsets[to + 1]; t++) {
        int time = ready - incoming.durationSeconds[t];
        transferRelaxations++;
        if (time < earliestValidSeconds) {
          break; // sorted by duration: the rest are too early as well
        }
        int from = incoming.sources[t];
        if (time > alight[from]) {
          alight[from] = time;
          currentScan.add(from);
          currentChanged.add(from);
        }
      }
    }
  }

  /** A board label can be in time while the departure it gives (board slack earlier) is not. */
  private void improveBest(int stop, int time) {
    if (time >= earliestValidSeconds && time > bestDepartureSeconds[stop]) {
      if (bestDepartureSeconds[stop] == UNREACHED) {
        everReached.add(stop);
      }
      bestDepartureSeconds[stop] = time;
      reportChanged.add(stop);
    }
  }

  /**
   * With a max trip duration, a departure kept from an earlier deadline can be too early for this
   * one: report stops whose departure was valid for the previous deadline and is not any more.
   */
  private void reportExpired(int previousEarliestValid) {
    for (int i = 0; i < everReached.size(); i++) {
      int stop = everReached.get(i);
      int time = bestDepartureSeconds[stop];
      if (time < earliestValidSeconds && time >= previousEarliestValid) {
        reportChanged.add(stop);
      }
    }
  }
}
