package org.ruralaccess.analysis.isochrone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralaccess.analysis.isochrone.BngStreets.BNG;
import static org.ruralaccess.analysis.isochrone.BngStreets.WALK_METERS_PER_SECOND;
import static org.ruralaccess.analysis.isochrone.BngStreets.X0;
import static org.ruralaccess.analysis.isochrone.BngStreets.Y0;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralaccess.analysis.matrix.Percentiles;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetSnap;

/**
 * The propagator's incremental, compressed per-minute bookkeeping against the plain definition: for
 * every departure, every cell's time is the best of its direct walk and (arrival at any stop + walk
 * from it) minus the departure, capped at the max trip time; then percentiles per cell. Random stop
 * arrivals that behave like a range search's (only earlier, or expired, as departures get earlier)
 * on a street grid with 12 stops.
 */
class TransitGridPropagatorTest {

  private static final int STOPS = 12;
  private static StopCellWalks walks;
  private static TravelTimeGrid direct;

  @BeforeAll
  static void streetsAndStops() {
    StreetNetwork network = BngStreets.manhattan(X0 - 1000, Y0 - 1000, 100, 21, null);
    CellLinks links =
        new CellLinks(CellGrid.covering(network, BNG, 100, 300), network, StreetMode.WALK, 150);
    SplittableRandom random = new SplittableRandom(7);
    StreetSnap[] stops = new StreetSnap[STOPS];
    for (int s = 0; s < STOPS; s++) {
      double[] latLon =
          BngStreets.latLon(X0 - 900 + random.nextInt(1800), Y0 - 900 + random.nextInt(1800));
      stops[s] = network.snap(latLon[0], latLon[1], StreetMode.WALK, 200).orElseThrow();
    }
    walks =
        StopCellWalks.build(
            links,
            network,
            STOPS,
            s -> stops[s],
            WALK_METERS_PER_SECOND,
            300,
            SearchDirection.FORWARD);
    double[] origin = BngStreets.latLon(X0, Y0);
    direct =
        new StreetGridSearch(network, links)
            .search(stops[0], origin[0], origin[1], WALK_METERS_PER_SECOND, 900, 0);
  }

  @Test
  void equalsThePlainDefinitionOnRandomArrivals() {
    int first = 7 * 3600;
    int count = 30;
    int step = 60;
    int maxTrip = 1500;
    int[] percentiles = {0, 25, 50, 90, 100};
    TransitGridPropagator propagator = new TransitGridPropagator(walks);
    for (int trial = 0; trial < 20; trial++) {
      SplittableRandom random = new SplittableRandom(100 + trial);
      int[][] arrivals = rangeLikeArrivals(random, first, count, step);
      propagator.begin(direct, first, count, step, maxTrip);
      for (int i = count - 1; i >= 0; i--) {
        List<Integer> changed = new ArrayList<>();
        for (int s = 0; s < STOPS; s++) {
          if (i == count - 1
              ? arrivals[i][s] != TravelTimeGrid.UNREACHED
              : arrivals[i][s] != arrivals[i + 1][s]) {
            changed.add(s);
          }
        }
        int[] minute = arrivals[i];
        propagator.departure(
            first + i * step,
            s -> minute[s],
            changed.stream().mapToInt(Integer::intValue).toArray(),
            changed.size());
      }
      TravelTimeGrid[] grids = propagator.percentiles(percentiles);
      int[][] expected = plain(arrivals, first, step, maxTrip, percentiles);
      for (int local = 0; local < walks.cellCount(); local++) {
        int id = walks.cellId(local);
        int column = walks.grid().column(id);
        int row = walks.grid().row(id);
        for (int p = 0; p < percentiles.length; p++) {
          assertEquals(
              expected[local][p],
              grids[p].secondsAtCell(column, row),
              "trial " + trial + " cell " + id + " p" + percentiles[p]);
        }
      }
    }
  }

  /**
   * Stops reached by the origin's access walk (their arrival a step earlier at every departure
   * until a bus beats it): told which they are, the propagator carries their walks once instead of
   * at every departure, and gives the same grids, window included, as the plain definition and as
   * when it is not told.
   */
  @Test
  void accessWalksCarriedOnceGiveTheSameGrids() {
    int first = 7 * 3600;
    int count = 30;
    int step = 60;
    int maxTrip = 1500;
    int[] percentiles = {0, 50, 90};
    int[] accessStops = {1, 4, 5, 9};
    TransitGridPropagator told = new TransitGridPropagator(walks);
    TransitGridPropagator notTold = new TransitGridPropagator(walks);
    long fewerReads = 0;
    for (int trial = 0; trial < 20; trial++) {
      SplittableRandom random = new SplittableRandom(500 + trial);
      int[] accessSeconds = new int[accessStops.length];
      for (int a = 0; a < accessStops.length; a++) {
        accessSeconds[a] = 60 + random.nextInt(400);
      }
      int[][] arrivals = rangeLikeArrivals(random, first, count, step);
      for (int i = 0; i < count; i++) {
        for (int a = 0; a < accessStops.length; a++) {
          int s = accessStops[a];
          arrivals[i][s] = Math.min(arrivals[i][s], first + i * step + accessSeconds[a]);
        }
      }
      told.begin(direct, accessStops, accessSeconds, first, count, step, maxTrip);
      notTold.begin(direct, first, count, step, maxTrip);
      for (int i = count - 1; i >= 0; i--) {
        int[] changed = changedStops(arrivals, i);
        int[] minute = arrivals[i];
        told.departure(first + i * step, s -> minute[s], changed, changed.length);
        notTold.departure(first + i * step, s -> minute[s], changed, changed.length);
      }
      TravelTimeGrid[] grids = told.percentiles(percentiles);
      TravelTimeGrid[] plainGrids = notTold.percentiles(percentiles);
      int[][] expected = plain(arrivals, first, step, maxTrip, percentiles);
      for (int p = 0; p < percentiles.length; p++) {
        assertEquals(plainGrids[p], grids[p], "trial " + trial + " p" + percentiles[p]);
        for (int local = 0; local < walks.cellCount(); local++) {
          int id = walks.cellId(local);
          assertEquals(
              expected[local][p],
              grids[p].secondsAtCell(walks.grid().column(id), walks.grid().row(id)),
              "trial " + trial + " cell " + id + " p" + percentiles[p]);
        }
      }
      assertTrue(told.egressUpdates() <= notTold.egressUpdates(), "trial " + trial);
      fewerReads += notTold.egressUpdates() - told.egressUpdates();
    }
    // the access stops' arrival is their walk at most departures, so most of their re-reads go
    assertTrue(fewerReads > 0, "walks read once instead of at every departure: " + fewerReads);
  }

  private static int[] changedStops(int[][] arrivals, int i) {
    List<Integer> changed = new ArrayList<>();
    for (int s = 0; s < STOPS; s++) {
      if (i == arrivals.length - 1
          ? arrivals[i][s] != TravelTimeGrid.UNREACHED
          : arrivals[i][s] != arrivals[i + 1][s]) {
        changed.add(s);
      }
    }
    return changed.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void departuresOutOfOrderAreRefused() {
    TransitGridPropagator propagator = new TransitGridPropagator(walks);
    propagator.begin(direct, 0, 3, 60, 900);
    assertThrows(IllegalStateException.class, () -> propagator.departure(0, s -> 0, new int[0], 0));
  }

  /** Per stop: reached from some departure on, then only earlier as departures get earlier. */
  private static int[][] rangeLikeArrivals(
      SplittableRandom random, int first, int count, int step) {
    int[][] arrivals = new int[count][STOPS];
    for (int s = 0; s < STOPS; s++) {
      int current = TravelTimeGrid.UNREACHED;
      for (int i = count - 1; i >= 0; i--) {
        int departure = first + i * step;
        if (current == TravelTimeGrid.UNREACHED ? random.nextInt(4) == 0 : random.nextInt(3) == 0) {
          int candidate = departure + 120 + random.nextInt(1200);
          current = Math.min(current, candidate);
        }
        arrivals[i][s] = current;
      }
    }
    return arrivals;
  }

  private static int[][] plain(
      int[][] arrivals, int first, int step, int maxTrip, int[] percentiles) {
    int count = arrivals.length;
    int[][] result = new int[walks.cellCount()][percentiles.length];
    int[] walkFrom = new int[STOPS];
    for (int local = 0; local < walks.cellCount(); local++) {
      Arrays.fill(walkFrom, -1);
      for (int s = 0; s < STOPS; s++) {
        for (int e = walks.firstIndex(s); e < walks.endIndex(s); e++) {
          if (walks.localCell(e) == local) {
            walkFrom[s] = walks.walkSeconds(e);
          }
        }
      }
      int id = walks.cellId(local);
      int onFoot = direct.secondsAtCell(walks.grid().column(id), walks.grid().row(id));
      int[] times = new int[count];
      for (int i = 0; i < count; i++) {
        long best = onFoot;
        for (int s = 0; s < STOPS; s++) {
          if (walkFrom[s] >= 0 && arrivals[i][s] != TravelTimeGrid.UNREACHED) {
            best = Math.min(best, (long) arrivals[i][s] + walkFrom[s] - (first + i * step));
          }
        }
        times[i] = best <= maxTrip ? (int) best : Percentiles.UNREACHED;
      }
      Percentiles.compute(times, percentiles, result[local]);
    }
    return result;
  }
}
