package org.ruralaccess.analysis.community;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.network.street.StreetSnap;

/**
 * The rides on from hubs ({@link FlexServices#reachFromStop} then {@link
 * FlexServices#followReached} at each departure of a range search, and the walked-hub form of
 * {@link FlexServices#egressFromHub(int, int, int[], int[])}) lower each destination's arrival
 * exactly as the straightforward rule does (every ride of a hub looked at whenever the hub is
 * reached earlier), departure by departure, while looking at fewer rides: on a hand-built case with
 * values worked out by hand, and on seeded random hubs, windows and range searches against a
 * reference kept here.
 */
class HubEgressTest {

  private static final int NO = Integer.MAX_VALUE;
  // windows: 14:00-15:00 and 09:00-12:00
  private static final int W_START = 50_400;
  private static final int W_END = 54_000;
  private static final int M_START = 32_400;
  private static final int M_END = 43_200;

  @Test
  void handBuiltHubsGiveTheWorkedArrivalsWithFewerRidesLookedAt() {
    // hubs A, B, C (untimed) 111 m apart on a line, and T, a timed stop leaving at 14:30 (52,200);
    // hub i at stop i, no walk. Rides in seconds to destinations 0, 1, 2, in both windows:
    //   A: 600, 900, 1200   B: 700, 800, 1000   C: 1500, 1300, 1250   T: 300 to 0 (14:00-15:00
    //   only: 52,200 + 300 <= 54,000; the morning window is over by 52,200)
    List<FlexHub> hubs =
        List.of(hub(0, 0.000, 0), hub(1, 0.001, 0), hub(2, 0.002, 0), timed(3, 0.003, 52_200));
    List<List<int[]>> rows =
        List.of(
            bothWindows(600, 900, 1200),
            bothWindows(700, 800, 1000),
            bothWindows(1500, 1300, 1250),
            List.of(new int[] {0, 300, W_START, W_END}));
    FlexServices services = FlexServices.ofHubs(hubs, rows, 4);
    int[] arrival = {NO, NO, NO};
    HubArrivals hubArrival = new HubArrivals(4);

    // departure 1: C's stop at 14:20 (51,600): 51,600 + 1500, + 1300, + 1250; the morning window
    // is over (its first ride, 1250 s, is longer than 43,200 - 51,600 < 0): 3 rides looked at
    services.reachFromStop(2, 51_600, hubArrival);
    int visited = services.followReached(hubArrival, arrival);
    assertArrayEquals(new int[] {53_100, 52_900, 52_850}, arrival);
    assertEquals(3, visited);

    // departure 2: A at 51,000: 51,600, 51,900, 52,200. C does not cover A: C's rides are at most
    // max(1500-600, 1300-900, 1250-1200) = 900 s longer, 51,600 + 900 > 51,000. Then C at 51,500:
    // A covers it, A's rides being at most max(600-1500, 900-1300, 1200-1250) = -50 s longer and
    // 51,000 - 50 <= 51,500 (C would give 53,000, 52,800, 52,750: nothing); no ride looked at
    services.reachFromStop(2, 51_500, hubArrival);
    services.reachFromStop(0, 51_000, hubArrival); // followed first all the same: earlier
    visited = services.followReached(hubArrival, arrival);
    assertArrayEquals(new int[] {51_600, 51_900, 52_200}, arrival);
    assertEquals(3 + 0, visited);

    // departure 3: B at 50,900 (A would cover it from 51,000 + max(-100, 100, 200) = 51,200 on):
    // 51,600, 51,700, 51,900. T at 52,000 rides at 52,200: 52,500 to 0, no better; 1 ride
    services.reachFromStop(3, 52_100, hubArrival);
    services.reachFromStop(1, 50_900, hubArrival);
    services.reachFromStop(3, 52_000, hubArrival); // T twice in one departure: followed once
    visited = services.followReached(hubArrival, arrival);
    assertArrayEquals(new int[] {51_600, 51_700, 51_900}, arrival);
    assertEquals(3 + 1, visited);

    // departure 4: T earlier still, 51,900: the same 14:30 ride as before, not looked at again
    services.reachFromStop(3, 51_900, hubArrival);
    visited = services.followReached(hubArrival, arrival);
    assertArrayEquals(new int[] {51_600, 51_700, 51_900}, arrival);
    assertEquals(0, visited);
    // the straightforward rule looks at every ride of each hub followed, in the order the stops
    // come: C 6, C 6, A 6, T 1, B 6, T 1, T 1 = 27 against 3 + 3 + 4 + 0 = 10 here
  }

  @Test
  void randomRangeSearchesEqualTheStraightforwardRule() {
    long visited = 0;
    long reference = 0;
    long walkedVisited = 0;
    long walkedReference = 0;
    for (int seed = 1; seed <= 300; seed++) {
      Random random = new Random(seed);
      Case c = Case.random(random);
      FlexServices services = FlexServices.ofHubs(c.hubs, c.rows, c.stopCount);
      int[] arrival = filled(c.destinations);
      int[] expected = filled(c.destinations);
      HubArrivals hubArrival = new HubArrivals(c.hubs.size());
      int[] expectedHubArrival = filled(c.hubs.size());
      int[] stopArrival = filled(c.stopCount);
      int[] walked = filled(c.destinations);
      int[] walkedExpected = filled(c.destinations);
      int[] walkedArrival = filled(c.hubs.size());
      // latest departure first, as a range search: arrivals at stops only go down
      for (int departure = 54_000; departure >= 49_800; departure -= 60) {
        List<Integer> changed = new ArrayList<>();
        for (int s = 0; s < c.stopCount; s++) {
          int at = departure + random.nextInt(3_000);
          if (random.nextInt(3) == 0 && at < stopArrival[s]) {
            stopArrival[s] = at;
            changed.add(s);
          }
        }
        java.util.Collections.shuffle(changed, random);
        for (int s : changed) {
          services.reachFromStop(s, stopArrival[s], hubArrival);
          reference += c.egressFromStop(s, stopArrival[s], expected, expectedHubArrival);
        }
        visited += services.followReached(hubArrival, arrival);
        assertArrayEquals(expected, arrival, "seed " + seed + " departure " + departure);
        // hubs walked to from home, nearest first, as FlexOriginLegs.improveDirect follows them
        for (int[] w : c.walkedHubs) {
          walkedArrival[w[0]] = departure + w[1];
          walkedVisited += services.egressFromHub(w[0], departure + w[1], walked, walkedArrival);
          walkedReference += c.follow(w[0], departure + w[1], walkedExpected);
        }
        for (int[] w : c.walkedHubs) {
          walkedArrival[w[0]] = NO;
        }
        assertArrayEquals(walkedExpected, walked, "walked, seed " + seed + " at " + departure);
      }
    }
    System.out.printf(
        "hub egress, 300 seeds: %d rides looked at on from stops against %d by the"
            + " straightforward rule; %d against %d from walked hubs%n",
        visited, reference, walkedVisited, walkedReference);
    // the shortcuts must do something on these cases (else the equality above tests nothing new)
    assertTrue(visited * 2 < reference, visited + " vs " + reference);
    assertTrue(walkedVisited < walkedReference, walkedVisited + " vs " + walkedReference);
  }

  /**
   * A rider set that uses two schemes joins the schemes' packed rides ({@link HubEgress#concat})
   * rather than packing all their hubs again: on 300 seeded random cases, the joined packing
   * follows every ride exactly as the packing of all hubs at once does (same arrivals, same rides
   * looked at), from random hubs, ready times and candidate arrivals. A candidate left numbered as
   * in its own part would be another hub after the join, and change what is skipped.
   */
  @Test
  void joinedSchemesFollowAsAllHubsPackedAtOnce() {
    long visits = 0;
    for (int seed = 1; seed <= 300; seed++) {
      Random random = new Random(seed);
      Case c = Case.random(random);
      // the hubs as a set's services number them: service 0's, then service 1's
      List<FlexHub> all = new ArrayList<>();
      List<List<int[]>> allRows = new ArrayList<>();
      List<HubEgress> parts = new ArrayList<>();
      for (int service = 0; service < 2; service++) {
        List<FlexHub> part = new ArrayList<>();
        List<List<int[]>> partRows = new ArrayList<>();
        for (int h = 0; h < c.hubs.size(); h++) {
          if (c.hubs.get(h).service() == service) {
            all.add(c.hubs.get(h));
            allRows.add(c.rows.get(h));
            part.add(renumbered(c.hubs.get(h), 0)); // a scheme's own hubs are its service 0
            partRows.add(c.rows.get(h));
          }
        }
        parts.add(HubEgress.of(partRows, part));
      }
      HubEgress together = HubEgress.of(allRows, all);
      HubEgress joined = HubEgress.concat(parts);
      for (int trial = 0; trial < 200; trial++) {
        int hub = random.nextInt(all.size());
        int ready = 48_000 + random.nextInt(8_000);
        int previous = random.nextBoolean() ? NO : ready + random.nextInt(600);
        int[] arrival = new int[c.destinations];
        for (int d = 0; d < arrival.length; d++) {
          arrival[d] = random.nextInt(4) == 0 ? NO : 50_000 + random.nextInt(6_000);
        }
        int[] hubArrival = new int[all.size()];
        for (int h = 0; h < hubArrival.length; h++) {
          hubArrival[h] = random.nextInt(3) == 0 ? NO : 47_000 + random.nextInt(8_000);
        }
        int[] expected = arrival.clone();
        int expectedVisits = together.follow(hub, ready, previous, expected, hubArrival);
        int actualVisits = joined.follow(hub, ready, previous, arrival, hubArrival);
        assertArrayEquals(expected, arrival, "seed " + seed + ", hub " + hub);
        assertEquals(expectedVisits, actualVisits, "seed " + seed + ", hub " + hub);
        visits += actualVisits;
      }
    }
    assertTrue(visits > 100_000, "rides looked at: " + visits);
  }

  private static FlexHub renumbered(FlexHub hub, int service) {
    return new FlexHub(
        service,
        hub.carSnap(),
        hub.walkSnap(),
        hub.fixedArrivalSeconds(),
        hub.fixedDepartureSeconds(),
        hub.stops(),
        hub.stopWalkSeconds());
  }

  /** Random hubs of two services, their rides built as FlexServices.rides builds them. */
  private record Case(
      List<FlexHub> hubs,
      List<List<int[]>> rows,
      int stopCount,
      int destinations,
      List<int[]> walkedHubs) {

    static Case random(Random random) {
      int[][] windows = {{25_200, 68_400}, {M_START, M_END}, {46_800, 59_400}, {W_START, W_END}};
      int[][][] serviceWindows = new int[2][][];
      for (int s = 0; s < 2; s++) {
        serviceWindows[s] =
            random.nextBoolean()
                ? new int[][] {windows[random.nextInt(4)]}
                : new int[][] {windows[1], windows[2 + random.nextInt(2)]};
      }
      int destinations = 1 + random.nextInt(15);
      double[][] places = new double[destinations][];
      for (int d = 0; d < destinations; d++) {
        places[d] = new double[] {random.nextDouble() * 0.05, random.nextDouble() * 0.05};
      }
      int hubCount = 2 + random.nextInt(14);
      int stopCount = hubCount + 3;
      List<FlexHub> hubs = new ArrayList<>();
      List<List<int[]>> rows = new ArrayList<>();
      for (int h = 0; h < hubCount; h++) {
        int service = random.nextInt(4) == 0 ? 1 : 0;
        double lat = random.nextDouble() * 0.05;
        double lon = random.nextDouble() * 0.05;
        StreetSnap snap = new StreetSnap(0, 0, 0, lat, lon);
        int[] stops = random.nextBoolean() ? new int[] {h} : new int[] {h, hubCount + h % 3};
        int[] walks = Arrays.stream(stops).map(s -> random.nextInt(300)).toArray();
        int roll = random.nextInt(10);
        int fixedDeparture = roll < 2 ? 48_000 + random.nextInt(8_000) : FlexHub.NO_TIME;
        int fixedArrival = roll == 2 ? 50_000 : fixedDeparture;
        FlexHub hub = new FlexHub(service, snap, snap, fixedArrival, fixedDeparture, stops, walks);
        hubs.add(hub);
        List<int[]> hubRows = new ArrayList<>();
        boolean canBoard = !hub.isTimed() || fixedDeparture != FlexHub.NO_TIME;
        for (int d = 0; d < destinations && canBoard; d++) {
          if (random.nextInt(8) == 0) {
            continue; // not reached by car
          }
          double meters = Coordinate.distanceMeters(lat, lon, places[d][0], places[d][1]);
          int ride = 300 + (int) (meters / 6) + random.nextInt(60);
          for (int[] window : serviceWindows[service]) {
            int start = hub.isTimed() ? fixedDeparture : window[0];
            if (start >= window[0] && start + ride <= window[1]) {
              hubRows.add(new int[] {d, ride, window[0], window[1]});
            }
          }
        }
        rows.add(hubRows);
      }
      List<int[]> walked = new ArrayList<>();
      for (int h = 0; h < hubCount; h++) {
        if (random.nextInt(3) == 0) {
          walked.add(new int[] {h, random.nextInt(1_000)});
        }
      }
      walked.sort((a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : a[0] - b[0]);
      return new Case(hubs, rows, stopCount, destinations, walked);
    }

    /** The straightforward rule: each hub reached earlier than before, every ride looked at. */
    int egressFromStop(int stop, int arrivalAtStop, int[] arrival, int[] hubArrival) {
      int visited = 0;
      for (int h = 0; h < hubs.size(); h++) {
        int[] stops = hubs.get(h).stops();
        for (int i = 0; i < stops.length; i++) {
          int at = arrivalAtStop + hubs.get(h).stopWalkSeconds()[i];
          if (stops[i] == stop && at < hubArrival[h]) {
            hubArrival[h] = at;
            visited += follow(h, at, arrival);
          }
        }
      }
      return visited;
    }

    int follow(int h, int arrivalAtHub, int[] arrival) {
      FlexHub hub = hubs.get(h);
      for (int[] row : rows.get(h)) {
        int start;
        if (hub.isTimed()) {
          if (arrivalAtHub > hub.fixedDepartureSeconds()) {
            continue;
          }
          start = hub.fixedDepartureSeconds();
        } else {
          start = Math.max(arrivalAtHub, row[2]);
        }
        int at = start + row[1];
        if (at <= row[3] && at < arrival[row[0]]) {
          arrival[row[0]] = at;
        }
      }
      return rows.get(h).size();
    }
  }

  private static FlexHub hub(int stop, double lon, int walkSeconds) {
    StreetSnap snap = new StreetSnap(0, 0, 0, 0.0, lon);
    return new FlexHub(
        0, snap, snap, FlexHub.NO_TIME, FlexHub.NO_TIME, new int[] {stop}, new int[] {walkSeconds});
  }

  private static FlexHub timed(int stop, double lon, int departureSeconds) {
    StreetSnap snap = new StreetSnap(0, 0, 0, 0.0, lon);
    return new FlexHub(
        0, snap, snap, departureSeconds - 60, departureSeconds, new int[] {stop}, new int[] {0});
  }

  private static List<int[]> bothWindows(int... rides) {
    List<int[]> rows = new ArrayList<>();
    for (int d = 0; d < rides.length; d++) {
      rows.add(new int[] {d, rides[d], W_START, W_END});
      rows.add(new int[] {d, rides[d], M_START, M_END});
    }
    return rows;
  }

  private static int[] filled(int size) {
    int[] values = new int[size];
    Arrays.fill(values, NO);
    return values;
  }
}
