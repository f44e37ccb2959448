package org.ruralaccess.analysis.isochrone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.ruralaccess.analysis.matrix.MatrixRequest;
import org.ruralaccess.analysis.matrix.Percentiles;
import org.ruralaccess.analysis.matrix.TravelTimeMatrix;
import org.ruralaccess.ingest.community.SchemeFileReader;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.BookingAssumption;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.network.Network;
import org.ruralaccess.testing.RepoFiles;

/**
 * Transit isochrones with community transport against {@code rae matrix} on the community transport
 * benchmark region (benchmarks/regions/poa-dial-a-ride: Porto Alegre's network with ILLUSTRATIVE
 * schemes, a south-east dial-a-ride for everyone, a north dial-a-ride and a west volunteer car
 * scheme for older riders), for an older rider booking the day before, so all three apply: Monday
 * 2019-05-13, 14:00-16:00 every minute, median, 15/30/45/60 minutes. Origins: a hexagon in the
 * south-east area, one in the north area, one in the west area and one outside every area (bus,
 * then a ride into an area). The rule: a hexagon centre more than one cell from a polygon's
 * edge is inside it exactly when the matrix's median is within the cutoff, for at least 98 %.
 */
class I13PortoAlegreFlexIsochroneTest {

  private static final int[] CUTOFFS = {900, 1800, 2700, 3600};
  private static final double[][] PLACES = {
    {-30.08, -51.17}, {-30.01, -51.20}, {-30.06, -51.235}, {-30.05, -51.19}
  };
  private static final CommunityTransportRequest OLDER =
      new CommunityTransportRequest(true, RiderGroup.OLDER, BookingAssumption.dayBefore());

  private static Network network;
  private static List<Zone> origins;

  @BeforeAll
  static void networkWithSchemes() {
    PortoAlegreFixture poa = PortoAlegreFixture.get();
    network =
        poa.network.withCommunityTransport(
            new CommunityTransport(
                SchemeFileReader.read(
                    RepoFiles.resolve(
                        "benchmarks/regions/poa-dial-a-ride/community-transport.yaml"))));
    origins = new ArrayList<>();
    for (double[] place : PLACES) {
      origins.add(poa.nearestZone(place[0], place[1]));
    }
  }

  @Test
  void agreesWithTheMatrixForAtLeast98PercentOfHexagonsAwayFromTheEdge() {
    List<IsochroneAnalysis.PlaceIsochrones> with = isochrones(OLDER);
    List<IsochroneAnalysis.PlaceIsochrones> without = isochrones(CommunityTransportRequest.off());
    double withKm2 = 0;
    double withoutKm2 = 0;
    for (int o = 0; o < origins.size(); o++) {
      withKm2 += with.get(o).figures().get(1).areaKm2();
      withoutKm2 += without.get(o).figures().get(1).areaKm2();
    }
    System.err.printf("30 minutes, 4 origins: %.1f km2 with, %.1f without%n", withKm2, withoutKm2);
    // the schemes must matter for the comparison to test them
    assertTrue(withKm2 > 1.2 * withoutKm2, withKm2 + " vs " + withoutKm2);

    List<Zone> zones = network.zones().zones();
    PointSet hexagons = points(zones);
    RoutingSettings base = network.info().routing();
    MatrixRequest request =
        new MatrixRequest(
            PortoAlegreFixture.MONDAY,
            14 * 3600,
            16 * 3600,
            60,
            TravelMode.TRANSIT,
            new int[] {50},
            -1,
            new RoutingSettings(
                base.walkSpeedKmh(),
                base.bikeSpeedKmh(),
                base.bikeExtraMinutes(),
                base.boardSlackSeconds(),
                base.transferSlackSeconds(),
                base.maxWalkMinutes(),
                base.maxTransferWalkMinutes(),
                base.maxTransfers(),
                60),
            OLDER);
    int[][][] matrix = new int[origins.size()][][];
    TravelTimeMatrix.compute(
        network, points(origins), hexagons, request, (o, values) -> matrix[o] = values, n -> {});
    GeometryFactory factory = new GeometryFactory();
    int compared = 0;
    int agreed = 0;
    int flexOnly = 0;
    List<String> disagreements = new ArrayList<>();
    for (int o = 0; o < origins.size(); o++) {
      for (int c = 0; c < CUTOFFS.length; c++) {
        Isochrone iso = with.get(o).isochrones().get(c);
        Geometry boundary = iso.wgs84().getBoundary();
        Geometry busOnly = without.get(o).isochrones().get(c).wgs84();
        for (int h = 0; h < hexagons.size(); h++) {
          var point = factory.createPoint(new Coordinate(hexagons.lon(h), hexagons.lat(h)));
          if (boundary.distance(point) * 96_000 < 100) { // 1 degree of longitude: 96 km at 30 S
            continue;
          }
          int seconds = matrix[o][h][0];
          boolean within = seconds != Percentiles.UNREACHED && seconds <= iso.cutoffSeconds();
          boolean inside = iso.wgs84().contains(point);
          compared++;
          flexOnly += inside && !busOnly.contains(point) ? 1 : 0;
          if (within == inside) {
            agreed++;
          } else if (disagreements.size() < 10) {
            disagreements.add(
                origins.get(o).code()
                    + " -> "
                    + hexagons.id(h)
                    + " "
                    + seconds
                    + " s vs "
                    + iso.cutoffSeconds());
          }
        }
      }
    }
    System.err.printf(
        "matrix agreement with community transport: %d of %d (%.2f %%), %d inside only with it %s%n",
        agreed, compared, 100.0 * agreed / compared, flexOnly, disagreements);
    assertTrue(compared > 5000, "compared " + compared);
    assertTrue(flexOnly > 500, "hexagons inside only with community transport: " + flexOnly);
    assertTrue(agreed >= 0.98 * compared, agreed + " of " + compared + " " + disagreements);
  }

  /**
   * The arrive-by catchment (15:00, 30 and 60 minutes) of the hexagon inside the south-east
   * dial-a-ride area against {@code rae matrix --arrive-by 15:00} from every hexagon, same rider
   * and rule as above.
   */
  @Test
  void theCatchmentAgreesWithTheMatrixArriveBy() {
    int deadline = 15 * 3600;
    int[] cutoffs = {1800, 3600};
    Zone destination = origins.get(0);
    IsochroneSettings settings =
        new IsochroneSettings(
            PortoAlegreFixture.MONDAY,
            deadline,
            1,
            60,
            true,
            TravelMode.TRANSIT,
            50,
            cutoffs,
            100,
            network.info().routing(),
            OLDER);
    IsochroneAnalysis.PlaceIsochrones catchment =
        IsochroneAnalysis.prepare(network, settings)
            .compute(
                new IsochroneAnalysis.Place(
                    destination.code(), "", destination.originLat(), destination.originLon()));
    List<Zone> zones = network.zones().zones();
    PointSet hexagons = points(zones);
    RoutingSettings base = network.info().routing();
    MatrixRequest request =
        new MatrixRequest(
            PortoAlegreFixture.MONDAY,
            deadline - 3600,
            deadline,
            60,
            TravelMode.TRANSIT,
            new int[] {50},
            deadline,
            new RoutingSettings(
                base.walkSpeedKmh(),
                base.bikeSpeedKmh(),
                base.bikeExtraMinutes(),
                base.boardSlackSeconds(),
                base.transferSlackSeconds(),
                base.maxWalkMinutes(),
                base.maxTransferWalkMinutes(),
                base.maxTransfers(),
                60),
            OLDER);
    int[][][] matrix = new int[zones.size()][][];
    TravelTimeMatrix.compute(
        network,
        hexagons,
        points(List.of(destination)),
        request,
        (o, values) -> matrix[o] = values,
        n -> {});
    GeometryFactory factory = new GeometryFactory();
    int compared = 0;
    int agreed = 0;
    int inside = 0;
    List<String> disagreements = new ArrayList<>();
    for (Isochrone iso : catchment.isochrones()) {
      Geometry boundary = iso.wgs84().getBoundary();
      for (int h = 0; h < hexagons.size(); h++) {
        var point = factory.createPoint(new Coordinate(hexagons.lon(h), hexagons.lat(h)));
        if (boundary.distance(point) * 96_000 < 100) {
          continue;
        }
        int latestDeparture = matrix[h][0][0];
        boolean inTime =
            latestDeparture != Percentiles.UNREACHED
                && latestDeparture >= deadline - iso.cutoffSeconds();
        boolean contained = iso.wgs84().contains(point);
        compared++;
        inside += contained ? 1 : 0;
        if (inTime == contained) {
          agreed++;
        } else if (disagreements.size() < 10) {
          disagreements.add(
              hexagons.id(h) + " leaves " + latestDeparture + " for " + iso.cutoffSeconds());
        }
      }
    }
    System.err.printf(
        "catchment agreement with community transport: %d of %d (%.2f %%), %d inside %s%n",
        agreed, compared, 100.0 * agreed / compared, inside, disagreements);
    assertTrue(inside > 200, "inside " + inside);
    assertTrue(agreed >= 0.98 * compared, agreed + " of " + compared + " " + disagreements);
  }

  private static List<IsochroneAnalysis.PlaceIsochrones> isochrones(CommunityTransportRequest ct) {
    IsochroneSettings settings =
        new IsochroneSettings(
            PortoAlegreFixture.MONDAY,
            14 * 3600,
            120,
            60,
            false,
            TravelMode.TRANSIT,
            50,
            CUTOFFS,
            100,
            network.info().routing(),
            ct);
    List<IsochroneAnalysis.Place> places = new ArrayList<>();
    for (Zone zone : origins) {
      places.add(new IsochroneAnalysis.Place(zone.code(), "", zone.originLat(), zone.originLon()));
    }
    long t0 = System.nanoTime();
    IsochroneAnalysis analysis = IsochroneAnalysis.prepare(network, settings);
    long t1 = System.nanoTime();
    List<IsochroneAnalysis.PlaceIsochrones> result = analysis.compute(places, n -> {});
    System.err.printf(
        "community transport %s: prepare %d ms, 4 isochrones %d ms%n",
        ct.enabled() ? "on" : "off", (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
    return result;
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
