package org.ruralaccess.analysis.isochrone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Marching squares (Lorensen and Cline's marching cubes in two dimensions) over the cell centres of
 * a {@link TravelTimeGrid}, for the region "time at most {@code cutoff} seconds". Returns closed
 * rings in projected meters, traced with the region on their left: outer rings run
 * counter-clockwise, holes clockwise.
 *
 * <p>Rules, each chosen so that the region only grows with the cutoff (nested isochrones):
 *
 * <ul>
 *   <li>A cell is inside when its time is at most the cutoff; cells outside the window, and
 *       unreached cells, are outside for every cutoff.
 *   <li>Between an inside cell with time {@code a} and an outside cell with time {@code b}, the
 *       boundary crosses the line joining their centres where the linear interpolation of the time
 *       equals {@code cutoff + 0.5} (times are whole seconds, so this lies strictly between "at
 *       most cutoff" and "at least cutoff + 1", never on a centre). Towards an unreached cell it
 *       crosses half way, whatever the cutoff: the region reaches half a cell beyond the last
 *       reached cell, and every isochrone shares that stretch of boundary exactly.
 *   <li>A saddle (two diagonal inside corners) is joined through the middle when the mean of the
 *       four corner times is at most {@code cutoff + 0.5} and all four are reached; otherwise the
 *       two corners stay apart. The mean is fixed, so a larger cutoff can only join more.
 * </ul>
 *
 * <p>Each crossing sits on its own grid line segment and the segments of one square never cross, so
 * the rings are simple and never touch each other.
 */
final class ContourTracer {

  // Corner bits of a square: bottom-left, bottom-right, top-right, top-left.
  private static final int BL = 1;
  private static final int BR = 2;
  private static final int TR = 4;
  private static final int TL = 8;

  private final TravelTimeGrid grid;
  private final long level2; // 2 * (cutoff + 0.5), so interpolation stays in integers until the end
  private final int paddedWidth;
  private final int[] next; // next[edge] = 1 + the edge the ring continues to, 0 if none
  private final List<Integer> starts = new ArrayList<>();

  private ContourTracer(TravelTimeGrid grid, int cutoffSeconds) {
    this.grid = grid;
    this.level2 = 2L * cutoffSeconds + 1;
    this.paddedWidth = grid.width() + 2;
    this.next = new int[paddedWidth * (grid.height() + 2) * 2];
  }

  /** Rings of the region within {@code cutoffSeconds}, each closed (first point = last). */
  static List<double[]> trace(TravelTimeGrid grid, int cutoffSeconds) {
    ContourTracer tracer = new ContourTracer(grid, cutoffSeconds);
    tracer.linkSquares();
    return tracer.rings();
  }

  private boolean inside(int x, int y) {
    int seconds = grid.seconds(x, y);
    return seconds != TravelTimeGrid.UNREACHED && 2L * seconds < level2;
  }

  /** Edge ids in padded coordinates (px = x + 1): horizontal from (px, py), vertical from it. */
  private int horizontal(int px, int py) {
    return (py * paddedWidth + px) * 2;
  }

  private int vertical(int px, int py) {
    return (py * paddedWidth + px) * 2 + 1;
  }

  private void linkSquares() {
    for (int y = -1; y < grid.height(); y++) {
      for (int x = -1; x < grid.width(); x++) {
        int corners =
            (inside(x, y) ? BL : 0)
                | (inside(x + 1, y) ? BR : 0)
                | (inside(x + 1, y + 1) ? TR : 0)
                | (inside(x, y + 1) ? TL : 0);
        if (corners != 0 && corners != 15) {
          linkSquare(x, y, corners);
        }
      }
    }
  }

  /** The segments of one square, oriented with the inside corners on their left. */
  private void linkSquare(int x, int y, int corners) {
    int px = x + 1;
    int py = y + 1;
    int bottom = horizontal(px, py);
    int top = horizontal(px, py + 1);
    int left = vertical(px, py);
    int right = vertical(px + 1, py);
    switch (corners) {
      case BL -> link(bottom, left);
      case BR -> link(right, bottom);
      case TR -> link(top, right);
      case TL -> link(left, top);
      case BL | BR -> link(right, left);
      case BR | TR -> link(top, bottom);
      case TR | TL -> link(left, right);
      case BL | TL -> link(bottom, top);
      case BL | BR | TR -> link(top, left);
      case BL | BR | TL -> link(right, top);
      case BL | TR | TL -> link(bottom, right);
      case BR | TR | TL -> link(left, bottom);
      case BL | TR -> {
        if (saddleJoined(x, y)) {
          link(bottom, right);
          link(top, left);
        } else {
          link(bottom, left);
          link(top, right);
        }
      }
      case BR | TL -> {
        if (saddleJoined(x, y)) {
          link(left, bottom);
          link(right, top);
        } else {
          link(right, bottom);
          link(left, top);
        }
      }
      default -> throw new IllegalStateException("corner case " + corners);
    }
  }

  private boolean saddleJoined(int x, int y) {
    long sum = 0;
    int[][] corners = {{x, y}, {x + 1, y}, {x + 1, y + 1}, {x, y + 1}};
    for (int[] c : corners) {
      int seconds = grid.seconds(c[0], c[1]);
      if (seconds == TravelTimeGrid.UNREACHED) {
        return false;
      }
      sum += seconds;
    }
    // mean <= cutoff + 0.5  <=>  2 * sum <= 4 * (cutoff + 0.5) = 2 * level2
    return 2 * sum <= 2 * level2;
  }

  private void link(int from, int to) {
    if (next[from] != 0) {
      throw new IllegalStateException("contour edge " + from + " continued twice");
    }
    next[from] = to + 1;
    starts.add(from);
  }

  private List<double[]> rings() {
    List<double[]> rings = new ArrayList<>();
    for (int start : starts) {
      if (next[start] == 0) {
        continue; // already part of a traced ring
      }
      double[] ring = new double[16];
      int n = 0;
      int edge = start;
      do {
        if (n + 2 > ring.length - 2) {
          ring = Arrays.copyOf(ring, ring.length * 2);
        }
        crossing(edge, ring, n);
        n += 2;
        int following = next[edge] - 1;
        next[edge] = 0;
        edge = following;
      } while (edge != start);
      ring[n] = ring[0];
      ring[n + 1] = ring[1];
      rings.add(Arrays.copyOf(ring, n + 2));
    }
    return rings;
  }

  /**
   * Where the boundary crosses {@code edge}: interpolated, or half way towards an unreached cell.
   */
  private void crossing(int edge, double[] out, int at) {
    int node = edge >> 1;
    int x = node % paddedWidth - 1;
    int y = node / paddedWidth - 1;
    boolean isHorizontal = (edge & 1) == 0;
    int x2 = isHorizontal ? x + 1 : x;
    int y2 = isHorizontal ? y : y + 1;
    boolean firstInside = inside(x, y);
    int inX = firstInside ? x : x2;
    int inY = firstInside ? y : y2;
    int outX = firstInside ? x2 : x;
    int outY = firstInside ? y2 : y;
    int inSeconds = grid.seconds(inX, inY);
    int outSeconds = grid.seconds(outX, outY);
    double t =
        outSeconds == TravelTimeGrid.UNREACHED
            ? 0.5
            : (level2 - 2.0 * inSeconds) / (2.0 * ((long) outSeconds - inSeconds));
    double cell = grid.grid().cellMeters();
    double baseX = grid.centreX(inX);
    double baseY = grid.centreY(inY);
    out[at] = baseX + t * cell * (outX - inX);
    out[at + 1] = baseY + t * cell * (outY - inY);
  }
}
