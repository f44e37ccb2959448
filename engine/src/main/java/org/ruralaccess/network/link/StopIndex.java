package org.ruralaccess.network.link;

import java.util.function.IntConsumer;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * The linked stops by position, built once per request so that finding the stops within walking
 * reach of an origin or a destination does not scan every stop of the region.
 */
public final class StopIndex {

  private static final double CELL_METERS = 500;

  private final TransitNetwork transit;
  private final PointGrid grid;

  private StopIndex(TransitNetwork transit, PointGrid grid) {
    this.transit = transit;
    this.grid = grid;
  }

  public static StopIndex of(TransitNetwork transit, StopLinks links) {
    int stopCount = transit.stopCount();
    double[] lats = new double[stopCount];
    double[] lons = new double[stopCount];
    boolean[] linked = new boolean[stopCount];
    for (int stop = 0; stop < stopCount; stop++) {
      lats[stop] = transit.stopLat(stop);
      lons[stop] = transit.stopLon(stop);
      linked[stop] = links.isLinked(stop);
    }
    return new StopIndex(transit, new PointGrid(lats, lons, linked, CELL_METERS));
  }

  /** Calls {@code visitor} with every linked stop within {@code radiusMeters} (straight line). */
  public void forEachLinkedStopWithin(
      double lat, double lon, double radiusMeters, IntConsumer visitor) {
    grid.forEachNear(
        lat,
        lon,
        radiusMeters,
        stop -> {
          if (Coordinate.distanceMeters(lat, lon, transit.stopLat(stop), transit.stopLon(stop))
              <= radiusMeters) {
            visitor.accept(stop);
          }
        });
  }
}
