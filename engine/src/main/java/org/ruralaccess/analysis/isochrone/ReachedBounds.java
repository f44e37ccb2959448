package org.ruralaccess.analysis.isochrone;

/** The smallest window of a grid holding every reached cell, grown cell by cell. */
final class ReachedBounds {

  private int minColumn = Integer.MAX_VALUE;
  private int minRow = Integer.MAX_VALUE;
  private int maxColumn = Integer.MIN_VALUE;
  private int maxRow = Integer.MIN_VALUE;

  static ReachedBounds of(TravelTimeGrid grid) {
    ReachedBounds bounds = new ReachedBounds();
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
