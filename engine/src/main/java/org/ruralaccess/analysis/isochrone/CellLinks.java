package org.ruralaccess.analysis.isochrone;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetSnap;

/**
 * Each cell centre snapped onto the nearest street usable by one mode, as R5's {@code
 * LinkedPointSet} links its grid: a cell's travel time is then the street time to its snap point
 * plus the straight walk from the street to the cell centre, exactly as {@code rae matrix} times a
 * destination. Unlike the matrix's 1,600 m linking radius, a cell links only within {@code
 * maxOffStreetMeters}: a lake, a field or an estate without public streets further than that from
 * any street stays unreached, and shows as a hole in the isochrone.
 *
 * <p>Cells are linked lazily in blocks of 32 x 32 on first use and kept (a county at 10 m would be
 * 60 million cells; an isochrone touches a few hundred thousand). Linking is deterministic, so the
 * order in which threads link blocks does not matter; two threads may link the same block at once
 * and one result is kept. Thread-safe.
 */
public final class CellLinks {

  private static final int BLOCK = 32;

  private final CellGrid grid;
  private final StreetNetwork streets;
  private final StreetMode mode;
  private final double maxOffStreetMeters;
  private final int blockColumns;
  private final AtomicReferenceArray<Block> blocks;

  public CellLinks(
      CellGrid grid, StreetNetwork streets, StreetMode mode, double maxOffStreetMeters) {
    if (!(maxOffStreetMeters >= 0)) {
      throw new IllegalArgumentException("maxOffStreetMeters must be >= 0");
    }
    this.grid = grid;
    this.streets = streets;
    this.mode = mode;
    this.maxOffStreetMeters = maxOffStreetMeters;
    this.blockColumns = (grid.columns() + BLOCK - 1) / BLOCK;
    int blockRows = (grid.rows() + BLOCK - 1) / BLOCK;
    this.blocks = new AtomicReferenceArray<>(blockColumns * blockRows);
  }

  /**
   * The default off-street reach of a cell: 300 m (the engine's default stop link distance, {@code
   * BuildSettings.maxStopLinkMeters}) or the cell size when larger, so that a street crossing a
   * cell always links it.
   */
  public static double defaultMaxOffStreetMeters(double cellMeters) {
    return Math.max(300, cellMeters);
  }

  public CellGrid grid() {
    return grid;
  }

  public StreetMode mode() {
    return mode;
  }

  public double maxOffStreetMeters() {
    return maxOffStreetMeters;
  }

  /** The cell's point on the streets, or null when no usable street is within reach. */
  public StreetSnap snap(int column, int row) {
    if (!grid.contains(column, row)) {
      return null;
    }
    Block block = block(column / BLOCK, row / BLOCK);
    int i = (row % BLOCK) * BLOCK + column % BLOCK;
    if (block.edge[i] < 0) {
      return null;
    }
    return new StreetSnap(
        block.edge[i], block.fraction[i], block.offStreetMeters[i], block.lat[i], block.lon[i]);
  }

  private Block block(int blockColumn, int blockRow) {
    int index = blockRow * blockColumns + blockColumn;
    Block block = blocks.get(index);
    if (block == null) {
      blocks.compareAndSet(index, null, link(blockColumn, blockRow));
      block = blocks.get(index);
    }
    return block;
  }

  private Block link(int blockColumn, int blockRow) {
    Block block = new Block();
    double[] latLon = new double[2];
    for (int r = 0; r < BLOCK; r++) {
      for (int c = 0; c < BLOCK; c++) {
        int column = blockColumn * BLOCK + c;
        int row = blockRow * BLOCK + r;
        if (!grid.contains(column, row)) {
          continue;
        }
        grid.projection().toWgs84(grid.centreX(column), grid.centreY(row), latLon);
        StreetSnap snap = streets.snap(latLon[0], latLon[1], mode, maxOffStreetMeters).orElse(null);
        if (snap != null) {
          int i = r * BLOCK + c;
          block.edge[i] = snap.edge();
          block.fraction[i] = snap.fraction();
          block.offStreetMeters[i] = snap.offStreetMeters();
          block.lat[i] = snap.lat();
          block.lon[i] = snap.lon();
        }
      }
    }
    return block;
  }

  /** Links of one block of cells as parallel arrays; edge -1 means unlinked. */
  private static final class Block {
    final int[] edge = new int[BLOCK * BLOCK];
    final double[] fraction = new double[BLOCK * BLOCK];
    final double[] offStreetMeters = new double[BLOCK * BLOCK];
    final double[] lat = new double[BLOCK * BLOCK];
    final double[] lon = new double[BLOCK * BLOCK];

    Block() {
      Arrays.fill(edge, -1);
    }
  }
}
