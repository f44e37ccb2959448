package org.ruralaccess.analysis.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.ingest.points.PointCsvReader;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.testing.RepoFiles;
import org.ruralaccess.testing.SyntheticRegion;

/**
 * The walk mode read off the transit search's own walk search ({@link
 * TravelTimeMatrix#computeWithWalk}) gives exactly the walk mode's matrix, and the transit values
 * are unchanged by it; street modes' percentiles of a constant column are the column's value.
 */
class WalkFromTransitTest {

  @TempDir Path dir;

  /**
   * On the synthetic road (1,111.95 m segments) at the default 4.8 km/h (1.3333 m/s): one segment
   * takes 1,111.95 / 1.3333 = 833.96 s, rounded 834 s; two take 1,667.93 s, 1,668 s; nine take
   * 10,007.55 m / 1.3333 = 7,505.7 s, beyond the 120-minute (7,200 s) trip limit.
   */
  @Test
  void walkTimesOnTheRoadAreTheWalkModesByHand() throws Exception {
    Network network = road();
    PointSet origins = points("o", 0);
    PointSet destinations = points("d", 1, 2, 9);
    int[] percentiles = {5, 50, 95};
    MatrixRequest transit = request(TravelMode.TRANSIT, percentiles, RoutingSettings.DEFAULTS);
    assertTrue(TravelTimeMatrix.sharesWalkSearch(transit));
    int[][][] shared = new int[1][][];
    int[][][] transitShared = new int[1][][];
    TravelTimeMatrix.computeWithWalk(
        network,
        origins,
        destinations,
        transit,
        List.of(),
        (o, values) -> transitShared[o] = values,
        (o, values) -> shared[o] = values,
        done -> {});
    int u = Percentiles.UNREACHED;
    // every percentile of 120 equal departures is the time itself
    assertArrayEquals(new int[][] {{834, 834, 834}, {1668, 1668, 1668}, {u, u, u}}, shared[0]);
    assertArrayEquals(shared[0], walkMode(network, origins, destinations, percentiles)[0]);
    assertArrayEquals(transitAlone(network, origins, destinations, transit)[0], transitShared[0]);
  }

  @Test
  void notSharedWhenTheTransitWalkSearchDiffers() {
    RoutingSettings d = RoutingSettings.DEFAULTS;
    RoutingSettings longWalks = longWalks();
    assertFalse(
        TravelTimeMatrix.sharesWalkSearch(request(TravelMode.TRANSIT, new int[] {50}, longWalks)));
    assertFalse(TravelTimeMatrix.sharesWalkSearch(request(TravelMode.WALK, new int[] {50}, d)));
    MatrixRequest arriveBy =
        new MatrixRequest(
            LocalDate.of(2024, 1, 9),
            0,
            0,
            60,
            TravelMode.TRANSIT,
            new int[0],
            ClockTime.parseSeconds("09:00"),
            d);
    assertFalse(TravelTimeMatrix.sharesWalkSearch(arriveBy));
  }

  /** Newport (BODS, real streets): every grid point's walk row equals the walk mode's. */
  @Test
  void newportWalkRowsEqualTheWalkModesForEveryOrigin() {
    Network network =
        new NetworkBuilder(line -> {})
            .build(RegionConfigReader.read(RepoFiles.resolve("regions/newport")))
            .network();
    PointSet grid = PointCsvReader.read(RepoFiles.resolve("regions/newport/grid_1km.csv"));
    int[] percentiles = {10, 50, 90};
    MatrixRequest transit =
        new MatrixRequest(
            LocalDate.of(2023, 6, 13),
            ClockTime.parseSeconds("07:00"),
            ClockTime.parseSeconds("08:00"),
            60,
            TravelMode.TRANSIT,
            percentiles,
            -1,
            network.info().routing());
    assertTrue(TravelTimeMatrix.sharesWalkSearch(transit));
    int n = grid.size();
    int[][][] walk = new int[n][][];
    int[][][] withWalk = new int[n][][];
    TravelTimeMatrix.computeWithWalk(
        network,
        grid,
        grid,
        transit,
        List.of(),
        (o, values) -> withWalk[o] = values,
        (o, values) -> walk[o] = values,
        done -> {});
    int[][][] walkMode = walkMode(network, grid, grid, percentiles);
    int[][][] transitAlone = transitAlone(network, grid, grid, transit);
    int reached = 0;
    for (int o = 0; o < n; o++) {
      assertArrayEquals(walkMode[o], walk[o], "origin " + o);
      assertArrayEquals(transitAlone[o], withWalk[o], "origin " + o);
      for (int[] values : walk[o]) {
        reached += values[0] == Percentiles.UNREACHED ? 0 : 1;
      }
    }
    // not vacuous: 88 grid points 1 km apart, some within two hours' walk of others, not all
    assertEquals(88, n);
    assertTrue(reached > n && reached < n * n, "walk pairs reached: " + reached);
  }

  private static int[][][] walkMode(
      Network network, PointSet origins, PointSet destinations, int[] percentiles) {
    int[][][] rows = new int[origins.size()][][];
    TravelTimeMatrix.compute(
        network,
        origins,
        destinations,
        request(TravelMode.WALK, percentiles, network.info().routing()),
        (o, values) -> rows[o] = values,
        done -> {});
    return rows;
  }

  private static int[][][] transitAlone(
      Network network, PointSet origins, PointSet destinations, MatrixRequest transit) {
    int[][][] rows = new int[origins.size()][][];
    TravelTimeMatrix.compute(
        network, origins, destinations, transit, (o, values) -> rows[o] = values, done -> {});
    return rows;
  }

  private static MatrixRequest request(TravelMode mode, int[] percentiles, RoutingSettings r) {
    return new MatrixRequest(
        LocalDate.of(2024, 1, 9),
        ClockTime.parseSeconds("07:00"),
        ClockTime.parseSeconds("09:00"),
        60,
        mode,
        percentiles,
        -1,
        r);
  }

  /**
   * The defaults with a walk limit of 150 minutes, beyond the 120-minute trip limit: the transit
   * search walks farther than the walk mode may.
   */
  static RoutingSettings longWalks() {
    RoutingSettings d = RoutingSettings.DEFAULTS;
    return new RoutingSettings(
        d.walkSpeedKmh(),
        d.bikeSpeedKmh(),
        d.bikeExtraMinutes(),
        d.boardSlackSeconds(),
        d.transferSlackSeconds(),
        150,
        d.maxTransferWalkMinutes(),
        d.maxTransfers(),
        120);
  }

  /** Points at road nodes (latitude 50.00 + 0.01 x node). */
  static PointSet points(String prefix, int... nodes) {
    List<String> ids = new ArrayList<>();
    double[] lat = new double[nodes.length];
    double[] lon = new double[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      ids.add(prefix + nodes[i]);
      lat[i] = 50.0 + 0.01 * nodes[i];
    }
    return new PointSet(prefix, ids, lat, lon, Map.of());
  }

  private Network road() throws Exception {
    return road(dir);
  }

  /** The 10-segment road with one bus from node 0 to node 10 every 30 minutes, 07:00-08:30. */
  static Network road(Path dir) throws Exception {
    Map<String, String> gtfs = new LinkedHashMap<>();
    gtfs.put(
        "agency.txt",
        "agency_id,agency_name,agency_url,agency_timezone\nag,A,https://example.org,Europe/London\n");
    gtfs.put(
        "stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nS0,S0,50.00,0.0\nS10,S10,50.10,0.0\n");
    gtfs.put("routes.txt", "route_id,agency_id,route_short_name,route_type\nR,ag,1,3\n");
    StringBuilder trips = new StringBuilder("route_id,service_id,trip_id\n");
    StringBuilder times =
        new StringBuilder("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n");
    for (int t = 0; t < 4; t++) {
      String start = ClockTime.format(ClockTime.parseSeconds("07:00") + t * 1800);
      String end = ClockTime.format(ClockTime.parseSeconds("07:15") + t * 1800);
      trips.append("R,WEEKDAY,T").append(t).append('\n');
      times.append("T" + t + "," + start + "," + start + ",S0,0\n");
      times.append("T" + t + "," + end + "," + end + ",S10,1\n");
    }
    gtfs.put("trips.txt", trips.toString());
    gtfs.put("stop_times.txt", times.toString());
    gtfs.put(
        "calendar.txt",
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            + "WEEKDAY,1,1,1,1,1,0,0,20240101,20241231\n");
    return SyntheticRegion.network(dir.resolve("gtfs"), gtfs, SyntheticRegion.road(10, 50));
  }
}
