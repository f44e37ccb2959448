package org.ruralaccess.analysis.isochrone;

import java.util.ArrayList;
import java.util.List;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetNetworkBuilder;

/**
 * Synthetic streets laid out in British National Grid meters near Dorchester (easting 400,000 is
 * BNG's central meridian, 2 W, where grid north is true north), so a test can put a road exactly on
 * a row of 100 m cell centres and work the contours out by hand. Edge lengths are the great-circle
 * lengths the OSM import would give: BNG's scale factor there is 0.99960, so 100 grid meters are
 * 100.04 m on the ground (100 / 0.9996 = 100.04), 4 s in 10,000 at 1 m/s.
 */
final class BngStreets {

  static final GridProjection BNG = GridProjection.of("EPSG:27700");

  /** A cell-centre position: BNG cells of 100 m have centres at ...50. */
  static final double X0 = 400_050;

  static final double Y0 = 90_050;

  /** 3.6 km/h: one ground meter per second. */
  static final double WALK_METERS_PER_SECOND = 1.0;

  private final StreetNetworkBuilder builder = StreetNetwork.builder();
  private final List<double[]> latLons = new ArrayList<>();

  /** A node at BNG {@code (x, y)}. */
  int node(double x, double y) {
    double[] latLon = new double[2];
    BNG.toWgs84(x, y, latLon);
    latLons.add(latLon);
    return builder.addNode(latLon[0], latLon[1]);
  }

  /** A straight two-way street for walking, cycling and driving (36 km/h, 10 m/s). */
  int street(int from, int to) {
    double[] a = latLons.get(from);
    double[] b = latLons.get(to);
    double meters = Coordinate.distanceMeters(a[0], a[1], b[0], b[1]);
    int access =
        StreetNetworkBuilder.bothWays(StreetMode.WALK)
            | StreetNetworkBuilder.bothWays(StreetMode.BIKE)
            | StreetNetworkBuilder.bothWays(StreetMode.CAR);
    return builder.addEdge(from, to, meters, access, 36, 36);
  }

  StreetNetwork build() {
    return builder.build();
  }

  /** WGS84 {lat, lon} of a BNG point. */
  static double[] latLon(double x, double y) {
    double[] latLon = new double[2];
    BNG.toWgs84(x, y, latLon);
    return latLon;
  }

  /**
   * A Manhattan grid of two-way streets: nodes at {@code (x0 + i * spacing, y0 + j * spacing)} for
   * {@code i, j} in {@code 0 .. n-1}, except nodes strictly inside {@code skip} ({x1, y1, x2, y2},
   * or null), which leaves a street-free hole such as a lake.
   */
  static StreetNetwork manhattan(double x0, double y0, double spacing, int n, double[] skip) {
    BngStreets streets = new BngStreets();
    int[][] ids = new int[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double x = x0 + i * spacing;
        double y = y0 + j * spacing;
        boolean skipped = skip != null && x > skip[0] && x < skip[2] && y > skip[1] && y < skip[3];
        ids[i][j] = skipped ? -1 : streets.node(x, y);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (ids[i][j] < 0) {
          continue;
        }
        if (i + 1 < n && ids[i + 1][j] >= 0) {
          streets.street(ids[i][j], ids[i + 1][j]);
        }
        if (j + 1 < n && ids[i][j + 1] >= 0) {
          streets.street(ids[i][j], ids[i][j + 1]);
        }
      }
    }
    return streets.build();
  }
}
