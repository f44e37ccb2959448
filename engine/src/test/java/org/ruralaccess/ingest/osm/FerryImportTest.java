package org.ruralaccess.ingest.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;

/**
 * Ferries on the hand-made {@code ferry.osm} (drawn in the file): a timed ferry N2-N3 ({@code
 * duration=00:10}, {@code interval=00:20}) and an untimed one N1-N5. Lengths at the equator: 0.001
 * degrees = 111.195 m. A walk or ride across the timed ferry takes 600 s + 1,200 s / 2 = 1,200 s
 * however fast the traveller; the untimed ferry is left to cars.
 */
class FerryImportTest {

  private static final Path FERRY_OSM =
      OsmFixtures.repoRoot().resolve("engine/src/test/resources/street/ferry.osm");

  private static StreetNetwork imported(List<Coordinate> ferryStops, ImportIssues issues) {
    return OsmStreetImporter.importFile(FERRY_OSM, issues, m -> {}, 0, ferryStops);
  }

  private static int node(StreetNetwork network, double lat, double lon) {
    for (int node = 0; node < network.nodeCount(); node++) {
      if (Math.abs(network.nodeLat(node) - lat) < 1e-9
          && Math.abs(network.nodeLon(node) - lon) < 1e-9) {
        return node;
      }
    }
    return -1;
  }

  private static int ferryEdge(StreetNetwork network) {
    for (int edge = 0; edge < network.edgeCount(); edge++) {
      if (network.ferryCrossingSeconds(edge) > 0) {
        return edge;
      }
    }
    throw new AssertionError("no timed ferry");
  }

  @Test
  void aTimedFerryTakesItsDurationAndHalfItsIntervalForEveryMode() {
    StreetNetwork network = imported(List.of(), new ImportIssues());
    int ferry = ferryEdge(network);
    assertTrue(network.isFerry(ferry));
    assertEquals(1000.755, network.edgeLengthMeters(ferry), 0.002);
    assertEquals(1200, network.ferryCrossingSeconds(ferry));
    StreetRouter router = new StreetRouter(network);
    StreetSnap n1 = network.snap(0, 0, StreetMode.WALK, 10).orElseThrow();
    int n4 = node(network, 0, 0.011);
    // 111.195 m to the slipway, 1,200 s on the ferry, 111.195 m on: 1,422.39 s at 1 m/s
    assertEquals(
        1422,
        router.search(n1, StreetMode.WALK, SearchDirection.FORWARD, 1.0, 7200).secondsToNode(n4));
    // at 4 m/s the roads take 55.597 s; the ferry does not go faster: 1,255.60 s
    assertEquals(
        1256,
        router.search(n1, StreetMode.BIKE, SearchDirection.FORWARD, 4.0, 7200).secondsToNode(n4));
    assertEquals(
        1422,
        router.search(n1, StreetMode.WALK, SearchDirection.REVERSE, 1.0, 7200).secondsToNode(n4));
    // the car drives 2 x 111.195 m of residential road at 30 km/h (GraphHopper): 26.687 s
    StreetSnap carN1 = network.snap(0, 0, StreetMode.CAR, 10).orElseThrow();
    assertEquals(
        1227,
        router.search(carN1, StreetMode.CAR, SearchDirection.FORWARD, 0, 7200).secondsToNode(n4));
    // a distance search (transfers in meters) never crosses a ferry
    assertEquals(
        -1,
        router
            .search(n1, StreetMode.WALK, SearchDirection.FORWARD, 1.0, 7200, false)
            .secondsToNode(n4));
  }

  @Test
  void anUntimedFerryIsLeftToCars() {
    ImportIssues issues = new ImportIssues();
    StreetNetwork network = imported(List.of(), issues);
    int n5 = node(network, 0.005, 0);
    StreetRouter router = new StreetRouter(network);
    StreetSnap n1 = network.snap(0, 0, StreetMode.WALK, 10).orElseThrow();
    assertEquals(
        -1,
        router.search(n1, StreetMode.WALK, SearchDirection.FORWARD, 1.0, 7200).secondsToNode(n5));
    StreetSnap carN1 = network.snap(0, 0, StreetMode.CAR, 10).orElseThrow();
    assertTrue(
        router.search(carN1, StreetMode.CAR, SearchDirection.FORWARD, 0, 7200).secondsToNode(n5)
            > 0);
    assertTrue(issues.sorted().stream().anyMatch(i -> i.code().equals("FERRY_WITHOUT_DURATION")));
  }

  @Test
  void pointsInTheWaterSnapToTheShoreNotToTheFerry() {
    StreetNetwork network = imported(List.of(), new ImportIssues());
    // 0.0001 degrees (11.1 m) off the middle of the timed ferry, 0.0045 degrees from either shore
    StreetSnap snap = network.snap(0.0001, 0.0055, StreetMode.CAR, 1000).orElseThrow();
    assertFalse(network.isFerry(snap.edge()));
    // sqrt(0.0045^2 + 0.0001^2) = 0.0045011 degrees at 111,195.08 m per degree
    assertEquals(500.50, snap.offStreetMeters(), 0.01);
  }

  @Test
  void aFerryTheTimetableServesIsLeftToItForWalkersAndCyclists() {
    ImportIssues issues = new ImportIssues();
    // GTFS ferry stops 50 m and 100 m from the two slipways
    List<Coordinate> stops =
        List.of(new Coordinate(0.00045, 0.001), new Coordinate(-0.0009, 0.010));
    StreetNetwork network = imported(stops, issues);
    int ferry = ferryEdge(network);
    assertFalse(network.allowsAnyDirection(ferry, StreetMode.WALK));
    assertFalse(network.allowsAnyDirection(ferry, StreetMode.BIKE));
    assertTrue(network.allowsAnyDirection(ferry, StreetMode.CAR));
    assertTrue(issues.sorted().stream().anyMatch(i -> i.code().equals("FERRY_SERVED_BY_GTFS")));
    // one stop near one end only: not served, still walked
    StreetNetwork oneEnd = imported(List.of(new Coordinate(0.00045, 0.001)), new ImportIssues());
    assertTrue(oneEnd.allowsAnyDirection(ferryEdge(oneEnd), StreetMode.WALK));
  }
}
