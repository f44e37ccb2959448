package org.ruralaccess.analysis.isochrone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.ruralaccess.analysis.matrix.MatrixRequest;
import org.ruralaccess.analysis.matrix.Percentiles;
import org.ruralaccess.analysis.matrix.TravelTimeMatrix;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetSnap;

/**
 * The arrive-by catchment of one Porto Alegre hexagon (nearest the city centre) for 15:00 on Monday
 * 2019-05-13, 30 and 60 minutes, against {@code rae matrix --arrive-by 15:00} from every hexagon
 * (same settings, max trip 60 minutes): a hexagon centre more than one cell from the edge is inside
 * the catchment of cutoff {@code c} exactly when the matrix's latest departure is at or after 15:00
 * - {@code c}, for at least 98 % of them (the rule).
 */
class I08PortoAlegreCatchmentTest {

  private static final int DEADLINE = 15 * 3600;

  @Test
  void agreesWithTheMatrixArriveByForAtLeast98PercentOfHexagons() {
    PortoAlegreFixture poa = PortoAlegreFixture.get();
    RoutingSettings base = poa.routing;
    RoutingSettings routing =
        new RoutingSettings(
            base.walkSpeedKmh(),
            base.bikeSpeedKmh(),
            base.bikeExtraMinutes(),
            base.boardSlackSeconds(),
            base.transferSlackSeconds(),
            base.maxWalkMinutes(),
            base.maxTransferWalkMinutes(),
            base.maxTransfers(),
            60);
    Zone destination = poa.nearestZone(-30.0277, -51.2287);
    CatchmentGridSearch search =
        new CatchmentGridSearch(
            poa.network.streets(),
            poa.network.stopLinks(),
            poa.stopIndex,
            poa.mondayTimetable,
            poa.walkLinks,
            poa.stopWalks(SearchDirection.REVERSE),
            new TransitGridSettings(
                DEADLINE,
                1,
                60,
                3600,
                poa.walkMetersPerSecond,
                poa.maxWalkSeconds,
                routing.maxTransfers(),
                routing.boardSlackSeconds(),
                new int[] {50}));
    StreetSnap snap =
        poa.network
            .streets()
            .snap(destination.originLat(), destination.originLon(), StreetMode.WALK, 1600)
            .orElseThrow();
    long t0 = System.nanoTime();
    TravelTimeGrid grid = search.search(snap, destination.originLat(), destination.originLon())[0];
    List<Isochrone> catchments =
        IsochroneContours.contour(grid, new int[] {1800, 3600}).isochrones();
    System.err.printf(
        "catchment of %s: %d cells reached, %d ms%n",
        destination.code(), grid.reachedCount(), (System.nanoTime() - t0) / 1_000_000);
    assertTrue(catchments.get(1).wgs84().covers(catchments.get(0).wgs84()));
    assertTrue(catchments.get(1).wgs84().isValid());

    List<Zone> zones = poa.network.zones().zones();
    PointSet hexagons = points(zones);
    PointSet target = points(List.of(destination));
    int[][][] matrix = new int[zones.size()][][];
    MatrixRequest request =
        new MatrixRequest(
            PortoAlegreFixture.MONDAY,
            DEADLINE - 3600,
            DEADLINE,
            60,
            TravelMode.TRANSIT,
            new int[] {50},
            DEADLINE,
            routing);
    TravelTimeMatrix.compute(
        poa.network, hexagons, target, request, (o, values) -> matrix[o] = values, done -> {});
    GeometryFactory factory = new GeometryFactory();
    int compared = 0;
    int agreed = 0;
    int inside = 0;
    List<String> disagreements = new ArrayList<>();
    for (Isochrone catchment : catchments) {
      Geometry boundary = catchment.wgs84().getBoundary();
      for (int h = 0; h < hexagons.size(); h++) {
        var point = factory.createPoint(new Coordinate(hexagons.lon(h), hexagons.lat(h)));
        if (boundary.distance(point) * 96_000 < 100) {
          continue; // within one cell of the edge (1 degree of longitude is 96 km at 30 S)
        }
        int latestDeparture = matrix[h][0][0];
        boolean inTime =
            latestDeparture != Percentiles.UNREACHED
                && latestDeparture >= DEADLINE - catchment.cutoffSeconds();
        boolean contained = catchment.wgs84().contains(point);
        compared++;
        inside += contained ? 1 : 0;
        if (inTime == contained) {
          agreed++;
        } else if (disagreements.size() < 10) {
          disagreements.add(
              hexagons.id(h) + " leaves " + latestDeparture + " for " + catchment.cutoffSeconds());
        }
      }
    }
    System.err.printf(
        "catchment agreement: %d of %d (%.2f %%), %d inside %s%n",
        agreed, compared, 100.0 * agreed / compared, inside, disagreements);
    assertTrue(inside > 200, "inside " + inside);
    assertTrue(agreed >= 0.98 * compared, agreed + " of " + compared + " " + disagreements);
    assertEquals(hexagons.size(), matrix.length);
  }

  private static PointSet points(List<Zone> zones) {
    double[] lats = new double[zones.size()];
    double[] lons = new double[zones.size()];
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < zones.size(); i++) {
      lats[i] = zones.get(i).originLat();
      lons[i] = zones.get(i).originLon();
      ids.add(zones.get(i).code());
    }
    return new PointSet("zones", ids, lats, lons, Map.of());
  }
}
