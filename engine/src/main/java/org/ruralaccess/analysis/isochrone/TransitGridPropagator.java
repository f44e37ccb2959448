package org.ruralaccess.analysis.isochrone;

import java.util.Arrays;
import org.ruralaccess.analysis.matrix.Percentiles;
import org.ruralaccess.routing.RaptorListener;
import org.ruralaccess.routing.StopArrivals;

/**
 * Carries a range search's stop arrivals onto the cells, minute by minute, and takes the
 * travel-time percentile per cell over the window's minutes.
 *
 * <p>Use: {@link #begin} with the direct walk's times, then {@link #departure} once per departure
 * of the window, latest first, with the stops whose arrival changed since the later departure
 * (exactly the {@link RaptorListener} contract; {@link #asRaptorListener} adapts it), then {@link
 * #percentiles}. A cell's arrival for a departure is its arrival for the next later departure
 * improved through the changed stops only, because arrivals only get earlier as departures get
 * earlier (DESIGN.md measured this at about 4x less work than re-propagating every stop). A cell's
 * travel time for a departure is the better of that arrival minus the departure and its direct
 * walk, or unreached beyond the max trip time (as {@code TransitOriginSearch} does for
 * destinations).
 *
 * <p>Per-minute times are kept only for cells some stop improved ("touched"), and compressed: a
 * cell's list of (departure, new arrival) events, from which {@link #percentiles} rebuilds its 120
 * minutes. Writing every touched cell's time at every minute instead took a third of a Porto Alegre
 * isochrone's time (JFR, 10,000 touched cells x 120 minutes, one cache line each); a cell changes
 * at a handful of minutes. A cell reached only on foot has the same time every minute. One instance
 * per thread; arrays are reused from one origin to the next.
 */
public final class TransitGridPropagator {

  private static final int NO_WALK = -1;

  private final StopCellWalks walks;
  // per local cell, interleaved for locality: [2c] best arrival, [2c + 1] last departure index
  // at which it improved (-1 = never in this window)
  private final int[] cellState;
  private final int[] touchedIndexOf;
  // per stop, the arrival last carried onto its cells in this window (MAX_VALUE: none yet)
  private final int[] propagatedArrival;
  // per stop, the origin's walk to it when it is an access stop of this window (else NO_WALK)
  private final int[] accessWalkSeconds;
  private int[] accessStops = new int[0];
  // per local cell, the best walk through an access stop (scratch of withWalksThroughStops)
  private final int[] throughStop;
  private int[] improvedCells = new int[1024];
  private int improvedCount;
  private int[] touchedCell = new int[1024];
  private int[] touchedDirect = new int[1024];
  private int[] firstEvent = new int[1024];
  private int[] lastEvent = new int[1024];
  private int touchedCount;
  // a touched cell's arrivals as a list of (departure index, arrival) events, latest index first
  private int[] eventIndex = new int[4096];
  private int[] eventArrival = new int[4096];
  private int[] eventNext = new int[4096];
  private int eventCount;

  private TravelTimeGrid directWalk;
  private int firstDeparture;
  private int departureCount;
  private int stepSeconds;
  private int maxTripSeconds;
  private int nextIndex;
  private long egressUpdates;

  public TransitGridPropagator(StopCellWalks walks) {
    this.walks = walks;
    this.cellState = new int[2 * walks.cellCount()];
    this.touchedIndexOf = new int[walks.cellCount()];
    for (int c = 0; c < walks.cellCount(); c++) {
      cellState[2 * c] = Integer.MAX_VALUE;
      cellState[2 * c + 1] = -1;
    }
    Arrays.fill(touchedIndexOf, -1);
    this.propagatedArrival = new int[walks.stopCount()];
    Arrays.fill(propagatedArrival, Integer.MAX_VALUE);
    this.accessWalkSeconds = new int[walks.stopCount()];
    Arrays.fill(accessWalkSeconds, NO_WALK);
    this.throughStop = new int[walks.cellCount()];
    Arrays.fill(throughStop, Integer.MAX_VALUE);
  }

  /**
   * Starts an origin's window.
   *
   * @param directWalk walking times from the origin, within the max trip time, on the same grid
   */
  public void begin(
      TravelTimeGrid directWalk,
      int firstDepartureSeconds,
      int departureCount,
      int stepSeconds,
      int maxTripSeconds) {
    begin(
        directWalk,
        new int[0],
        new int[0],
        firstDepartureSeconds,
        departureCount,
        stepSeconds,
        maxTripSeconds);
  }

  /**
   * Starts an origin's window whose search walks from the origin to {@code accessStops}. A stop
   * whose arrival is its access walk gives its cells the same travel time at every departure (walk
   * to the stop, walk on), so those walks are carried onto the cells once, into the direct walk,
   * instead of at every departure: in a range search such a stop's arrival gets a step earlier at
   * every departure, and carrying it again each time was about a fifth of the walks read on Porto
   * Alegre. Same times: where the stop is reached earlier by transit, that arrival is carried as
   * before and beats the walk through it.
   *
   * @param accessStops the stops of the search's access walks, {@code accessSeconds} the walks
   */
  public void begin(
      TravelTimeGrid directWalk,
      int[] accessStops,
      int[] accessSeconds,
      int firstDepartureSeconds,
      int departureCount,
      int stepSeconds,
      int maxTripSeconds) {
    if (directWalk.grid() != walks.grid()) {
      throw new IllegalArgumentException("the direct walk is on another grid than the stop walks");
    }
    if (departureCount <= 0 || stepSeconds <= 0) {
      throw new IllegalArgumentException("need at least one departure and a positive step");
    }
    for (int r = 0; r < touchedCount; r++) {
      cellState[2 * touchedCell[r]] = Integer.MAX_VALUE;
      cellState[2 * touchedCell[r] + 1] = -1;
      touchedIndexOf[touchedCell[r]] = -1;
    }
    touchedCount = 0;
    eventCount = 0;
    Arrays.fill(propagatedArrival, Integer.MAX_VALUE);
    for (int stop : this.accessStops) {
      accessWalkSeconds[stop] = NO_WALK;
    }
    this.accessStops = accessStops.clone();
    for (int i = 0; i < accessStops.length; i++) {
      int stop = accessStops[i];
      int walk = accessWalkSeconds[stop];
      accessWalkSeconds[stop] =
          walk == NO_WALK ? accessSeconds[i] : Math.min(walk, accessSeconds[i]);
    }
    this.firstDeparture = firstDepartureSeconds;
    this.departureCount = departureCount;
    this.stepSeconds = stepSeconds;
    this.maxTripSeconds = maxTripSeconds;
    this.nextIndex = departureCount - 1;
    this.egressUpdates = 0;
    this.directWalk = withWalksThroughStops(directWalk);
  }

  /**
   * The direct walk, improved where walking to an access stop and on from it is quicker (within the
   * max trip time); {@code direct} itself when that is nowhere.
   */
  private TravelTimeGrid withWalksThroughStops(TravelTimeGrid direct) {
    // improvedCells is empty between departures: its scratch space lists the cells met here
    int met = 0;
    for (int stop : accessStops) {
      int walk = accessWalkSeconds[stop];
      int e = walks.firstIndex(stop);
      for (; e < walks.endIndex(stop); e++) {
        int seconds = walk + walks.walkSeconds(e);
        if (seconds > maxTripSeconds) {
          break;
        }
        int cell = walks.localCell(e);
        if (seconds < throughStop[cell]) {
          if (throughStop[cell] == Integer.MAX_VALUE) {
            if (met == improvedCells.length) {
              improvedCells = Arrays.copyOf(improvedCells, met * 2);
            }
            improvedCells[met++] = cell;
          }
          throughStop[cell] = seconds;
        }
      }
      egressUpdates += e - walks.firstIndex(stop);
    }
    CellGrid grid = walks.grid();
    ReachedBounds bounds = new ReachedBounds();
    int better = 0;
    for (int i = 0; i < met; i++) {
      int cell = improvedCells[i];
      int id = walks.cellId(cell);
      if (throughStop[cell] < direct.secondsAtCell(grid.column(id), grid.row(id))) {
        improvedCells[better++] = cell;
        bounds.add(grid.column(id), grid.row(id));
      } else {
        throughStop[cell] = Integer.MAX_VALUE;
      }
    }
    TravelTimeGrid result = direct;
    if (better > 0) {
      if (direct.width() > 0 && direct.height() > 0) {
        bounds.add(direct.column0(), direct.row0());
        bounds.add(direct.column0() + direct.width() - 1, direct.row0() + direct.height() - 1);
      }
      int[] seconds = bounds.directSeconds(direct);
      for (int i = 0; i < better; i++) {
        int cell = improvedCells[i];
        int id = walks.cellId(cell);
        int x = grid.column(id) - bounds.column0();
        int y = grid.row(id) - bounds.row0();
        seconds[y * bounds.width() + x] = throughStop[cell];
        throughStop[cell] = Integer.MAX_VALUE;
      }
      result =
          new TravelTimeGrid(
              grid, bounds.column0(), bounds.row0(), bounds.width(), bounds.height(), seconds);
    }
    return result;
  }

  /**
   * One departure's stop arrivals; departures come latest first, one per step.
   *
   * @param changedStops stops whose arrival changed since the previous (later) call, in {@code [0,
   *     changedCount)}; on the first call every reached stop
   */
  public void departure(
      int departureSeconds, StopArrivalTimes arrivals, int[] changedStops, int changedCount) {
    int index = (departureSeconds - firstDeparture) / stepSeconds;
    if (index != nextIndex || firstDeparture + index * stepSeconds != departureSeconds) {
      throw new IllegalStateException(
          "departure "
              + departureSeconds
              + " out of order: expected "
              + (firstDeparture + nextIndex * stepSeconds));
    }
    nextIndex--;
    // an arrival after this is beyond the max trip time for this departure and every earlier one
    // (departures come latest first), so it can never be a cell's time: a stop's walks, in
    // increasing walking time, are read up to the first one that arrives later
    int latestUseful = departureSeconds + maxTripSeconds;
    for (int i = 0; i < changedCount; i++) {
      int stop = changedStops[i];
      int atStop = arrivals.arrivalSeconds(stop);
      if (atStop == TravelTimeGrid.UNREACHED
          || atStop >= propagatedArrival[stop]
          || atStop - departureSeconds == accessWalkSeconds[stop]) {
        // not earlier than what its cells already have from it (a stop is also reported when only
        // its arrival without a transfer walk changed), or the walk from the origin, whose walks
        // on to the cells are in the direct walk already (begin)
        continue;
      }
      propagatedArrival[stop] = atStop;
      int e = walks.firstIndex(stop);
      for (; e < walks.endIndex(stop); e++) {
        int arrival = atStop + walks.walkSeconds(e);
        if (arrival > latestUseful) {
          break;
        }
        int at = 2 * walks.localCell(e);
        if (arrival < cellState[at]) {
          cellState[at] = arrival;
          if (cellState[at + 1] != index) {
            cellState[at + 1] = index;
            if (improvedCount == improvedCells.length) {
              improvedCells = Arrays.copyOf(improvedCells, improvedCount * 2);
            }
            improvedCells[improvedCount++] = at >> 1;
          }
        }
      }
      egressUpdates += e - walks.firstIndex(stop);
    }
    for (int i = 0; i < improvedCount; i++) {
      int cell = improvedCells[i];
      improved(cell, index, cellState[2 * cell]);
    }
    improvedCount = 0;
  }

  /**
   * Improves a local cell's arrival for the departure last given to {@link #departure} (a community
   * transport ride straight into the cell, say); call after that departure and before the next.
   */
  public void improveCell(int localCell, int arrivalSeconds) {
    int index = nextIndex + 1;
    int at = 2 * localCell;
    if (arrivalSeconds >= cellState[at]) {
      return;
    }
    cellState[at] = arrivalSeconds;
    if (cellState[at + 1] == index) {
      // the stops improved it at this departure too: its event for this departure gets earlier
      eventArrival[lastEvent[touchedIndexOf[localCell]]] = arrivalSeconds;
    } else {
      cellState[at + 1] = index;
      improved(localCell, index, arrivalSeconds);
    }
  }

  /** Adapts a range-RAPTOR's callbacks to {@link #departure}. */
  public RaptorListener asRaptorListener() {
    return asRaptorListener(() -> {});
  }

  /**
   * As {@link #asRaptorListener()}, running {@code eachDeparture} first at every departure: it may
   * throw to stop the search there (the router calls back once per departure, so a cancelled search
   * stops within one departure's rounds). The propagator is left ready for its next {@link #begin}.
   */
  public RaptorListener asRaptorListener(Runnable eachDeparture) {
    RaptorView view = new RaptorView();
    return (departureSeconds, bestArrivals, changedStops, changedCount) -> {
      eachDeparture.run();
      view.arrivals = bestArrivals;
      departure(departureSeconds, view, changedStops, changedCount);
    };
  }

  /** (stop, cell) walks read since {@link #begin}: the propagation's work. */
  public long egressUpdates() {
    return egressUpdates;
  }

  /** Cells some stop reached during this window. */
  public int touchedCellCount() {
    return touchedCount;
  }

  /** Notes a cell's earlier arrival from departure {@code index} on (once per departure). */
  private void improved(int cell, int index, int arrival) {
    int r = touchedIndexOf[cell];
    if (r < 0) {
      r = touch(cell);
    }
    if (eventCount == eventIndex.length) {
      eventIndex = Arrays.copyOf(eventIndex, eventCount * 2);
      eventArrival = Arrays.copyOf(eventArrival, eventCount * 2);
      eventNext = Arrays.copyOf(eventNext, eventCount * 2);
    }
    int e = eventCount++;
    eventIndex[e] = index;
    eventArrival[e] = arrival;
    eventNext[e] = -1;
    if (firstEvent[r] < 0) {
      firstEvent[r] = e;
    } else {
      eventNext[lastEvent[r]] = e;
    }
    lastEvent[r] = e;
  }

  private int touch(int cell) {
    if (touchedCount == touchedCell.length) {
      int capacity = touchedCount * 2;
      touchedCell = Arrays.copyOf(touchedCell, capacity);
      touchedDirect = Arrays.copyOf(touchedDirect, capacity);
      firstEvent = Arrays.copyOf(firstEvent, capacity);
      lastEvent = Arrays.copyOf(lastEvent, capacity);
    }
    int id = walks.cellId(cell);
    int r = touchedCount++;
    touchedCell[r] = cell;
    touchedDirect[r] = directWalk.secondsAtCell(walks.grid().column(id), walks.grid().row(id));
    firstEvent[r] = -1;
    touchedIndexOf[cell] = r;
    return r;
  }

  /**
   * The touched cell's travel time for every departure of the window: before its first event (later
   * departures) the direct walk only, then the better of the walk and the latest event's arrival
   * minus the departure.
   *
   * @return how many of the departures reach the cell
   */
  private int minuteTimes(int r, int[] out) {
    int reached = 0;
    int arrival = Integer.MAX_VALUE;
    int e = firstEvent[r];
    for (int i = departureCount - 1; i >= 0; i--) {
      while (e >= 0 && eventIndex[e] >= i) {
        arrival = eventArrival[e];
        e = eventNext[e];
      }
      int viaTransit =
          arrival == Integer.MAX_VALUE
              ? Integer.MAX_VALUE
              : arrival - (firstDeparture + i * stepSeconds);
      out[i] = capped(Math.min(viaTransit, touchedDirect[r]));
      if (out[i] != TravelTimeGrid.UNREACHED) {
        reached++;
      }
    }
    return reached;
  }

  private int capped(int seconds) {
    return seconds <= maxTripSeconds ? seconds : TravelTimeGrid.UNREACHED;
  }

  /**
   * The travel-time percentiles per cell over the window's departures (nearest rank, unreached
   * minutes counting as infinitely long, as {@link Percentiles}), one grid per percentile, each
   * covering every cell reached at any percentile.
   */
  public TravelTimeGrid[] percentiles(int[] percentiles) {
    if (nextIndex != -1) {
      throw new IllegalStateException((nextIndex + 1) + " departures of the window are missing");
    }
    int[][] values = new int[touchedCount][percentiles.length];
    int[] column = new int[departureCount];
    // a percentile whose nearest rank (as Percentiles takes it) is past the reached departures is
    // unreached, as those sort last; when every asked percentile is, the cell needs no sort
    int lowestRank = Integer.MAX_VALUE;
    for (int p : percentiles) {
      lowestRank = Math.min(lowestRank, Math.max(1, (int) Math.ceil(p / 100.0 * departureCount)));
    }
    ReachedBounds bounds = ReachedBounds.of(directWalk);
    for (int r = 0; r < touchedCount; r++) {
      int reached = minuteTimes(r, column);
      if (reached < lowestRank) {
        Arrays.fill(values[r], TravelTimeGrid.UNREACHED);
        continue;
      }
      NearestRank.compute(column, percentiles, values[r]);
      for (int value : values[r]) {
        if (value != TravelTimeGrid.UNREACHED) {
          int id = walks.cellId(touchedCell[r]);
          bounds.add(walks.grid().column(id), walks.grid().row(id));
          break;
        }
      }
    }
    TravelTimeGrid[] grids = new TravelTimeGrid[percentiles.length];
    for (int p = 0; p < percentiles.length; p++) {
      int[] seconds = bounds.directSeconds(directWalk);
      for (int r = 0; r < touchedCount; r++) {
        int id = walks.cellId(touchedCell[r]);
        int x = walks.grid().column(id) - bounds.column0();
        int y = walks.grid().row(id) - bounds.row0();
        if (x >= 0 && y >= 0 && x < bounds.width() && y < bounds.height()) {
          seconds[y * bounds.width() + x] = values[r][p];
        }
      }
      grids[p] =
          new TravelTimeGrid(
              walks.grid(),
              bounds.column0(),
              bounds.row0(),
              bounds.width(),
              bounds.height(),
              seconds);
    }
    return grids;
  }

  /** The router's arrivals as {@link StopArrivalTimes}. */
  private static final class RaptorView implements StopArrivalTimes {
    StopArrivals arrivals;

    @Override
    public int arrivalSeconds(int stop) {
      return arrivals.isReached(stop) ? arrivals.arrivalSeconds(stop) : TravelTimeGrid.UNREACHED;
    }
  }
}
