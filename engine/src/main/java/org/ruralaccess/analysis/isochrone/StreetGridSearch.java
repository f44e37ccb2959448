package org.ruralaccess.analysis.isochrone;

import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.network.street.StreetTimes;

/**
 * Walk, bike or car times from one origin onto the cells of a grid: one time-limited street search
 * from the origin, then each linked cell reads its time at its snap point ({@link
 * StreetTimes#secondsTo}, the off-street walk to the cell centre included), so a cell centre gets
 * the time {@code rae matrix} would give a destination there. Cells are visited only within the
 * origin's reach: the limit times the fastest speed of the mode (the walking or cycling speed, or
 * the network's fastest car speed), plus the cells' off-street reach, clipped to the grid.
 *
 * <p>One instance per thread (the street router is reused); the links are shared.
 */
public final class StreetGridSearch {

  private final CellLinks links;
  private final StreetRouter router;
  private final double fastestCarMetersPerSecond;

  public StreetGridSearch(StreetNetwork streets, CellLinks links) {
    this.links = links;
    this.router = new StreetRouter(streets);
    this.fastestCarMetersPerSecond = fastestCarSpeedKmh(streets) / 3.6;
  }

  /**
   * Times to every cell within {@code maxSeconds}.
   *
   * @param origin the origin snapped for the links' mode (null when it could not be linked: every
   *     cell is then unreached)
   * @param originLat the origin itself, to centre the window
   * @param speedMetersPerSecond walking or cycling speed (ignored for CAR, which uses the edges'
   *     speeds)
   * @param extraSeconds added to every reached cell (the minutes a cyclist spends parking), counted
   *     within {@code maxSeconds}
   */
  public TravelTimeGrid search(
      StreetSnap origin,
      double originLat,
      double originLon,
      double speedMetersPerSecond,
      int maxSeconds,
      int extraSeconds) {
    return search(
        origin,
        originLat,
        originLon,
        speedMetersPerSecond,
        maxSeconds,
        extraSeconds,
        SearchDirection.FORWARD);
  }

  /**
   * As {@link #search(StreetSnap, double, double, double, int, int)}, in either direction: {@link
   * SearchDirection#REVERSE} times every cell <em>to</em> the point (an arrive-by catchment of a
   * street mode, where one-way streets make it differ from the forward isochrone).
   */
  public TravelTimeGrid search(
      StreetSnap origin,
      double originLat,
      double originLon,
      double speedMetersPerSecond,
      int maxSeconds,
      int extraSeconds,
      SearchDirection direction) {
    if (origin == null || maxSeconds < extraSeconds) {
      return TravelTimeGrid.unreached(links.grid(), 0, 0, 0, 0);
    }
    StreetTimes times =
        router.search(
            origin, links.mode(), direction, speedMetersPerSecond, maxSeconds - extraSeconds);
    return cellTimes(times, originLat, originLon, speedMetersPerSecond, maxSeconds, extraSeconds);
  }

  /**
   * The cells' times read off a finished forward search from the origin (a transit search shares
   * its walk search this way), up to {@code maxSeconds} including {@code extraSeconds}.
   */
  public TravelTimeGrid cellTimes(
      StreetTimes times,
      double originLat,
      double originLon,
      double speedMetersPerSecond,
      int maxSeconds,
      int extraSeconds) {
    double fastest =
        links.mode() == StreetMode.CAR ? fastestCarMetersPerSecond : speedMetersPerSecond;
    GridWindow window =
        GridWindow.around(
            links.grid(),
            originLat,
            originLon,
            Math.max(0, maxSeconds - extraSeconds) * fastest + 2 * links.maxOffStreetMeters());
    int[] seconds = new int[window.width() * window.height()];
    java.util.Arrays.fill(seconds, TravelTimeGrid.UNREACHED);
    for (int y = 0; y < window.height(); y++) {
      for (int x = 0; x < window.width(); x++) {
        StreetSnap cell = links.snap(window.column0() + x, window.row0() + y);
        int s = cell == null ? -1 : times.secondsTo(cell);
        if (s >= 0 && s + extraSeconds <= maxSeconds) {
          seconds[y * window.width() + x] = s + extraSeconds;
        }
      }
    }
    return new TravelTimeGrid(
        links.grid(), window.column0(), window.row0(), window.width(), window.height(), seconds);
  }

  public CellGrid grid() {
    return links.grid();
  }

  private static double fastestCarSpeedKmh(StreetNetwork streets) {
    double fastest = 0;
    for (int edge = 0; edge < streets.edgeCount(); edge++) {
      fastest = Math.max(fastest, streets.carSpeedKmh(edge, true));
      fastest = Math.max(fastest, streets.carSpeedKmh(edge, false));
    }
    return fastest;
  }
}
