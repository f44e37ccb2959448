package org.ruralaccess.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.analysis.matrix.MatrixRequest;
import org.ruralaccess.analysis.matrix.TravelTimeMatrix;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.link.StopLinker;
import org.ruralaccess.network.link.StopLinks;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.transit.TransitNetwork;
import org.ruralaccess.testing.SyntheticRegion;

/**
 * S12: with every route removed, transit travel times are walking times. Road of 20 segments of
 * 1,111.95 m along longitude 0 from lat 50.00; the fixture's stops A-D lie on it. Origin A.
 */
class RemoveEveryRouteTest {

  @TempDir Path dir;

  // walking allowed up to 150 min so that every destination below is reachable on foot
  private static final RoutingSettings LONG_WALKS =
      new RoutingSettings(4.8, 16, 5, 60, 0, 150, 10, 4, 150);
  private static final double[] DESTINATION_LATS = {50.01, 50.02, 50.05, 50.10};

  @Test
  void s12_removingEveryRouteMakesTransitEqualWalking() throws Exception {
    StreetNetwork streets = SyntheticRegion.road(20, 60);
    Network baseline = SyntheticRegion.network(dir.resolve("gtfs"), ScenarioFixture.GTFS, streets);
    Scenario scenario =
        ScenarioFixture.scenario(
            dir,
            """
            name: no buses
            modifications:
              - type: remove-routes
                routes: [t:R1, t:R2]
            """);
    TransitNetwork noBuses = ScenarioApplier.apply(scenario, baseline.transit());
    assertEquals(0, noBuses.tripCount());
    ImportIssues issues = new ImportIssues();
    StopLinks links = StopLinker.link(noBuses, streets, 300, issues);
    Network scenarioNetwork =
        new Network(
            baseline.info(),
            streets,
            noBuses,
            links,
            StopLinker.transfers(noBuses, streets, links, 1600, line -> {}));

    int[] walking = p50(baseline, TravelMode.WALK);
    // walking 1, 2, 5, 10 segments at 4.8 km/h: 834, 1,668, 4,170, 8,340 s; the window's
    // departures all give the same time, so p50 is that time (rounded down to whole minutes
    // below)
    assertEquals(List.of(13, 27, 69, 139), minutes(walking));
    // the baseline's buses beat walking to C (lat 50.10): T1 08:00 A -> 08:20 C
    int[] baselineTransit = p50(baseline, TravelMode.TRANSIT);
    assertEquals(true, baselineTransit[3] < walking[3]);
    assertArrayEquals(walking, p50(scenarioNetwork, TravelMode.TRANSIT));
  }

  private static List<Integer> minutes(int[] seconds) {
    return Arrays.stream(seconds).map(s -> s / 60).boxed().toList();
  }

  /** Median seconds from A to each destination, departing Monday 07:50-08:10 every minute. */
  private static int[] p50(Network network, TravelMode mode) {
    MatrixRequest request =
        new MatrixRequest(
            LocalDate.of(2024, 1, 8),
            ClockTime.parseSeconds("07:50"),
            ClockTime.parseSeconds("08:10"),
            60,
            mode,
            new int[] {50},
            -1,
            LONG_WALKS);
    PointSet origin =
        new PointSet("test", List.of("a"), new double[] {50.0}, new double[] {0.0}, Map.of());
    List<String> ids = List.of("d1", "d2", "d5", "d10");
    PointSet destinations =
        new PointSet("test", ids, DESTINATION_LATS, new double[DESTINATION_LATS.length], Map.of());
    int[][][] result = new int[1][][];
    TravelTimeMatrix.compute(
        network, origin, destinations, request, (o, values) -> result[0] = values, done -> {});
    int[] p50 = new int[DESTINATION_LATS.length];
    for (int d = 0; d < p50.length; d++) {
      p50[d] = result[0][d][0];
    }
    return p50;
  }
}
