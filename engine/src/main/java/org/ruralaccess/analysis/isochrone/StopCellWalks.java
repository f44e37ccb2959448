package org.ruralaccess.analysis.isochrone;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.ruralaccess.network.link.StopLinks;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.network.street.StreetTimes;
import org.ruralaccess.support.ReusablePool;

/**
 * Walking times between every linked stop and the cells within the walk limit of it, computed once
 * per grid and walk setting (not per origin), like {@code EgressTable} does for destinations: one
 * walk search from each stop, read at each linked cell within reach. {@link
 * SearchDirection#FORWARD} gives the walk from the stop to the cell (egress, for isochrones);
 * {@link SearchDirection#REVERSE} the walk from the cell to the stop (access, for arrive-by
 * catchments). They differ only on one-way footways.
 *
 * <p>The cells met are numbered {@code 0 .. cellCount-1} in increasing grid id ("local" cells), so
 * a search can keep dense arrays over them; the rows per stop are compressed (CSR) and sorted by
 * walking time, then cell, so that a propagation can stop reading a stop's row at the first walk
 * that arrives too late.
 */
public final class StopCellWalks {

  private final CellGrid grid;
  private final int[] firstIndex;
  private final int[] localCell;
  private final int[] walkSeconds;
  private final int[] cellIds;

  private StopCellWalks(
      CellGrid grid, int[] firstIndex, int[] localCell, int[] walkSeconds, int[] cellIds) {
    this.grid = grid;
    this.firstIndex = firstIndex;
    this.localCell = localCell;
    this.walkSeconds = walkSeconds;
    this.cellIds = cellIds;
  }

  /**
   * @param links the cells linked for walking
   * @param stopLinks where each stop joins the walk network (unlinked stops get no cells)
   */
  public static StopCellWalks build(
      CellLinks links,
      StreetNetwork streets,
      StopLinks stopLinks,
      double walkMetersPerSecond,
      int maxWalkSeconds,
      SearchDirection direction) {
    return build(
        links,
        streets,
        stopLinks.stopCount(),
        stop -> stopLinks.findSnap(stop).orElse(null),
        walkMetersPerSecond,
        maxWalkSeconds,
        direction);
  }

  /**
   * @param stopSnap each stop's point on the walk network, or null when it is not linked
   */
  public static StopCellWalks build(
      CellLinks links,
      StreetNetwork streets,
      int stopCount,
      IntFunction<StreetSnap> stopSnap,
      double walkMetersPerSecond,
      int maxWalkSeconds,
      SearchDirection direction) {
    if (links.mode() != StreetMode.WALK) {
      throw new IllegalArgumentException("stop walks need cells linked for walking");
    }
    CellGrid grid = links.grid();
    ReusablePool<StreetRouter> routers = new ReusablePool<>(() -> new StreetRouter(streets));
    int[][] rows = new int[stopCount][];
    IntStream.range(0, stopCount)
        .parallel()
        .forEach(
            stop -> {
              StreetSnap snap = stopSnap.apply(stop);
              rows[stop] =
                  snap == null
                      ? new int[0]
                      : routers.use(
                          router ->
                              walksFrom(
                                  snap,
                                  router,
                                  links,
                                  walkMetersPerSecond,
                                  maxWalkSeconds,
                                  direction));
            });
    return compress(grid, rows);
  }

  /** {cell id, seconds} pairs, flattened, in increasing walking time, then cell id. */
  private static int[] walksFrom(
      StreetSnap stop,
      StreetRouter router,
      CellLinks links,
      double walkMetersPerSecond,
      int maxWalkSeconds,
      SearchDirection direction) {
    StreetTimes times =
        router.search(stop, StreetMode.WALK, direction, walkMetersPerSecond, maxWalkSeconds);
    // a cell's time includes its walk off the street, so its centre is at most the walking
    // distance from the stop's point on the street in a straight line
    GridWindow window =
        GridWindow.around(
            links.grid(), stop.lat(), stop.lon(), maxWalkSeconds * walkMetersPerSecond);
    int[] pairs = new int[64];
    int n = 0;
    for (int y = 0; y < window.height(); y++) {
      for (int x = 0; x < window.width(); x++) {
        int column = window.column0() + x;
        int row = window.row0() + y;
        StreetSnap cell = links.snap(column, row);
        int seconds = cell == null ? -1 : times.secondsTo(cell);
        if (seconds >= 0 && seconds <= maxWalkSeconds) {
          if (n + 2 > pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
          }
          pairs[n++] = links.grid().cellId(column, row);
          pairs[n++] = seconds;
        }
      }
    }
    return byTime(Arrays.copyOf(pairs, n));
  }

  /** The pairs ordered by seconds, then cell id (the scan above gives them by cell id). */
  private static int[] byTime(int[] pairs) {
    long[] keys = new long[pairs.length / 2];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = ((long) pairs[2 * i + 1] << 32) | (pairs[2 * i] & 0xFFFFFFFFL);
    }
    Arrays.sort(keys);
    for (int i = 0; i < keys.length; i++) {
      pairs[2 * i] = (int) keys[i];
      pairs[2 * i + 1] = (int) (keys[i] >>> 32);
    }
    return pairs;
  }

  private static StopCellWalks compress(CellGrid grid, int[][] rows) {
    int entries = 0;
    for (int[] row : rows) {
      entries += row.length / 2;
    }
    int[] allCells = new int[entries];
    int k = 0;
    for (int[] row : rows) {
      for (int i = 0; i < row.length; i += 2) {
        allCells[k++] = row[i];
      }
    }
    int[] cellIds = Arrays.stream(allCells).sorted().distinct().toArray();
    int[] firstIndex = new int[rows.length + 1];
    int[] localCell = new int[entries];
    int[] walkSeconds = new int[entries];
    k = 0;
    for (int stop = 0; stop < rows.length; stop++) {
      firstIndex[stop] = k;
      for (int i = 0; i < rows[stop].length; i += 2) {
        localCell[k] = Arrays.binarySearch(cellIds, rows[stop][i]);
        walkSeconds[k] = rows[stop][i + 1];
        k++;
      }
    }
    firstIndex[rows.length] = k;
    return new StopCellWalks(grid, firstIndex, localCell, walkSeconds, cellIds);
  }

  public CellGrid grid() {
    return grid;
  }

  public int stopCount() {
    return firstIndex.length - 1;
  }

  /** Number of distinct cells some stop walks to. */
  public int cellCount() {
    return cellIds.length;
  }

  /** Grid id of local cell {@code local}. */
  public int cellId(int local) {
    return cellIds[local];
  }

  public int firstIndex(int stop) {
    return firstIndex[stop];
  }

  public int endIndex(int stop) {
    return firstIndex[stop + 1];
  }

  public int localCell(int index) {
    return localCell[index];
  }

  public int walkSeconds(int index) {
    return walkSeconds[index];
  }

  /** Total (stop, cell) pairs. */
  public int size() {
    return localCell.length;
  }
}
