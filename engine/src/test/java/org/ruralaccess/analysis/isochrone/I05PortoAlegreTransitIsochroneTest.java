package org.ruralaccess.analysis.isochrone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBWriter;
import org.ruralaccess.analysis.matrix.MatrixRequest;
import org.ruralaccess.analysis.matrix.Percentiles;
import org.ruralaccess.analysis.matrix.TravelTimeMatrix;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetSnap;

/**
 * Transit isochrones on the real Porto Alegre network (EPTC + Trensurb, Monday 2019-05-13,
 * departures every minute 14:00-16:00, r5r's settings: walk 3.6 km/h, 17-minute walks, 4 transfers,
 * 60 s board slack), median over the window, cutoffs 15/30/45/60 minutes, 100 m cells in UTM zone
 * 22 S. Three origins: the hexagon zones nearest the centre, the north and the south.
 */
class I05PortoAlegreTransitIsochroneTest {

  private static final int[] CUTOFFS = {900, 1800, 2700, 3600};
  private static final LocalDate MONDAY = PortoAlegreFixture.MONDAY;
  private static final double[][] PLACES = {
    {-30.0277, -51.2287}, {-29.99, -51.17}, {-30.08, -51.18}
  };

  private static Network network;
  private static CellLinks links;
  private static TransitGridSearch search;
  private static TransitGridSettings settings;
  private static List<Zone> origins;
  private static List<TravelTimeGrid> grids = new ArrayList<>();
  private static List<IsochroneContours.Result> results = new ArrayList<>();

  @BeforeAll
  static void isochronesFromThreeZones() {
    PortoAlegreFixture poa = PortoAlegreFixture.get();
    network = poa.network;
    links = poa.walkLinks;
    long start = System.nanoTime();
    StopCellWalks egress = poa.stopWalks(SearchDirection.FORWARD);
    System.err.printf(
        "stop walks: %d pairs over %d cells in %d ms%n",
        egress.size(), egress.cellCount(), (System.nanoTime() - start) / 1_000_000);
    RoutingSettings routing = poa.routing;
    settings =
        new TransitGridSettings(
            14 * 3600,
            120,
            60,
            3600,
            poa.walkMetersPerSecond,
            poa.maxWalkSeconds,
            routing.maxTransfers(),
            routing.boardSlackSeconds(),
            new int[] {50});
    search =
        new TransitGridSearch(
            network.streets(),
            network.stopLinks(),
            poa.stopIndex,
            poa.mondayTimetable,
            links,
            egress,
            settings);
    origins = new ArrayList<>();
    for (double[] place : PLACES) {
      origins.add(poa.nearestZone(place[0], place[1]));
    }
    for (Zone zone : origins) {
      long t0 = System.nanoTime();
      TravelTimeGrid times = isochroneGrid(zone);
      long t1 = System.nanoTime();
      IsochroneContours.Result result = IsochroneContours.contour(times, CUTOFFS);
      long t2 = System.nanoTime();
      System.err.printf(
          "zone %s: grid %d x %d, %d reached, %d egress reads, search %d ms, contours %d ms%n",
          zone.code(),
          times.width(),
          times.height(),
          times.reachedCount(),
          search.egressUpdates(),
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000);
      grids.add(times);
      results.add(result);
    }
  }

  private static TravelTimeGrid isochroneGrid(Zone zone) {
    StreetSnap snap =
        network
            .streets()
            .snap(zone.originLat(), zone.originLon(), StreetMode.WALK, 1600)
            .orElse(null);
    return search.search(snap, zone.originLat(), zone.originLon())[0];
  }

  @Test
  void everyPolygonIsValidAndInsideTheNextCutoff() {
    for (IsochroneContours.Result result : results) {
      assertEquals(0, result.repairedCutoffs());
      List<Isochrone> isochrones = result.isochrones();
      for (int i = 0; i < isochrones.size(); i++) {
        Isochrone iso = isochrones.get(i);
        assertTrue(iso.wgs84().isValid(), "valid " + iso.cutoffSeconds());
        assertTrue(iso.metric().isValid(), "valid metric " + iso.cutoffSeconds());
        assertTrue(!iso.wgs84().isEmpty(), "something within " + iso.cutoffSeconds() + " s");
        if (i > 0) {
          assertTrue(iso.wgs84().covers(isochrones.get(i - 1).wgs84()), "nested " + i);
          assertTrue(iso.metric().covers(isochrones.get(i - 1).metric()), "nested metric " + i);
          assertTrue(iso.metric().getArea() > isochrones.get(i - 1).metric().getArea());
        }
      }
    }
  }

  @Test
  void simplificationMovesTheBoundaryByAtMostHalfACell() {
    for (int o = 0; o < grids.size(); o++) {
      for (int i = 0; i < CUTOFFS.length; i++) {
        Geometry exact =
            RingAssembler.assemble(
                ContourTracer.trace(grids.get(o), CUTOFFS[i]), new GeometryFactory());
        Geometry simplified = results.get(o).isochrones().get(i).metric();
        double meters =
            DiscreteHausdorffDistance.distance(exact.getBoundary(), simplified.getBoundary(), 0.25);
        assertTrue(meters <= 50, "origin " + o + " cutoff " + CUTOFFS[i] + ": " + meters + " m");
      }
    }
  }

  @Test
  void theSameInputGivesTheSameCoordinatesInTheSameOrder() {
    WKBWriter wkb = new WKBWriter();
    for (int o = 0; o < origins.size(); o++) {
      TravelTimeGrid again = isochroneGrid(origins.get(o));
      assertEquals(grids.get(o), again);
      List<Isochrone> first = results.get(o).isochrones();
      List<Isochrone> second = IsochroneContours.contour(again, CUTOFFS).isochrones();
      for (int i = 0; i < CUTOFFS.length; i++) {
        assertEquals(
            WKBWriter.toHex(wkb.write(first.get(i).wgs84())),
            WKBWriter.toHex(wkb.write(second.get(i).wgs84())));
      }
    }
  }

  /**
   * The consistency rule: for the hexagon centres more than one cell (100 m) from the
   * polygon's edge, {@code rae matrix}'s median time (same settings) is within the cutoff exactly
   * when the point is inside, for at least 98 % of them.
   */
  @Test
  void agreesWithTheMatrixForAtLeast98PercentOfHexagonsAwayFromTheEdge() {
    List<Zone> zones = network.zones().zones();
    PointSet hexagons = points(zones);
    PointSet from = points(origins);
    MatrixRequest request =
        new MatrixRequest(
            MONDAY,
            14 * 3600,
            16 * 3600,
            60,
            TravelMode.TRANSIT,
            new int[] {50},
            -1,
            network.info().routing());
    int[][][] matrix = new int[origins.size()][][];
    TravelTimeMatrix.compute(
        network, from, hexagons, request, (o, values) -> matrix[o] = values, done -> {});
    GeometryFactory factory = new GeometryFactory();
    int compared = 0;
    int agreed = 0;
    List<String> disagreements = new ArrayList<>();
    for (int o = 0; o < origins.size(); o++) {
      for (Isochrone iso : results.get(o).isochrones()) {
        Geometry boundary = iso.wgs84().getBoundary();
        for (int h = 0; h < hexagons.size(); h++) {
          var point = factory.createPoint(new Coordinate(hexagons.lon(h), hexagons.lat(h)));
          double degreesToEdge = boundary.distance(point);
          if (degreesToEdge * 96_000 < 100) { // 1 degree of longitude is about 96 km at 30 S
            continue;
          }
          int seconds = matrix[o][h][0];
          boolean within = seconds != Percentiles.UNREACHED && seconds <= iso.cutoffSeconds();
          compared++;
          if (within == iso.wgs84().contains(point)) {
            agreed++;
          } else if (disagreements.size() < 10) {
            disagreements.add(hexagons.id(h) + " " + seconds + " s vs " + iso.cutoffSeconds());
          }
        }
      }
    }
    System.err.printf(
        "matrix agreement: %d of %d (%.2f %%) %s%n",
        agreed, compared, 100.0 * agreed / compared, disagreements);
    assertTrue(compared > 5000, "compared " + compared);
    assertTrue(agreed >= 0.98 * compared, agreed + " of " + compared + " " + disagreements);
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
