package org.ruralaccess.analysis.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.analysis.accessibility.AccessibilityAnalysis;
import org.ruralaccess.analysis.comparison.ScenarioShortcutTest;
import org.ruralaccess.ingest.community.SchemeFileReader;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.network.Network;

/**
 * One pass for several sets of usable schemes ({@link SchemeSetsMatrix}) gives every set the values
 * {@link TravelTimeMatrix#compute} gives it alone, at five percentiles, on the seeded random road
 * networks of {@link ScenarioShortcutTest} (61 zones, 9 destinations, six routes, 45-minute trip
 * limit) with three schemes over random stretches of the road (a dial-a-ride for everyone, one for
 * older and disabled riders, volunteer cars for older riders) and, on even seeds, a fixed-route
 * community bus for older riders (a timetable of its own: a second pass). The sets: general, older
 * and disabled riders, and none. The same check with the sharing rule broken on purpose (every set
 * routed with the first set's rides from home) must find a difference: the check can fail.
 */
class SchemeSetsMatrixTest {

  private static final int SEEDS = 8;
  private static final int[] PERCENTILES = {5, 25, 50, 75, 95};

  @TempDir Path dir;

  @Test
  void onePassEqualsEachSetAloneAndTheBrokenRuleIsCaught() throws IOException {
    long raptorSearches = 0;
    long originsTimesSets = 0;
    int brokenDifferences = 0;
    int passes = 0;
    for (int seed = 1; seed <= SEEDS; seed++) {
      Random random = new Random(2000 + seed);
      Network network =
          ScenarioShortcutTest.network(dir.resolve("n" + seed), random, new ArrayList<>());
      Path schemes = dir.resolve("schemes" + seed + ".yaml");
      Files.writeString(schemes, schemes(random, seed % 2 == 0));
      network =
          network.withCommunityTransport(new CommunityTransport(SchemeFileReader.read(schemes)));
      MatrixRequest base =
          AccessibilityAnalysis.matrixRequest(ScenarioShortcutTest.request(), TravelMode.TRANSIT);
      MatrixRequest request =
          new MatrixRequest(
              base.date(),
              base.fromSeconds(),
              base.toSeconds(),
              base.stepSeconds(),
              TravelMode.TRANSIT,
              PERCENTILES,
              -1,
              base.routing(),
              base.communityTransport());
      CommunityTransportRequest given = request.communityTransport();
      List<CommunityTransportRequest> sets =
          List.of(
              given.withEnabled(true).withRider(RiderGroup.GENERAL),
              given.withEnabled(true).withRider(RiderGroup.OLDER),
              given.withEnabled(true).withRider(RiderGroup.DISABLED),
              CommunityTransportRequest.off());
      PointSet origins = ZoneOrigins.of(network.zones());
      PointSet destinations = DestinationPlaces.of(network.destinations()).points();
      int[][][][] alone = new int[sets.size()][origins.size()][][];
      for (int k = 0; k < sets.size(); k++) {
        int set = k;
        TravelTimeMatrix.compute(
            network,
            origins,
            destinations,
            request.withCommunityTransport(sets.get(k)),
            (o, values) -> alone[set][o] = values,
            done -> {});
      }
      int[][][][] shared = new int[sets.size()][origins.size()][][];
      SchemeSetsMatrix.Work work =
          SchemeSetsMatrix.compute(
              network,
              origins,
              destinations,
              request,
              sets,
              SchemeSetsOriginSearch.Grouping.BY_ACCESS_LEGS,
              (set, o, values) -> shared[set][o] = values,
              null,
              null,
              done -> {});
      // and reading the walks kept by a watched run of the first set (as rae compare's rider
      // runs do) instead of walking again
      StopWatch watch = StopWatch.forOrigins(origins.size());
      TravelTimeMatrix.compute(
          network,
          origins,
          destinations,
          request.withCommunityTransport(sets.get(0)),
          List.of(watch),
          (o, values) -> {},
          done -> {});
      int[][][][] kept = new int[sets.size()][origins.size()][][];
      SchemeSetsMatrix.compute(
          network,
          origins,
          destinations,
          request,
          sets,
          watch.keptWalks(),
          (set, o, values) -> kept[set][o] = values,
          done -> {});
      for (int k = 0; k < sets.size(); k++) {
        for (int o = 0; o < origins.size(); o++) {
          assertTrue(watch.keptWalks().has(o));
          for (int d = 0; d < destinations.size(); d++) {
            String where = "seed " + seed + " set " + k + " origin " + o + " destination " + d;
            assertArrayEquals(alone[k][o][d], shared[k][o][d], where);
            assertArrayEquals(alone[k][o][d], kept[k][o][d], where + ", walks kept");
          }
        }
      }
      raptorSearches += work.raptorSearches();
      originsTimesSets += work.originsTimesSets();
      passes += SchemeSetsMatrix.passes(network, request, sets);
      int[][][][] broken = new int[sets.size()][origins.size()][][];
      SchemeSetsMatrix.compute(
          network,
          origins,
          destinations,
          request,
          sets,
          SchemeSetsOriginSearch.Grouping.IGNORE_ACCESS_LEGS_FOR_TESTS,
          (set, o, values) -> broken[set][o] = values,
          null,
          null,
          done -> {});
      for (int k = 0; k < sets.size(); k++) {
        for (int o = 0; o < origins.size(); o++) {
          if (!Arrays.deepEquals(alone[k][o], broken[k][o])) {
            brokenDifferences++;
          }
        }
      }
    }
    System.out.printf(
        "scheme sets, %d seeds: %d RAPTOR searches for %d origins x sets in %d passes; the broken"
            + " rule changed %d origin rows%n",
        SEEDS, raptorSearches, originsTimesSets, passes, brokenDifferences);
    assertEquals(SEEDS * 61L * 4, originsTimesSets);
    // even seeds: older and disabled riders ride the community bus, a timetable of their own
    assertEquals(SEEDS + SEEDS / 2, passes);
    assertTrue(raptorSearches < originsTimesSets, "no origin shared a RAPTOR search");
    assertTrue(brokenDifferences > 0, "sharing searches across different access went unnoticed");
  }

  /**
   * Three schemes, each over a random stretch of 8-15 road nodes, weekdays 06:00-12:00; with {@code
   * bus}, a morning community bus for older riders along four of the network's stops.
   */
  private static String schemes(Random random, boolean bus) {
    StringBuilder yaml = new StringBuilder("id: test\nschemes:\n");
    String[][] kinds = {
      {"everyone-dar", "dial_a_ride", "[everyone]"},
      {"older-dar", "dial_a_ride", "[age_60_plus, disabled]"},
      {"older-cars", "volunteer_car", "[age_60_plus]"}
    };
    for (String[] kind : kinds) {
      int first = random.nextInt(45);
      double south = 50.0 + 0.01 * first - 0.005;
      double north = south + 0.01 * (8 + random.nextInt(8));
      yaml.append(
          String.format(
              """
                - id: %s
                  kind: %s
                  days: [monday, tuesday, wednesday, thursday, friday]
                  hours: ["06:00-12:00"]
                  area:
                    geojson: {type: Polygon, coordinates: [[[-0.01, %.3f], [0.01, %.3f], [0.01, %.3f], [-0.01, %.3f], [-0.01, %.3f]]]}
                  booking: {type: same_day, notice_minutes: 60}
                  eligibility: %s
                  vehicle_time: {factor: 1.3, offset_minutes: 5}
              """,
              kind[0], kind[1], south, south, north, north, south, kind[2]));
    }
    if (bus) {
      // the network's stops lie at 50.00, 50.02, ... on the road (ScenarioShortcutTest)
      int first = random.nextInt(20);
      yaml.append(
          """
            - id: older-bus
              kind: fixed_route
              days: [tuesday]
              eligibility: [age_60_plus]
              stops:
          """);
      for (int i = 0; i < 4; i++) {
        yaml.append(
            String.format(
                """
                      - name: Bus stop %d
                        lat: %.2f
                        lon: 0.0
                        time: "07:%02d"
                """,
                i, 50.0 + 0.02 * (first + 2 * i), 8 + 6 * i));
      }
    }
    return yaml.toString();
  }
}
