package org.ruralaccess.analysis.isochrone;

/**
 * A rectangle of cells of a {@link CellGrid}: columns {@code column0 .. column0 + width - 1}, rows
 * {@code row0 .. row0 + height - 1}.
 */
record GridWindow(int column0, int row0, int width, int height) {

  /** The cells within {@code radiusMeters} of a point (a square), clipped to the grid. */
  static GridWindow around(CellGrid grid, double lat, double lon, double radiusMeters) {
    double[] xy = new double[2];
    grid.projection().toMetric(lat, lon, xy);
    int west = Math.max(0, grid.columnAt(xy[0] - radiusMeters));
    int east = Math.min(grid.columns() - 1, grid.columnAt(xy[0] + radiusMeters));
    int south = Math.max(0, grid.rowAt(xy[1] - radiusMeters));
    int north = Math.min(grid.rows() - 1, grid.rowAt(xy[1] + radiusMeters));
    if (west > east || south > north) {
      return new GridWindow(0, 0, 0, 0);
    }
    return new GridWindow(west, south, east - west + 1, north - south + 1);
  }
}
