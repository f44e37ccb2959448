package org.ruralaccess.analysis.isochrone;

import java.util.Arrays;

/**
 * Travel times in whole seconds on a rectangular window of a {@link CellGrid}: the window's cell
 * {@code (x, y)} is the grid's cell {@code (column0 + x, row0 + y)}, stored row by row from the
 * south. {@link #UNREACHED} marks a cell not reached within the search's limit (the value is never
 * written to a file). Cells outside the window are unreached.
 */
public final class TravelTimeGrid {

  public static final int UNREACHED = Integer.MAX_VALUE;

  private final CellGrid grid;
  private final int column0;
  private final int row0;
  private final int width;
  private final int height;
  private final int[] seconds;

  /** Takes ownership of {@code seconds}, of length {@code width * height}. */
  public TravelTimeGrid(
      CellGrid grid, int column0, int row0, int width, int height, int[] seconds) {
    if (width < 0 || height < 0 || seconds.length != width * height) {
      throw new IllegalArgumentException(
          "a " + width + " x " + height + " window needs that many times, got " + seconds.length);
    }
    this.grid = grid;
    this.column0 = column0;
    this.row0 = row0;
    this.width = width;
    this.height = height;
    this.seconds = seconds;
  }

  /** A window with every cell unreached. */
  public static TravelTimeGrid unreached(
      CellGrid grid, int column0, int row0, int width, int height) {
    int[] seconds = new int[width * height];
    Arrays.fill(seconds, UNREACHED);
    return new TravelTimeGrid(grid, column0, row0, width, height, seconds);
  }

  public CellGrid grid() {
    return grid;
  }

  public int column0() {
    return column0;
  }

  public int row0() {
    return row0;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** Seconds at window cell {@code (x, y)}; {@link #UNREACHED} outside the window. */
  public int seconds(int x, int y) {
    if (x < 0 || y < 0 || x >= width || y >= height) {
      return UNREACHED;
    }
    return seconds[y * width + x];
  }

  /** Seconds at the grid's cell {@code (column, row)}. */
  public int secondsAtCell(int column, int row) {
    return seconds(column - column0, row - row0);
  }

  /** Seconds at the cell containing a projected point. */
  public int secondsAt(double x, double y) {
    return secondsAtCell(grid.columnAt(x), grid.rowAt(y));
  }

  /** Projected x of the centre of window column {@code x}. */
  public double centreX(int x) {
    return grid.centreX(column0 + x);
  }

  /** Projected y of the centre of window row {@code y}. */
  public double centreY(int y) {
    return grid.centreY(row0 + y);
  }

  public int reachedCount() {
    int count = 0;
    for (int s : seconds) {
      count += s == UNREACHED ? 0 : 1;
    }
    return count;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TravelTimeGrid g
        && g.grid == grid
        && g.column0 == column0
        && g.row0 == row0
        && g.width == width
        && g.height == height
        && Arrays.equals(g.seconds, seconds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(seconds) * 31 + column0 * 17 + row0;
  }

  @Override
  public String toString() {
    return "TravelTimeGrid["
        + width
        + " x "
        + height
        + " at ("
        + column0
        + ", "
        + row0
        + ") of "
        + grid
        + ", "
        + reachedCount()
        + " reached]";
  }
}
