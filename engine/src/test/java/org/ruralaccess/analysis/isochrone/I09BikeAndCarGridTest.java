package org.ruralaccess.analysis.isochrone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ruralaccess.analysis.isochrone.BngStreets.BNG;
import static org.ruralaccess.analysis.isochrone.BngStreets.X0;
import static org.ruralaccess.analysis.isochrone.BngStreets.Y0;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetSnap;

/**
 * Cycling and driving on the street grid of {@link I02StreetGridDiamondTest} (streets every 100 m
 * on the cell-centre lines; cars at 36 km/h, 10 m/s): one grid meter east is 0.99737 engine meters.
 * Bikes at 4 m/s plus 5 fixed minutes (parking), cells linked for bikes; cars on car-linked cells.
 */
class I09BikeAndCarGridTest {

  private static final StreetNetwork NETWORK =
      BngStreets.manhattan(X0 - 3000, Y0 - 3000, 100, 61, null);

  @Test
  void bikeTimesIncludeTheFixedMinutes() {
    TravelTimeGrid bike = grid(StreetMode.BIKE, 4.0, 1200, 300);
    // 900 m east: 897.64 / 4 = 224.4 s -> 224, plus 300 s
    assertEquals(524, bike.secondsAt(X0 + 900, Y0));
    assertEquals(300, bike.secondsAt(X0, Y0)); // the origin cell: parking only
    // the 10-minute bike isochrone: 600 - 300 = 300 s of riding, 1,200 m of Manhattan distance:
    // east, 1,200 m is 1,196.8 / 4 = 299.2 s -> 299 (599 in all); 1,300 m is 324 s (624)
    Envelope box =
        IsochroneContours.contour(bike, new int[] {600})
            .isochrones()
            .get(0)
            .metric()
            .getEnvelopeInternal();
    // 1,200 + (600.5 - 599) / (624 - 599) * 100 = 1,206 m
    assertEquals(X0 + 1206, box.getMaxX(), 100);
  }

  @Test
  void carTimesUseTheStreetSpeed() {
    TravelTimeGrid car = grid(StreetMode.CAR, 0, 600, 0);
    // 900 m east: 897.64 m at 10 m/s = 89.76 s -> 90
    assertEquals(90, car.secondsAt(X0 + 900, Y0));
    // 2,000 m east and 1,000 m north, edge by edge in whole milliseconds: 20 x 9,974 ms (99.737 m
    // at 10 m/s) + 10 x 10,001 ms (100.006 m) = 299,490 ms -> 299 s
    assertEquals(299, car.secondsAt(X0 + 2000, Y0 + 1000));
  }

  private static TravelTimeGrid grid(StreetMode mode, double speed, int maxSeconds, int extra) {
    CellGrid grid = CellGrid.covering(NETWORK, BNG, 100, 300);
    CellLinks links = new CellLinks(grid, NETWORK, mode, 150);
    double[] origin = BngStreets.latLon(X0, Y0);
    StreetSnap snap = NETWORK.snap(origin[0], origin[1], mode, 100).orElseThrow();
    return new StreetGridSearch(NETWORK, links)
        .search(snap, origin[0], origin[1], speed, maxSeconds, extra);
  }
}
