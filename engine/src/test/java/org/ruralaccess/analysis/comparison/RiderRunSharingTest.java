package org.ruralaccess.analysis.comparison;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.analysis.accessibility.AccessibilityAnalysis;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.analysis.accessibility.RiderIndicators;
import org.ruralaccess.analysis.accessibility.RiderTransitTimes;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.export.TableCsvWriter;
import org.ruralaccess.ingest.community.SchemeFileReader;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;

/**
 * The rider runs share the request's own transit run (one pass for every set of usable schemes, an
 * origin's RAPTOR search shared by the sets whose rides from home are the same, {@link
 * RiderTransitTimes#plan}): the request's transit times, the rider indicator and the community
 * transport tables are byte for byte those of separate runs for each set. On the seeded random road
 * networks of {@link ScenarioShortcutTest} (61 zones, six routes, a 45-minute trip limit), with
 * three schemes over random stretches of the road: a dial-a-ride for everyone, one for older and
 * disabled riders, and volunteer cars for older riders. The request's rider is the general public;
 * older riders, disabled riders and the run without schemes each have another set of usable
 * schemes. {@link PoaShortcutsTest} checks the same on Porto Alegre's illustrative schemes.
 */
class RiderRunSharingTest {

  private static final int SEEDS = 8;
  private static final Pattern SHARE =
      Pattern.compile("(\\d+) RAPTOR searches for (\\d+) zone origins x (\\d+) sets");

  @TempDir Path dir;

  @Test
  void sharedRiderRunsEqualFullRiderRunsOnRandomNetworks() throws IOException {
    int recomputed = 0;
    int sharedRunZones = 0;
    int changedBySchemes = 0;
    for (int seed = 1; seed <= SEEDS; seed++) {
      Random random = new Random(1000 + seed);
      Network network =
          ScenarioShortcutTest.network(dir.resolve("n" + seed), random, new ArrayList<>());
      Path schemes = dir.resolve("schemes" + seed + ".yaml");
      Files.writeString(schemes, schemes(random));
      network =
          network.withCommunityTransport(new CommunityTransport(SchemeFileReader.read(schemes)));
      List<String> notes = new ArrayList<>();
      Check check =
          check(
              network, network.zones(), ScenarioShortcutTest.request(), notes, dir, "seed " + seed);
      for (String note : notes) {
        Matcher m = SHARE.matcher(note);
        if (m.find()) {
          recomputed += Integer.parseInt(m.group(1));
          sharedRunZones += Integer.parseInt(m.group(2)) * Integer.parseInt(m.group(3));
        }
      }
      changedBySchemes += check.changedBySchemes();
    }
    System.out.printf(
        "rider runs, %d seeds: %d RAPTOR searches for %d zone origins x sets, %d zones changed by"
            + " the schemes%n",
        SEEDS, recomputed, sharedRunZones, changedBySchemes);
    // four sets of usable schemes per seed (general, older, disabled, none), 61 zones each
    assertEquals(SEEDS * 4 * 61, sharedRunZones);
    assertTrue(changedBySchemes > 0, "the schemes changed no zone: the check proves nothing");
    assertTrue(recomputed < sharedRunZones, "no origin shared a RAPTOR search between sets");
  }

  /** What one check found: the zones whose times differ with and without schemes. */
  record Check(int changedBySchemes) {}

  /**
   * Routes the request (general public) with the watches, then the rider runs shared and in full,
   * and asserts their tables byte-identical.
   */
  static Check check(
      Network network,
      ZoneSet zones,
      AccessibilityRequest request,
      List<String> notes,
      Path dir,
      String name)
      throws IOException {
    List<RiderGroup> riders = List.of(RiderGroup.GENERAL, RiderGroup.OLDER, RiderGroup.DISABLED);
    ProgressListener progress =
        new ProgressListener() {
          @Override
          public void stage(String description, int workTotal) {}

          @Override
          public void advance(int workDone) {}

          @Override
          public void note(String line) {
            notes.add(line);
          }
        };
    RiderTransitTimes.Plan shared = RiderTransitTimes.plan(network, zones, request, riders, true);
    RiderTransitTimes.Plan full = RiderTransitTimes.plan(network, zones, request, riders, false);
    assertTrue(shared.routesTransit(), "the plan shares no run: the check proves nothing");
    assertTrue(!full.routesTransit());
    Map<TravelMode, int[][]> times =
        AccessibilityAnalysis.travelTimes(
            network, zones, network.destinations(), request, request.modes(), progress);
    int[][] requestTransit = times.get(TravelMode.TRANSIT);
    int[][] sharedRequestTransit = new int[zones.size()][];
    shared.routeTransit(
        network.destinations(),
        (mode, zone, seconds) -> sharedRequestTransit[zone] = seconds,
        progress);
    // the request's own times from the shared pass are the request's run's
    for (int z = 0; z < zones.size(); z++) {
      assertArrayEquals(requestTransit[z], sharedRequestTransit[z], name + " zone " + z);
    }
    RiderTransitTimes sharedTimes =
        shared.compute(network.destinations(), sharedRequestTransit, progress);
    RiderTransitTimes fullTimes =
        full.compute(network.destinations(), requestTransit, ProgressListener.SILENT);
    assertSameBytes(
        dir,
        name + " riders",
        RiderIndicators.table(
            zones, network.destinations(), times, sharedTimes, request.indicators()),
        RiderIndicators.table(
            zones, network.destinations(), times, fullTimes, request.indicators()));
    CommunityTransportContribution.Result a =
        CommunityTransportContribution.compute(
            zones, network.destinations(), sharedTimes, request.indicators());
    CommunityTransportContribution.Result b =
        CommunityTransportContribution.compute(
            zones, network.destinations(), fullTimes, request.indicators());
    assertSameBytes(dir, name + " contribution", a.table(), b.table());
    assertSameBytes(dir, name + " changes", a.accessChanges(), b.accessChanges());
    int changed = 0;
    for (int z = 0; z < requestTransit.length; z++) {
      boolean differs = !Arrays.equals(fullTimes.withoutSchemes()[z], requestTransit[z]);
      for (int[][] rider : fullTimes.byRider().values()) {
        differs |= !Arrays.equals(rider[z], requestTransit[z]);
      }
      changed += differs ? 1 : 0;
    }
    return new Check(changed);
  }

  /** Three schemes, each over a random stretch of 8-15 road nodes, weekdays 06:00-12:00. */
  private static String schemes(Random random) {
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
    return yaml.toString();
  }

  private static void assertSameBytes(Path dir, String name, ResultTable shared, ResultTable full)
      throws IOException {
    Path a = dir.resolve(name.replace(' ', '-') + "-shared.csv");
    Path b = dir.resolve(name.replace(' ', '-') + "-full.csv");
    TableCsvWriter.write(shared, a);
    TableCsvWriter.write(full, b);
    assertArrayEquals(Files.readAllBytes(b), Files.readAllBytes(a), name);
  }
}
