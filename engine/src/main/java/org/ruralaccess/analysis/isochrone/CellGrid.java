package org.ruralaccess.analysis.isochrone;

import org.ruralaccess.network.street.StreetNetwork;

/**
 * The regular grid of square cells over a network's streets in a metric projection. Cell edges sit
 * on whole multiples of the cell size in projected meters (a 100 m grid on BNG has its lines at
 * eastings 412300, 412400, ...), so two runs, two origins or two networks of the same area share
 * the same cells. Columns grow eastwards, rows northwards; cell {@code (column, row)} has id {@code
 * row * columns + column}.
 *
 * <p>The grid covers the bounding box of the street nodes plus a margin (the cells' off-street
 * reach), so every cell that can be reached lies inside it.
 */
public final class CellGrid {

  public static final double MIN_CELL_METERS = 10;
  public static final double MAX_CELL_METERS = 2000;
  public static final double DEFAULT_CELL_METERS = 100;

  private final GridProjection projection;
  private final double cellMeters;
  private final long westColumn;
  private final long southRow;
  private final int columns;
  private final int rows;

  CellGrid(
      GridProjection projection,
      double cellMeters,
      long westColumn,
      long southRow,
      int columns,
      int rows) {
    checkCellSize(cellMeters);
    this.projection = projection;
    this.cellMeters = cellMeters;
    this.westColumn = westColumn;
    this.southRow = southRow;
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * The grid over {@code streets} in {@code projection}, with {@code marginMeters} around the
   * street nodes' bounding box.
   *
   * @throws IllegalArgumentException when the cell size is outside 10 m .. 2 km, or the grid would
   *     have more than 2^31 cells
   */
  public static CellGrid covering(
      StreetNetwork streets, GridProjection projection, double cellMeters, double marginMeters) {
    checkCellSize(cellMeters);
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    double[] xy = new double[2];
    for (int node = 0; node < streets.nodeCount(); node++) {
      projection.toMetric(streets.nodeLat(node), streets.nodeLon(node), xy);
      minX = Math.min(minX, xy[0]);
      minY = Math.min(minY, xy[1]);
      maxX = Math.max(maxX, xy[0]);
      maxY = Math.max(maxY, xy[1]);
    }
    if (streets.nodeCount() == 0) {
      minX = minY = maxX = maxY = 0;
    }
    long west = (long) Math.floor((minX - marginMeters) / cellMeters);
    long south = (long) Math.floor((minY - marginMeters) / cellMeters);
    long east = (long) Math.floor((maxX + marginMeters) / cellMeters);
    long north = (long) Math.floor((maxY + marginMeters) / cellMeters);
    long columns = east - west + 1;
    long rows = north - south + 1;
    if (columns * rows > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "a "
              + cellMeters
              + " m grid over this network would have "
              + columns * rows
              + " cells; use larger cells");
    }
    return new CellGrid(projection, cellMeters, west, south, (int) columns, (int) rows);
  }

  static void checkCellSize(double cellMeters) {
    if (!(cellMeters >= MIN_CELL_METERS && cellMeters <= MAX_CELL_METERS)) {
      throw new IllegalArgumentException(
          "cell size must be between 10 m and 2,000 m, was " + cellMeters + " m");
    }
  }

  public GridProjection projection() {
    return projection;
  }

  public double cellMeters() {
    return cellMeters;
  }

  public int columns() {
    return columns;
  }

  public int rows() {
    return rows;
  }

  public int cellCount() {
    return columns * rows;
  }

  public int cellId(int column, int row) {
    return row * columns + column;
  }

  public int column(int cellId) {
    return cellId % columns;
  }

  public int row(int cellId) {
    return cellId / columns;
  }

  public boolean contains(int column, int row) {
    return column >= 0 && column < columns && row >= 0 && row < rows;
  }

  /** Projected x of the centre of cells in {@code column} (which may lie outside the grid). */
  public double centreX(int column) {
    return (westColumn + column + 0.5) * cellMeters;
  }

  /** Projected y of the centre of cells in {@code row} (which may lie outside the grid). */
  public double centreY(int row) {
    return (southRow + row + 0.5) * cellMeters;
  }

  /** The column whose cells contain projected x (may lie outside the grid). */
  public int columnAt(double x) {
    return (int) (Math.floor(x / cellMeters) - westColumn);
  }

  /** The row whose cells contain projected y (may lie outside the grid). */
  public int rowAt(double y) {
    return (int) (Math.floor(y / cellMeters) - southRow);
  }

  @Override
  public String toString() {
    return "CellGrid["
        + projection
        + ", "
        + cellMeters
        + " m, "
        + columns
        + " x "
        + rows
        + " from column "
        + westColumn
        + ", row "
        + southRow
        + "]";
  }
}
