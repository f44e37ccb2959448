package org.ruralaccess.routing;

import java.util.Arrays;

/**
 * Range-RAPTOR over a {@link RaptorTimetable}: earliest arrival at every stop for every departure
 * of a window, streamed to a {@link RaptorListener} from the latest departure to the earliest.
 *
 * <p>Algorithm: RAPTOR (Delling, Pajor, Werneck, "Round-Based Public Transit Routing", 2012) in its
 * range variant (rRAPTOR, section 4.1 of the paper), as in Conveyal R5's {@code FastRaptorWorker}:
 * the per-round arrival arrays are kept from one departure to the next earlier one, because an
 * arrival possible when leaving later is still possible when leaving earlier and waiting. Each
 * departure therefore only improves on what the later one found, and only stops whose arrival
 * changed are rescanned. See {@code package-info.java} for the round structure.
 *
 * <p>One worker per thread: it owns its state arrays and reuses them between calls to {@link
 * #route}; nothing is allocated per departure.
 */
public final class RangeRaptorWorker {

  static final int UNREACHED = Integer.MAX_VALUE;
  private static final int NOT_MARKED = Integer.MAX_VALUE;

  private final RaptorTimetable tt;
  private final RangeMode mode;
  private final RoundArrivals arrivals;
  private final int[] bestArrivalSeconds;
  // best arrival on board or by the access leg: where the walk to a destination may start
  private final int[] bestNonTransferSeconds;
  private final StopArrivals view;
  private final int[] firstMarkedPosition;
  private final int[] lastMarkedPosition;
  private final int[] markedPatterns;
  // per visit: whether a trip can be boarded there at all (boarding allowed, not the last stop)
  private final boolean[] visitBoardable;
  // stops written in any round of this departure (access, alighting, footpaths)
  private final StopSet touched;
  // stops improved (not copied) in the previous and in this round: the stops to board at next
  private StopSet previousScan;
  private StopSet currentScan;
  private final StopSet reportChanged;
  private final StopSet everReached;
  private final BoardingCursors cursors;

  private int boardSlackSeconds;
  // numbers the departures searched by this worker (never 0), to stamp cursor moves
  private int departureSerial;
  private int latestValidArrivalSeconds;
  private long patternScans;
  private long stopVisits;
  private long transferRelaxations;
  private int departuresWithNewBoardings;
  private boolean newBoardingThisDeparture;
  private RaptorWork lastWork = new RaptorWork(0, 0, 0, 0, 0);

  /** A worker that runs the rounds only at departures where a new trip can be boarded. */
  public RangeRaptorWorker(RaptorTimetable timetable) {
    this(timetable, RangeMode.BOARDING_EVENTS);
  }

  public RangeRaptorWorker(RaptorTimetable timetable, RangeMode mode) {
    this.tt = timetable;
    this.mode = mode;
    int stops = timetable.stopCount();
    this.arrivals = new RoundArrivals(stops);
    this.bestArrivalSeconds = new int[stops];
    this.bestNonTransferSeconds = new int[stops];
    Arrays.fill(bestArrivalSeconds, UNREACHED);
    Arrays.fill(bestNonTransferSeconds, UNREACHED);
    this.view = new StopArrivals(bestArrivalSeconds, bestNonTransferSeconds);
    this.firstMarkedPosition = new int[timetable.patternCount()];
    Arrays.fill(firstMarkedPosition, NOT_MARKED);
    this.lastMarkedPosition = new int[timetable.patternCount()];
    this.markedPatterns = new int[timetable.patternCount()];
    this.visitBoardable = new boolean[timetable.stopPatterns.length];
    for (int v = 0; v < visitBoardable.length; v++) {
      int pattern = timetable.stopPatterns[v];
      int stopIndex = timetable.patternStopOffsets[pattern] + timetable.stopPatternPositions[v];
      visitBoardable[v] =
          timetable.boardingAllowed[stopIndex]
              && stopIndex + 1 < timetable.patternStopOffsets[pattern + 1];
    }
    this.touched = new StopSet(stops);
    this.previousScan = new StopSet(stops);
    this.currentScan = new StopSet(stops);
    this.reportChanged = new StopSet(stops);
    this.everReached = new StopSet(stops);
    this.cursors = new BoardingCursors(timetable);
  }

  /** Runs the whole window of {@code request}, calling {@code listener} once per departure. */
  public void route(RaptorRequest request, RaptorListener listener) {
    for (int i = 0; i < request.accessCount() + request.timedAccess().size(); i++) {
      int stop =
          i < request.accessCount()
              ? request.accessStop(i)
              : request.timedAccess().stop(i - request.accessCount());
      if (stop < 0 || stop >= tt.stopCount) {
        throw new IllegalArgumentException(
            "access stop " + stop + " is outside 0.." + (tt.stopCount - 1));
      }
    }
    int transitRounds = request.maxTransfers() + 1;
    // the state of the last window is cleared where that window wrote it, not over the network
    arrivals.reset(transitRounds, everReached);
    if (mode == RangeMode.BOARDING_EVENTS) {
      if (departureSerial > Integer.MAX_VALUE - 1 - request.departureCount()) {
        cursors.clearStamps();
        departureSerial = 0;
      }
      cursors.reset(transitRounds, departureSerial + 1);
    }
    // Every stop with a non-transfer arrival also has a best arrival, never later (both methods
    // improving them set both), so the stops ever reached cover both arrays.
    for (int i = 0; i < everReached.size(); i++) {
      int stop = everReached.get(i);
      bestArrivalSeconds[stop] = UNREACHED;
      bestNonTransferSeconds[stop] = UNREACHED;
    }
    everReached.clear();
    reportChanged.clear();
    boardSlackSeconds = request.boardSlackSeconds();
    patternScans = 0;
    stopVisits = 0;
    transferRelaxations = 0;
    departuresWithNewBoardings = 0;
    int previousLatestValid = Integer.MIN_VALUE;
    int departures = 0;
    for (int departure = request.lastDepartureSeconds();
        departure >= request.earliestDepartureSeconds();
        departure -= request.departureStepSeconds()) {
      latestValidArrivalSeconds =
          (int)
              Math.min(Integer.MAX_VALUE - 1L, (long) departure + request.maxTripDurationSeconds());
      searchDeparture(request, departure, transitRounds);
      if (previousLatestValid != Integer.MIN_VALUE) {
        reportExpired(previousLatestValid);
      }
      view.latestValidArrivalSeconds(latestValidArrivalSeconds);
      listener.departure(departure, view, reportChanged.members(), reportChanged.size());
      reportChanged.clear();
      previousLatestValid = latestValidArrivalSeconds;
      departures++;
    }
    lastWork =
        new RaptorWork(
            departures, departuresWithNewBoardings, patternScans, stopVisits, transferRelaxations);
  }

  /** Work done by the last {@link #route} call. */
  public RaptorWork lastWork() {
    return lastWork;
  }

  private void searchDeparture(RaptorRequest request, int departure, int transitRounds) {
    newBoardingThisDeparture = false;
    departureSerial++;
    touched.clear();
    previousScan.clear();
    int[] accessWalk = arrivals.walk(0);
    for (int i = 0; i < request.accessCount(); i++) {
      int stop = request.accessStop(i);
      int time = departure + request.accessDuration(i);
      if (time <= latestValidArrivalSeconds && time < accessWalk[stop]) {
        accessWalk[stop] = time;
        touched.add(stop);
        previousScan.add(stop);
        improveBestNonTransfer(stop, time);
      }
    }
    TimedAccessLegs timed = request.timedAccess();
    for (int i = 0; i < timed.size(); i++) {
      int stop = timed.stop(i);
      int time = timed.arrivalSeconds(i, departure);
      if (time >= 0 && time <= latestValidArrivalSeconds && time < accessWalk[stop]) {
        accessWalk[stop] = time;
        touched.add(stop);
        previousScan.add(stop);
        improveBestNonTransfer(stop, time);
      }
    }
    boolean changed = previousScan.size() > 0;
    int round = 1;
    for (; round <= transitRounds && changed; round++) {
      currentScan.clear();
      // every stop changed in the last round is in touched; the others copy nothing
      int copied = arrivals.copyImproved(round, touched);
      scanMarkedPatterns(round);
      relaxTransfers(round);
      if (round == 1 && newBoardingThisDeparture) {
        departuresWithNewBoardings++;
      }
      changed = copied > 0 || currentScan.size() > 0;
      StopSet swap = previousScan;
      previousScan = currentScan;
      currentScan = swap;
    }
    // Only a departure whose last round changed can change a best arrival: when the rounds stop
    // early, no round changed from there on, so neither did the last.
    if (round > transitRounds && changed) {
      improveBest(touched, transitRounds);
    }
  }

  /**
   * Marks the patterns through stops improved in the previous round, from the first such stop. In
   * {@link RangeMode#BOARDING_EVENTS} a pattern is marked only from the stops where the improved
   * arrival lets a trip be boarded that could not be boarded from the stop's arrival in the same
   * round at a later departure: every other trip was ridden then, and what it reaches is already in
   * the kept state of this round (an arrival it reaches that was too late then is too late now, as
   * the limit only moves earlier).
   */
  private void scanMarkedPatterns(int round) {
    int[] previousTransit = arrivals.transit(round - 1);
    int[] previousWalk = arrivals.walk(round - 1);
    int markedCount = 0;
    if (mode == RangeMode.BOARDING_EVENTS) {
      int[] nextDepartures = cursors.nextDepartures(round);
      for (int i = 0; i < previousScan.size(); i++) {
        int stop = previousScan.get(i);
        int ready = readyToBoardSeconds(previousTransit[stop], previousWalk[stop], stop);
        if (ready == UNREACHED) {
          continue;
        }
        int earliestBoard = ready + boardSlackSeconds;
        for (int v = tt.stopPatternOffsets[stop]; v < tt.stopPatternOffsets[stop + 1]; v++) {
          // also turns away visits where nothing can be boarded (see BoardingCursors)
          if (nextDepartures[v] < earliestBoard) {
            continue;
          }
          cursors.advance(round, v, earliestBoard, departureSerial);
          markedCount = mark(tt.stopPatterns[v], tt.stopPatternPositions[v], markedCount);
        }
      }
      if (round == 1 && markedCount > 0) {
        newBoardingThisDeparture = true;
      }
      for (int i = 0; i < markedCount; i++) {
        int pattern = markedPatterns[i];
        scanPatternFromCursors(pattern, firstMarkedPosition[pattern], round);
        firstMarkedPosition[pattern] = NOT_MARKED;
      }
      return;
    }
    for (int i = 0; i < previousScan.size(); i++) {
      int stop = previousScan.get(i);
      for (int v = tt.stopPatternOffsets[stop]; v < tt.stopPatternOffsets[stop + 1]; v++) {
        if (visitBoardable[v]) {
          markedCount = mark(tt.stopPatterns[v], tt.stopPatternPositions[v], markedCount);
        }
      }
    }
    if (round == 1 && markedCount > 0) {
      newBoardingThisDeparture = true;
    }
    for (int i = 0; i < markedCount; i++) {
      int pattern = markedPatterns[i];
      scanPattern(pattern, firstMarkedPosition[pattern], round);
      firstMarkedPosition[pattern] = NOT_MARKED;
    }
  }

  /** Notes a boarding at {@code position} of {@code pattern}; returns the marked-pattern count. */
  private int mark(int pattern, int position, int markedCount) {
    if (firstMarkedPosition[pattern] == NOT_MARKED) {
      markedPatterns[markedCount++] = pattern;
      firstMarkedPosition[pattern] = position;
      lastMarkedPosition[pattern] = position;
    } else if (position < firstMarkedPosition[pattern]) {
      firstMarkedPosition[pattern] = position;
    } else if (position > lastMarkedPosition[pattern]) {
      lastMarkedPosition[pattern] = position;
    }
    return markedCount;
  }

  /**
   * {@link RangeMode#BOARDING_EVENTS}: rides the pattern from {@code firstPosition} on the trips
   * the cursors hold, alighting only from a trip boarded at this departure. At a stop whose cursor
   * holds a trip no later than the one on board but did not move now, that trip was boarded there
   * at a later departure of the window, in this round, and ridden on from there: what the trip on
   * board would reach from here is already in the kept state (no earlier arrivals, as trips never
   * overtake, and an arrival too late for that departure's trip limit is too late now). The ride
   * stops being new there, and the scan ends after the last stop marked now.
   */
  private void scanPatternFromCursors(int pattern, int firstPosition, int round) {
    patternScans++;
    int stopBase = tt.patternStopOffsets[pattern];
    int stopsInPattern = tt.patternStopOffsets[pattern + 1] - stopBase;
    int lastMarked = lastMarkedPosition[pattern];
    int timeBase = tt.patternTimeOffsets[pattern];
    int[] transit = arrivals.transit(round);
    int[] boardable = cursors.boardableTrips(round);
    int[] moveSerials = cursors.moveSerials(round);
    int onTrip = tt.patternTripCounts[pattern];
    boolean riding = false;
    int onTripBase = 0;
    int pos = firstPosition;
    for (; pos < stopsInPattern; pos++) {
      int stopIndex = stopBase + pos;
      if (riding && tt.alightingAllowed[stopIndex]) {
        int time = tt.arrivalSeconds[onTripBase + pos];
        int stop = tt.patternStops[stopIndex];
        if (time <= latestValidArrivalSeconds && time < transit[stop]) {
          transit[stop] = time;
          currentScan.add(stop);
          touched.add(stop);
        }
      }
      int trip = boardable[stopIndex];
      if (trip <= onTrip) {
        boolean movedNow = moveSerials[stopIndex] == departureSerial;
        if (trip < onTrip || !movedNow) {
          onTrip = trip;
          riding = movedNow;
          onTripBase = timeBase + onTrip * stopsInPattern;
        }
      }
      if (!riding && pos >= lastMarked) {
        pos++;
        break;
      }
    }
    stopVisits += pos - firstPosition;
  }

  /**
   * {@link RangeMode#EVERY_DEPARTURE}: rides the pattern from {@code firstPosition}: alights from
   * the trip on board at each stop, then checks whether an earlier trip can be caught there from
   * the previous round's arrival.
   */
  private void scanPattern(int pattern, int firstPosition, int round) {
    patternScans++;
    int stopBase = tt.patternStopOffsets[pattern];
    int stopsInPattern = tt.patternStopOffsets[pattern + 1] - stopBase;
    int timeBase = tt.patternTimeOffsets[pattern];
    int tripCount = tt.patternTripCounts[pattern];
    int[] previousTransit = arrivals.transit(round - 1);
    int[] previousWalk = arrivals.walk(round - 1);
    int[] transit = arrivals.transit(round);
    int onTrip = -1;
    int onTripBase = 0;
    for (int pos = firstPosition; pos < stopsInPattern; pos++) {
      int stop = tt.patternStops[stopBase + pos];
      if (onTrip >= 0 && tt.alightingAllowed[stopBase + pos]) {
        int time = tt.arrivalSeconds[onTripBase + pos];
        if (time <= latestValidArrivalSeconds && time < transit[stop]) {
          transit[stop] = time;
          currentScan.add(stop);
          touched.add(stop);
        }
      }
      if (!tt.boardingAllowed[stopBase + pos] || !previousScan.contains(stop)) {
        continue;
      }
      int ready = readyToBoardSeconds(previousTransit[stop], previousWalk[stop], stop);
      if (ready != UNREACHED) {
        int earliestBoard = ready + boardSlackSeconds;
        int upper = onTrip >= 0 ? onTrip : tripCount;
        if (upper > 0
            && tt.departureSeconds[timeBase + (upper - 1) * stopsInPattern + pos]
                >= earliestBoard) {
          onTrip =
              BoardingCursors.firstTripDepartingAtOrAfter(
                  tt, earliestBoard, timeBase, stopsInPattern, pos, upper);
          onTripBase = timeBase + onTrip * stopsInPattern;
        }
      }
    }
    stopVisits += stopsInPattern - firstPosition;
  }

  /**
   * When a passenger at {@code stop} can start boarding, before board slack: after alighting there
   * they also need the stop's minimum transfer time; after walking there they do not.
   */
  private int readyToBoardSeconds(int transitArrival, int walkArrival, int stop) {
    int viaTransit =
        transitArrival == UNREACHED ? UNREACHED : transitArrival + tt.minTransferSeconds[stop];
    return Math.min(viaTransit, walkArrival);
  }

  /** One footpath from each stop improved by transit this round; never footpath after footpath. */
  private void relaxTransfers(int round) {
    int[] transit = arrivals.transit(round);
    int[] walk = arrivals.walk(round);
    // so far this round's improved stops are those improved by transit; footpaths append to them
    int improvedByTransit = currentScan.size();
    for (int i = 0; i < improvedByTransit; i++) {
      int from = currentScan.get(i);
      int arrival = transit[from];
      for (int t = tt.transferOffsets[from]; t < tt.transferOffsets[from + 1]; t++) {
        int time = arrival + tt.transferDurationSeconds[t];
        transferRelaxations++;
        if (time > latestValidArrivalSeconds) {
          break; // footpaths are sorted by duration, so the rest are too late as well
        }
        int to = tt.transferTargets[t];
        if (time < walk[to] && !reachedByTransitInTime(transit[to], time, to)) {
          walk[to] = time;
          currentScan.add(to);
          touched.add(to);
        }
      }
    }
  }

  /**
   * Whether a footpath arriving at {@code walkArrival} is no use because the stop was reached by
   * transit in the same round early enough: the transit arrival (plus the stop's minimum transfer
   * time) is as good for boarding, and is at least as early for the arrival callers see. Such walk
   * arrivals are not kept; no answer changes, and about 30 % of the footpath improvements on Porto
   * Alegre are skipped with their bookkeeping.
   */
  private boolean reachedByTransitInTime(int transitArrival, int walkArrival, int stop) {
    return transitArrival != UNREACHED
        && walkArrival >= transitArrival + tt.minTransferSeconds[stop];
  }

  /**
   * An access leg's arrival. Arrivals in the rounds reach the best arrivals through {@link
   * #improveBest(StopSet, int)}; an access leg may not reach the last round (a footpath in round 1
   * may be earlier), but it is still the best arrival without a transfer walk.
   */
  private void improveBestNonTransfer(int stop, int time) {
    if (time < bestNonTransferSeconds[stop]) {
      bestNonTransferSeconds[stop] = time;
      reportChanged.add(stop);
    }
    if (time < bestArrivalSeconds[stop]) {
      if (bestArrivalSeconds[stop] == UNREACHED) {
        everReached.add(stop);
      }
      bestArrivalSeconds[stop] = time;
      reportChanged.add(stop);
    }
  }

  /**
   * Best arrivals over all rounds, derived once per departure and not at each improvement: the last
   * round is never worse than any earlier one (see {@link RoundArrivals}), so a stop's best arrival
   * is the last round's earlier of its transit and walk arrivals, and only a stop changed in the
   * last round, so written in some round of this departure, can have a better one. Likewise the
   * best non-transfer arrival is the earlier of the last round's transit arrival and the access
   * leg.
   */
  private void improveBest(StopSet written, int lastRound) {
    int[] transit = arrivals.transit(lastRound);
    int[] walk = arrivals.walk(lastRound);
    int[] access = arrivals.walk(0);
    for (int i = 0; i < written.size(); i++) {
      int stop = written.get(i);
      int byTransit = transit[stop];
      int best = Math.min(byTransit, walk[stop]);
      if (best < bestArrivalSeconds[stop]) {
        if (bestArrivalSeconds[stop] == UNREACHED) {
          everReached.add(stop);
        }
        bestArrivalSeconds[stop] = best;
        reportChanged.add(stop);
      }
      int nonTransfer = Math.min(byTransit, access[stop]);
      if (nonTransfer < bestNonTransferSeconds[stop]) {
        bestNonTransferSeconds[stop] = nonTransfer;
        reportChanged.add(stop);
      }
    }
  }

  /**
   * With a max trip duration, an arrival kept from a later departure can be too late for this one:
   * report stops whose arrival was valid for the previous departure and is not any more.
   */
  private void reportExpired(int previousLatestValid) {
    for (int i = 0; i < everReached.size(); i++) {
      int stop = everReached.get(i);
      int time = bestArrivalSeconds[stop];
      int nonTransfer = bestNonTransferSeconds[stop];
      if ((time > latestValidArrivalSeconds && time <= previousLatestValid)
          || (nonTransfer > latestValidArrivalSeconds && nonTransfer <= previousLatestValid)) {
        reportChanged.add(stop);
      }
    }
  }
}
