package org.ruralaccess.analysis.isochrone;

import java.util.Arrays;
import org.ruralaccess.analysis.Percentiles;
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
 * <p>Per-minute times are kept only for cells some stop improved ("touched"), one row of {@code
 * departureCount} ints each; a cell reached only on foot has the same time every minute. One
 * instance per thread; arrays are reused from one origin to the next.
 */
public final class TransitGridPropagator {

  private final StopCellWalks walks;
  private final int[] cellArrival;
  private final int[] rowOf;
  private int[] touchedCell = new int[1024];
  private int[] touchedDirect = new int[1024];
  private int[] rows = new int[0];
  private int touchedCount;

  private TravelTimeGrid directWalk;
  private int firstDeparture;
  private int departureCount;
  private int stepSeconds;
  private int maxTripSeconds;
  private int nextIndex;
  private long egressUpdates;

  public TransitGridPropagator(StopCellWalks walks) {
    this.walks = walks;
    this.cellArrival = new int[walks.cellCount()];
    this.rowOf = new int[walks.cellCount()];
    Arrays.fill(cellArrival, Integer.MAX_VALUE);
    Arrays.fill(rowOf, -1);
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
    if (directWalk.grid() != walks.grid()) {
      throw new IllegalArgumentException("the direct walk is on another grid than the stop walks");
    }
    if (departureCount <= 0 || stepSeconds <= 0) {
      throw new IllegalArgumentException("need at least one departure and a positive step");
    }
    for (int r = 0; r < touchedCount; r++) {
      cellArrival[touchedCell[r]] = Integer.MAX_VALUE;
      rowOf[touchedCell[r]] = -1;
    }
    touchedCount = 0;
    this.directWalk = directWalk;
    this.firstDeparture = firstDepartureSeconds;
    this.departureCount = departureCount;
    this.stepSeconds = stepSeconds;
    this.maxTripSeconds = maxTripSeconds;
    this.nextIndex = departureCount - 1;
    this.egressUpdates = 0;
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
    for (int i = 0; i < changedCount; i++) {
      int stop = changedStops[i];
      int atStop = arrivals.arrivalSeconds(stop);
      if (atStop == TravelTimeGrid.UNREACHED) {
        continue;
      }
      for (int e = walks.firstIndex(stop); e < walks.endIndex(stop); e++) {
        int arrival = atStop + walks.walkSeconds(e);
        int cell = walks.localCell(e);
        if (arrival < cellArrival[cell]) {
          cellArrival[cell] = arrival;
          if (rowOf[cell] < 0) {
            touch(cell, index);
          }
        }
      }
      egressUpdates += walks.endIndex(stop) - walks.firstIndex(stop);
    }
    record(index, departureSeconds);
  }

  /** Adapts a range-RAPTOR's callbacks to {@link #departure}. */
  public RaptorListener asRaptorListener() {
    RaptorView view = new RaptorView();
    return (departureSeconds, bestArrivals, changedStops, changedCount) -> {
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

  private void touch(int cell, int index) {
    if (touchedCount == touchedCell.length) {
      touchedCell = Arrays.copyOf(touchedCell, touchedCount * 2);
      touchedDirect = Arrays.copyOf(touchedDirect, touchedCount * 2);
    }
    int needed = (touchedCount + 1) * departureCount;
    if (rows.length < needed) {
      rows = Arrays.copyOf(rows, Math.max(needed, rows.length * 2));
    }
    int id = walks.cellId(cell);
    int direct =
        directWalk.secondsAtCell(walks.grid().column(id), walks.grid().row(id)); // UNREACHED too
    int r = touchedCount++;
    touchedCell[r] = cell;
    touchedDirect[r] = direct;
    rowOf[cell] = r;
    // the later departures, already recorded, had no transit arrival here: the direct walk
    int base = r * departureCount;
    Arrays.fill(rows, base + index + 1, base + departureCount, capped(direct));
  }

  private void record(int index, int departureSeconds) {
    for (int r = 0; r < touchedCount; r++) {
      int viaTransit = cellArrival[touchedCell[r]] - departureSeconds;
      rows[r * departureCount + index] = capped(Math.min(viaTransit, touchedDirect[r]));
    }
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
    Bounds bounds = Bounds.ofReached(directWalk);
    for (int r = 0; r < touchedCount; r++) {
      System.arraycopy(rows, r * departureCount, column, 0, departureCount);
      Percentiles.compute(column, percentiles, values[r]);
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

  /** The smallest window holding every reached cell. */
  private static final class Bounds {
    private int minColumn = Integer.MAX_VALUE;
    private int minRow = Integer.MAX_VALUE;
    private int maxColumn = Integer.MIN_VALUE;
    private int maxRow = Integer.MIN_VALUE;

    static Bounds ofReached(TravelTimeGrid grid) {
      Bounds bounds = new Bounds();
      for (int y = 0; y < grid.height(); y++) {
        for (int x = 0; x < grid.width(); x++) {
          if (grid.seconds(x, y) != TravelTimeGrid.UNREACHED) {
            bounds.add(grid.column0() + x, grid.row0() + y);
          }
        }
      }
      return bounds;
    }

    void add(int column, int row) {
      minColumn = Math.min(minColumn, column);
      minRow = Math.min(minRow, row);
      maxColumn = Math.max(maxColumn, column);
      maxRow = Math.max(maxRow, row);
    }

    int column0() {
      return minColumn == Integer.MAX_VALUE ? 0 : minColumn;
    }

    int row0() {
      return minRow == Integer.MAX_VALUE ? 0 : minRow;
    }

    int width() {
      return minColumn == Integer.MAX_VALUE ? 0 : maxColumn - minColumn + 1;
    }

    int height() {
      return minRow == Integer.MAX_VALUE ? 0 : maxRow - minRow + 1;
    }

    /** This window filled with the direct walk's times. */
    int[] directSeconds(TravelTimeGrid direct) {
      int[] seconds = new int[width() * height()];
      for (int y = 0; y < height(); y++) {
        for (int x = 0; x < width(); x++) {
          seconds[y * width() + x] = direct.secondsAtCell(column0() + x, row0() + y);
        }
      }
      return seconds;
    }
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
