package org.ruralaccess.analysis.community;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ruralaccess.ingest.points.PointCsvReader;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetNetworkBuilder;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.support.ReusablePool;
import org.ruralaccess.testing.RepoFiles;

/**
 * {@link HubCarTimes} gives the seconds of a forward search from every hub, though it may search
 * back from the destinations: the two agree for every pair of places not at a gate of a no-through
 * area ({@link StreetNetwork#isAtNoThroughGate}), and places at a gate are searched forward. Each
 * case also checks that the drive back (destination to hub) differs from the drive there for some
 * pairs, so a "reverse" search that ignored one-way streets or the speed of each direction would
 * fail it.
 */
class HubCarTimesTest {

  private static final int CAR_FORWARD = StreetNetworkBuilder.accessBit(StreetMode.CAR, true);
  private static final int CAR_BACKWARD = StreetNetworkBuilder.accessBit(StreetMode.CAR, false);

  /**
   * 40 seeded random 8 x 8 street grids: a quarter of the streets one-way (either way), speeds of
   * 20-100 km/h chosen per direction, one street in ten closed to through traffic, one timed ferry;
   * 12 hubs and 7 destinations snapped anywhere along a street, some off-street.
   */
  @Test
  void randomStreetsGiveTheSameSecondsBothWays() {
    int asymmetric = 0;
    int reached = 0;
    int differAtGate = 0;
    for (int seed = 0; seed < 40; seed++) {
      Random random = new Random(seed);
      StreetNetwork streets = randomGrid(random, 8);
      StreetSnap[] hubs = randomSnaps(random, streets, 12);
      StreetSnap[] destinations = randomSnaps(random, streets, 7);
      int maxCarSeconds = 60 + random.nextInt(240);
      ReusablePool<CarSearches> searches = new ReusablePool<>(() -> new CarSearches(streets));
      int[][] forward = HubCarTimes.forwardFromHubs(hubs, destinations, maxCarSeconds, searches);
      int[][] back = HubCarTimes.backFromDestinations(hubs, destinations, maxCarSeconds, searches);
      int[][] driveBack = HubCarTimes.forwardFromHubs(destinations, hubs, maxCarSeconds, searches);
      for (int h = 0; h < hubs.length; h++) {
        for (int d = 0; d < destinations.length; d++) {
          if (atGate(streets, hubs[h]) || atGate(streets, destinations[d])) {
            differAtGate += forward[h][d] != back[h][d] ? 1 : 0;
          } else {
            assertEquals(forward[h][d], back[h][d], "seed " + seed + ", hub " + h + ", to " + d);
          }
          reached += forward[h][d] >= 0 ? 1 : 0;
          asymmetric += forward[h][d] != driveBack[d][h] ? 1 : 0;
        }
      }
      int[][] chosen = HubCarTimes.between(streets, hubs, destinations, maxCarSeconds, searches);
      for (int h = 0; h < hubs.length; h++) {
        assertArrayEquals(forward[h], chosen[h], "seed " + seed + ", hub " + h);
      }
    }
    System.out.printf(
        "hub car times, 40 grids: %d of %d pairs within reach, %d differ by direction at a gate%n",
        reached, 40 * 12 * 7, differAtGate);
    assertTrue(reached > 40 * 12 * 7 / 2, "most pairs within reach: " + reached);
    assertTrue(asymmetric > 100, "drives back differ from drives there: " + asymmetric);
    // the gates are why between() searches such places forward
    assertTrue(differAtGate > 0, "a search back differs at a gate: " + differAtGate);
  }

  /**
   * A hand-made gate: the hub stands exactly at node n1, the end of a public street e0 (the edge it
   * is snapped on), where a private lane e1 (no through traffic) leads to n2 and on to the public
   * street e2 and the destination at n3. All edges 36 m at 36 km/h (3.6 s each).
   *
   * <pre>
   *   n0 --e0: public-- n1 ==e1: private== n2 --e2: public-- n3
   * </pre>
   *
   * A drive from the hub starts on the public network, so it may not cross the lane to reach n3;
   * nor is there another way: no time. A search back from n3 reaches n1 through the lane, and a
   * target at a node is reached whatever way the path came in: 7 s (3.6 + 3.6 rounded). {@link
   * HubCarTimes#between} therefore searches this hub forward (and, the other way round, every hub
   * when a destination stands at such a gate).
   */
  @Test
  void aHubAtAGateIsSearchedForward() {
    StreetNetworkBuilder builder = StreetNetwork.builder();
    int n0 = builder.addNode(0, 0);
    int n1 = builder.addNode(0, 0.001);
    int n2 = builder.addNode(0, 0.002);
    int n3 = builder.addNode(0, 0.003);
    int both = CAR_FORWARD | CAR_BACKWARD;
    int e0 = builder.addEdge(n0, n1, 36, both, 36, 36);
    int e1 = builder.addEdge(n1, n2, 36, both, 36, 36);
    int e2 = builder.addEdge(n2, n3, 36, both, 36, 36);
    builder.markNoThrough(e1, StreetMode.CAR);
    StreetNetwork streets = builder.build();
    StreetSnap[] hubs = {new StreetSnap(e0, 1, 0, 0, 0.001), new StreetSnap(e0, 0, 0, 0, 0)};
    StreetSnap[] destination = {new StreetSnap(e2, 1, 0, 0, 0.003)};
    ReusablePool<CarSearches> searches = new ReusablePool<>(() -> new CarSearches(streets));
    assertTrue(streets.isAtNoThroughGate(hubs[0], StreetMode.CAR));
    assertFalse(streets.isAtNoThroughGate(hubs[1], StreetMode.CAR));
    assertArrayEquals(
        new int[][] {{7}, {-1}},
        HubCarTimes.backFromDestinations(hubs, destination, 600, searches));
    assertArrayEquals(
        new int[][] {{-1}, {-1}}, HubCarTimes.forwardFromHubs(hubs, destination, 600, searches));
    assertArrayEquals(
        new int[][] {{-1}, {-1}}, HubCarTimes.between(streets, hubs, destination, 600, searches));

    // The other way round: a destination at the gate (n1, on e0), hubs at n3 and n0. A drive from
    // n3 crosses the lane into n1, the end of the trip: 7 s. A search back from n1 starts on the
    // public network, so it may not cross the lane: no time. Every hub is then searched forward.
    StreetSnap[] fromFarSide = {new StreetSnap(e2, 1, 0, 0, 0.003), hubs[1]};
    StreetSnap[] atGate = {hubs[0]};
    assertArrayEquals(
        new int[][] {{-1}, {4}},
        HubCarTimes.backFromDestinations(fromFarSide, atGate, 600, searches));
    assertArrayEquals(
        new int[][] {{7}, {4}}, HubCarTimes.between(streets, fromFarSide, atGate, 600, searches));
  }

  private static boolean atGate(StreetNetwork streets, StreetSnap snap) {
    return streets.isAtNoThroughGate(snap, StreetMode.CAR);
  }

  /**
   * Porto Alegre's real streets (one-way centre, OSM speeds, private roads): every bus stop in the
   * south-east of the sample area as a hub, every hexagon centre there as a destination (those
   * snapped exactly at a gate of a no-through area left out).
   */
  @Test
  void portoAlegreStreetsGiveTheSameSecondsBothWays() {
    Network network =
        new NetworkBuilder(line -> {})
            .build(RegionConfigReader.read(RepoFiles.resolve("regions/poa")))
            .network();
    StreetNetwork streets = network.streets();
    List<StreetSnap> hubs = new ArrayList<>();
    for (int stop = 0; stop < network.transit().stopCount(); stop++) {
      if (inSouthEast(network.transit().stopLat(stop), network.transit().stopLon(stop))) {
        streets
            .snap(
                network.transit().stopLat(stop),
                network.transit().stopLon(stop),
                StreetMode.CAR,
                200)
            .ifPresent(hubs::add);
      }
    }
    PointSet hexagons = PointCsvReader.read(RepoFiles.resolve("regions/poa/poa_hexgrid.csv"));
    List<StreetSnap> destinations = new ArrayList<>();
    for (int p = 0; p < hexagons.size(); p++) {
      if (inSouthEast(hexagons.lat(p), hexagons.lon(p))) {
        streets
            .snap(hexagons.lat(p), hexagons.lon(p), StreetMode.CAR, 200)
            .ifPresent(destinations::add);
      }
    }
    int snapped = hubs.size() + destinations.size();
    hubs.removeIf(hub -> atGate(streets, hub));
    destinations.removeIf(destination -> atGate(streets, destination));
    System.out.printf(
        "Porto Alegre south-east: %d of %d places snapped at a no-through gate%n",
        snapped - hubs.size() - destinations.size(), snapped);
    StreetSnap[] from = hubs.toArray(StreetSnap[]::new);
    StreetSnap[] to = destinations.toArray(StreetSnap[]::new);
    assertTrue(from.length > 300 && to.length > 100, from.length + " hubs, " + to.length);
    ReusablePool<CarSearches> searches = new ReusablePool<>(() -> new CarSearches(streets));
    int maxCarSeconds = 1800;
    int[][] forward = HubCarTimes.forwardFromHubs(from, to, maxCarSeconds, searches);
    int[][] back = HubCarTimes.backFromDestinations(from, to, maxCarSeconds, searches);
    int[][] driveBack = HubCarTimes.forwardFromHubs(to, from, maxCarSeconds, searches);
    int asymmetric = 0;
    int reached = 0;
    for (int h = 0; h < from.length; h++) {
      assertArrayEquals(forward[h], back[h], "hub " + h);
      for (int d = 0; d < to.length; d++) {
        reached += forward[h][d] >= 0 ? 1 : 0;
        asymmetric += forward[h][d] != driveBack[d][h] ? 1 : 0;
      }
    }
    assertTrue(reached > from.length * to.length * 9 / 10, "pairs within 30 min: " + reached);
    assertTrue(asymmetric > from.length * to.length / 10, "asymmetric pairs: " + asymmetric);
  }

  /** The illustrative south-east dial-a-ride area of the community transport benchmark. */
  private static boolean inSouthEast(double lat, double lon) {
    return lon >= -51.20 && lon <= -51.14 && lat >= -30.11 && lat <= -30.06;
  }

  private static StreetNetwork randomGrid(Random random, int side) {
    StreetNetworkBuilder builder = StreetNetwork.builder();
    for (int row = 0; row < side; row++) {
      for (int col = 0; col < side; col++) {
        builder.addNode(row * 0.001, col * 0.001);
      }
    }
    List<Integer> edges = new ArrayList<>();
    for (int row = 0; row < side; row++) {
      for (int col = 0; col < side; col++) {
        int node = row * side + col;
        if (col + 1 < side) {
          edges.add(randomStreet(random, builder, node, node + 1));
        }
        if (row + 1 < side) {
          edges.add(randomStreet(random, builder, node, node + side));
        }
      }
    }
    for (int edge : edges) {
      if (random.nextInt(10) == 0) {
        builder.markNoThrough(edge, StreetMode.CAR);
      }
    }
    builder.markFerry(edges.get(random.nextInt(edges.size())), 30_000 + random.nextInt(60_000));
    return builder.build();
  }

  private static int randomStreet(Random random, StreetNetworkBuilder builder, int a, int b) {
    int access =
        switch (random.nextInt(8)) {
          case 0 -> CAR_FORWARD;
          case 1 -> CAR_BACKWARD;
          default -> CAR_FORWARD | CAR_BACKWARD;
        };
    double meters = 60 + random.nextInt(140) + random.nextDouble();
    return builder.addEdge(a, b, meters, access, 20 + random.nextInt(81), 20 + random.nextInt(81));
  }

  private static StreetSnap[] randomSnaps(Random random, StreetNetwork streets, int count) {
    StreetSnap[] snaps = new StreetSnap[count];
    for (int i = 0; i < count; i++) {
      double fraction =
          switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 1;
            default -> random.nextDouble();
          };
      double offStreetMeters = random.nextBoolean() ? 0 : random.nextInt(80) + random.nextDouble();
      snaps[i] =
          new StreetSnap(random.nextInt(streets.edgeCount()), fraction, offStreetMeters, 0, 0);
    }
    return snaps;
  }
}
