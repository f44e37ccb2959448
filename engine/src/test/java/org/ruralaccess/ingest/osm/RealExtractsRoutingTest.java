package org.ruralaccess.ingest.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.network.street.StreetTimes;

/**
 * Street searches on the real extracts checked against geometry that does not come from the router:
 * a walk can never beat the straight line, and in a dense street grid it is rarely much longer
 * (urban walking detours are typically 1.2-1.4 times the straight line).
 */
class RealExtractsRoutingTest {

  private static final double WALK = OsmFixtures.WALK_METERS_PER_SECOND;

  private record Place(double lat, double lon, StreetSnap snap) {}

  private static List<Place> snapped(
      StreetNetwork network, List<double[]> points, StreetMode mode) {
    List<Place> places = new ArrayList<>();
    for (double[] point : points) {
      network
          .snap(point[0], point[1], mode, 300)
          .ifPresent(snap -> places.add(new Place(point[0], point[1], snap)));
    }
    return places;
  }

  @Test
  void portoAlegreWalkTimesFollowTheStraightLine() {
    StreetNetwork network = OsmFixtures.imported("poa_osm.pbf").network();
    // r5r's hexagon centroids cover the dense city: most walks are direct.
    checkWalkDetours(
        network, snapped(network, OsmFixtures.poaHexCentroids(), StreetMode.WALK), 9, 0.75);
  }

  @Test
  void newportWalkTimesFollowTheStraightLine() {
    StreetNetwork network = OsmFixtures.imported("newport-2023-06-13.osm.pbf").network();
    // The grid spans the tidal River Usk (few bridges), the main railway and the A48: many pairs
    // across them detour more than 1.6x, so only the median is checked here.
    checkWalkDetours(network, snapped(network, OsmFixtures.newportGrid(), StreetMode.WALK), 3, 0);
  }

  /**
   * For pairs 300-1,200 m apart: the time, off-street parts included, never beats the straight line
   * at walking speed. The detour of the street part alone (between the two snapped points,
   * off-street parts set to zero) has a median of at most 1.5 and is within 1.6 for at least {@code
   * minShareWithin16} of the pairs.
   */
  private static void checkWalkDetours(
      StreetNetwork network, List<Place> places, int step, double minShareWithin16) {
    StreetRouter router = new StreetRouter(network);
    List<Double> detours = new ArrayList<>();
    int asymmetric = 0;
    for (int i = 0; i < places.size(); i += step) {
      Place origin = places.get(i);
      StreetTimes forward =
          router.search(origin.snap(), StreetMode.WALK, SearchDirection.FORWARD, WALK, 1800);
      StreetTimes reverse =
          router.search(origin.snap(), StreetMode.WALK, SearchDirection.REVERSE, WALK, 1800);
      StreetTimes onStreet =
          router.search(onStreet(origin), StreetMode.WALK, SearchDirection.FORWARD, WALK, 1800);
      for (Place target : places) {
        double lineMeters =
            Coordinate.distanceMeters(origin.lat(), origin.lon(), target.lat(), target.lon());
        if (lineMeters < 300 || lineMeters > 1200) {
          continue;
        }
        int seconds = forward.secondsTo(target.snap());
        assertTrue(seconds < 0 || seconds >= lineMeters / WALK - 1, seconds + " s beats the line");
        if (seconds != reverse.secondsTo(target.snap())) {
          asymmetric++;
        }
        int streetSeconds = onStreet.secondsTo(onStreet(target));
        double streetLineMeters =
            Coordinate.distanceMeters(
                origin.snap().lat(), origin.snap().lon(), target.snap().lat(), target.snap().lon());
        if (streetSeconds >= 0 && streetLineMeters > 0) {
          assertTrue(streetSeconds >= streetLineMeters / WALK - 1);
          detours.add(streetSeconds * WALK / streetLineMeters);
        }
      }
    }
    Collections.sort(detours);
    double median = detours.get(detours.size() / 2);
    double within16 = detours.stream().filter(d -> d <= 1.6).count() / (double) detours.size();
    System.out.printf(
        "[measure] %d walk pairs: median street detour %.3f, %.1f%% within 1.6x, %d asymmetric%n",
        detours.size(), median, 100 * within16, asymmetric);
    assertTrue(detours.size() >= 200, "too few pairs: " + detours.size());
    assertTrue(median <= 1.5, "median detour " + median);
    assertTrue(within16 >= minShareWithin16, "share within 1.6x " + within16);
    // Walking ignores one-way streets, so the way there and back take the same time.
    assertEquals(0, asymmetric);
  }

  private static StreetSnap onStreet(Place place) {
    StreetSnap snap = place.snap();
    return new StreetSnap(snap.edge(), snap.fraction(), 0, snap.lat(), snap.lon());
  }

  @Test
  void edgeLengthsMatchTheirShapes() {
    // GraphHopper's distance is the sum of great-circle segment lengths, stored to the millimetre.
    for (String file : List.of("poa_osm.pbf", "newport-2023-06-13.osm.pbf")) {
      StreetNetwork network = OsmFixtures.imported(file).network();
      for (int edge = 0; edge < network.edgeCount(); edge++) {
        double shapeMeters = 0;
        for (int i = 0; i + 1 < network.edgePointCount(edge); i++) {
          shapeMeters +=
              Coordinate.distanceMeters(
                  network.edgePointLat(edge, i),
                  network.edgePointLon(edge, i),
                  network.edgePointLat(edge, i + 1),
                  network.edgePointLon(edge, i + 1));
        }
        assertEquals(shapeMeters, network.edgeLengthMeters(edge), 0.002 + 1e-5 * shapeMeters);
      }
    }
  }

  @Test
  void carForwardFromAEqualsReverseFromB() {
    // Forward from a to b and reverse (towards b) from a are two searches over one-way streets;
    // the time for the pair must be the same.
    StreetNetwork network = OsmFixtures.imported("poa_osm.pbf").network();
    List<Place> places = snapped(network, OsmFixtures.poaHexCentroids(), StreetMode.CAR);
    StreetRouter router = new StreetRouter(network);
    List<Place> sample = new ArrayList<>();
    for (int i = 0; i < places.size(); i += 61) {
      sample.add(places.get(i));
    }
    int reached = 0;
    int oneWayDifferences = 0;
    for (Place a : sample) {
      StreetTimes forward =
          router.search(a.snap(), StreetMode.CAR, SearchDirection.FORWARD, 1, 900);
      StreetTimes reverse =
          router.search(a.snap(), StreetMode.CAR, SearchDirection.REVERSE, 1, 900);
      for (Place b : sample) {
        StreetTimes towardsB =
            router.search(b.snap(), StreetMode.CAR, SearchDirection.REVERSE, 1, 900);
        int aToB = forward.secondsTo(b.snap());
        assertEquals(aToB, towardsB.secondsTo(a.snap()));
        reached += aToB >= 0 ? 1 : 0;
        oneWayDifferences += aToB != reverse.secondsTo(b.snap()) ? 1 : 0;
      }
    }
    System.out.printf(
        "[measure] car: %d of %d pairs within 15 min, %d differ there and back%n",
        reached, sample.size() * sample.size(), oneWayDifferences);
    assertTrue(reached > sample.size() * sample.size() / 4);
    assertTrue(oneWayDifferences > 0, "one-way streets should make some trips asymmetric");
  }

  @Test
  void measureTwentyMinuteWalkSearches() {
    StreetNetwork network = OsmFixtures.imported("poa_osm.pbf").network();
    List<Place> places = snapped(network, OsmFixtures.poaHexCentroids(), StreetMode.WALK);
    StreetRouter router = new StreetRouter(network);
    long reachedNodes = 0;
    for (int round = 0; round < 2; round++) { // the first round warms up the JIT
      reachedNodes = 0;
      long start = System.nanoTime();
      for (Place place : places) {
        reachedNodes +=
            router
                .search(place.snap(), StreetMode.WALK, SearchDirection.FORWARD, WALK, 1200)
                .reachedNodeCount();
      }
      double micros = (System.nanoTime() - start) / 1e3 / places.size();
      System.out.printf(
          "[measure] round %d: 20-min walk search in Porto Alegre: %.0f us, %,d nodes reached"
              + " on average (%d origins)%n",
          round, micros, reachedNodes / places.size(), places.size());
    }
    long start = System.nanoTime();
    int snaps = 0;
    for (double[] point : OsmFixtures.poaHexCentroids()) {
      snaps += network.snap(point[0], point[1], StreetMode.WALK, 300).isPresent() ? 1 : 0;
    }
    System.out.printf(
        "[measure] snap: %.1f us per point (%d snapped)%n",
        (System.nanoTime() - start) / 1e3 / OsmFixtures.poaHexCentroids().size(), snaps);
    assertTrue(reachedNodes > 0);
  }
}
