package org.ruralaccess.network.street;

import java.util.Optional;
import org.ruralaccess.model.Coordinate;

/**
 * Uniform grid over edge shapes for snapping, built when a network is constructed (never stored).
 * Cells are {@value #CELL_SIZE_METERS} m squares in a projection fixed at the network's middle
 * latitude; each cell lists (once) every edge with a segment whose bounding box touches it. A query
 * scans rings of cells outwards and stops as soon as no unscanned cell can hold a closer edge,
 * measuring exact point-to-segment distance in an equirectangular projection centred on the query
 * point (error well under 1 m at the few-hundred-metre distances used for linking).
 */
final class StreetSpatialIndex {

  static final double CELL_SIZE_METERS = 300;
  static final double METERS_PER_DEGREE_LAT = Math.PI * 6_371_008.8 / 180;
  private static final int MAX_CELLS = 1 << 24;

  private final StreetNetwork network;
  private final double minLat;
  private final double minLon;
  private final double cellLatDegrees;
  private final double cellLonDegrees;
  private final int columns;
  private final int rows;
  private final int[] cellStart;
  private final int[] cellEdges;

  StreetSpatialIndex(StreetNetwork network) {
    this.network = network;
    double[] bounds = bounds(network);
    minLat = bounds[0];
    minLon = bounds[1];
    double middleLat = (bounds[0] + bounds[2]) / 2;
    double cellMeters = CELL_SIZE_METERS;
    int cols;
    int rowCount;
    while (true) {
      double latDegrees = cellMeters / METERS_PER_DEGREE_LAT;
      double lonDegrees = latDegrees / Math.max(0.01, Math.cos(Math.toRadians(middleLat)));
      cols = (int) ((bounds[3] - minLon) / lonDegrees) + 1;
      rowCount = (int) ((bounds[2] - minLat) / latDegrees) + 1;
      if ((long) cols * rowCount <= MAX_CELLS) {
        cellLatDegrees = latDegrees;
        cellLonDegrees = lonDegrees;
        break;
      }
      cellMeters *= 2; // a continent-sized extract: coarser cells rather than a huge grid
    }
    columns = cols;
    rows = rowCount;
    cellStart = new int[columns * rows + 1];
    cellEdges = fillCells();
  }

  private static double[] bounds(StreetNetwork network) {
    double[] bounds = {90, 180, -90, -180};
    for (int node = 0; node < network.nodeCount(); node++) {
      include(bounds, network.nodeLat[node], network.nodeLon[node]);
    }
    for (int i = 0; i < network.geometryLat.length; i++) {
      include(bounds, network.geometryLat[i], network.geometryLon[i]);
    }
    return network.nodeCount() == 0 ? new double[] {0, 0, 0, 0} : bounds;
  }

  private static void include(double[] bounds, double lat, double lon) {
    bounds[0] = Math.min(bounds[0], lat);
    bounds[1] = Math.min(bounds[1], lon);
    bounds[2] = Math.max(bounds[2], lat);
    bounds[3] = Math.max(bounds[3], lon);
  }

  /** Two passes (count, then fill) over the same traversal give a CSR list per cell. */
  private int[] fillCells() {
    int[] lastEdgeInCell = new int[columns * rows];
    java.util.Arrays.fill(lastEdgeInCell, -1);
    forEachEdgeCell((edge, cell) -> cellStart[cell + 1]++, lastEdgeInCell);
    for (int cell = 0; cell < columns * rows; cell++) {
      cellStart[cell + 1] += cellStart[cell];
    }
    int[] edges = new int[cellStart[columns * rows]];
    int[] next = cellStart.clone();
    java.util.Arrays.fill(lastEdgeInCell, -1);
    forEachEdgeCell((edge, cell) -> edges[next[cell]++] = edge, lastEdgeInCell);
    return edges;
  }

  private interface EdgeCellConsumer {
    void accept(int edge, int cell);
  }

  private void forEachEdgeCell(EdgeCellConsumer consumer, int[] lastEdgeInCell) {
    for (int edge = 0; edge < network.edgeCount(); edge++) {
      int points = network.edgePointCount(edge);
      for (int i = 0; i + 1 < points; i++) {
        double lat1 = network.edgePointLat(edge, i);
        double lon1 = network.edgePointLon(edge, i);
        double lat2 = network.edgePointLat(edge, i + 1);
        double lon2 = network.edgePointLon(edge, i + 1);
        int row1 = row(Math.min(lat1, lat2));
        int row2 = row(Math.max(lat1, lat2));
        int col1 = column(Math.min(lon1, lon2));
        int col2 = column(Math.max(lon1, lon2));
        for (int row = row1; row <= row2; row++) {
          for (int col = col1; col <= col2; col++) {
            int cell = row * columns + col;
            if (lastEdgeInCell[cell] != edge) {
              lastEdgeInCell[cell] = edge;
              consumer.accept(edge, cell);
            }
          }
        }
      }
    }
  }

  private int row(double lat) {
    return (int) Math.floor((lat - minLat) / cellLatDegrees);
  }

  private int column(double lon) {
    return (int) Math.floor((lon - minLon) / cellLonDegrees);
  }

  Optional<StreetSnap> snap(double lat, double lon, StreetMode mode, double maxDistanceMeters) {
    if (!Double.isFinite(lat) || !Double.isFinite(lon) || !(maxDistanceMeters >= 0)) {
      return Optional.empty();
    }
    SnapCandidate best = new SnapCandidate(network, lat, lon, mode);
    int centerRow = row(lat);
    int centerColumn = column(lon);
    double ringMeters =
        Math.min(
            CELL_SIZE_METERS,
            cellLonDegrees * Math.cos(Math.toRadians(lat)) * METERS_PER_DEGREE_LAT);
    ringMeters = Math.min(ringMeters, cellLatDegrees * METERS_PER_DEGREE_LAT);
    // Rings past the farthest grid cell hold nothing; rings past the distance cannot matter.
    int farthestCellRing =
        Math.max(
            Math.max(Math.abs(centerRow), Math.abs(rows - 1 - centerRow)),
            Math.max(Math.abs(centerColumn), Math.abs(columns - 1 - centerColumn)));
    int maxRing = (int) Math.min(farthestCellRing, maxDistanceMeters / ringMeters + 2);
    for (int ring = 0; ring <= maxRing; ring++) {
      scanRing(centerRow, centerColumn, ring, best);
      // Every cell not yet scanned is at least `ring` whole cells away from the query point.
      double unscannedMeters = ring * ringMeters;
      if (best.distanceMeters() <= unscannedMeters || unscannedMeters > maxDistanceMeters) {
        break;
      }
    }
    return best.distanceMeters() <= maxDistanceMeters
        ? Optional.of(best.toSnap())
        : Optional.empty();
  }

  private void scanRing(int centerRow, int centerColumn, int ring, SnapCandidate best) {
    for (int row = centerRow - ring; row <= centerRow + ring; row++) {
      if (row < 0 || row >= rows) {
        continue;
      }
      boolean edgeRow = row == centerRow - ring || row == centerRow + ring;
      int step = edgeRow || ring == 0 ? 1 : 2 * ring;
      for (int col = centerColumn - ring; col <= centerColumn + ring; col += step) {
        if (col >= 0 && col < columns) {
          int cell = row * columns + col;
          for (int i = cellStart[cell]; i < cellStart[cell + 1]; i++) {
            best.consider(cellEdges[i]);
          }
        }
      }
    }
  }

  static double segmentLengthMeters(double lat1, double lon1, double lat2, double lon2) {
    return Coordinate.distanceMeters(lat1, lon1, lat2, lon2);
  }
}
