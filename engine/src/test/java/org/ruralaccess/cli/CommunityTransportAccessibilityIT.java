package org.ruralaccess.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.testing.RaeProcess;
import org.ruralaccess.testing.RaeProcess.Run;

/**
 * {@code rae accessibility} with community transport, as a user runs it, on {@code regions/cobb}
 * (CobbLinc route 30 and its 72 route-deviation flex trips, open to everyone, same-day booking with
 * 120 minutes' notice). Two origins from OpenTripPlanner's flex integration test: TP near the route
 * 30 transfer point (Zone 2's flex trips leave from it) and FAR, outside every zone on route 30;
 * two GPs inside Flex Zone 2. Thursday 2021-12-02, 12:30-15:00.
 */
class CommunityTransportAccessibilityIT {

  @TempDir static Path dir;
  private static Path network;
  private static Path zones;
  private static Path destinations;
  private static Path first;
  private static Run firstRun;

  @BeforeAll
  static void buildAndRun() throws Exception {
    network = dir.resolve("cobb.rae");
    Run build = RaeProcess.run("build", "--region", "regions/cobb", "--out", network.toString());
    assertEquals(0, build.exitCode(), build.stderr());
    zones = dir.resolve("zones.csv");
    Files.writeString(
        zones, "id,lat,lon,population\nTP,33.85281,-84.60271,1000\nFAR,33.7552,-84.4631,500\n");
    destinations = dir.resolve("gps.csv");
    Files.writeString(
        destinations,
        "id,name,category,lat,lon,weight\n"
            + "z2a,Zone 2 surgery,gp,33.86701256815635,-84.61787939071655,1\n"
            + "z2b,Zone 2 clinic,gp,33.8694,-84.6233,1\n");
    first = dir.resolve("first");
    firstRun = accessibility(first);
    assertEquals(0, firstRun.exitCode(), firstRun.stderr());
  }

  private static Run accessibility(Path out, String... extra) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "accessibility",
                "--network",
                network.toString(),
                "--zones",
                zones.toString(),
                "--destinations",
                destinations.toString(),
                "--date",
                "2021-12-02",
                "--from",
                "12:30",
                "--to",
                "15:00",
                "--modes",
                "transit,walk",
                "--out",
                out.toString()));
    args.addAll(List.of(extra));
    return RaeProcess.run(args.toArray(new String[0]));
  }

  @Test
  void everyFileTwiceTheSameBytes() throws Exception {
    Path second = dir.resolve("second");
    assertEquals(0, accessibility(second).exitCode());
    JsonNode run = new ObjectMapper().readTree(first.resolve("run.json").toFile());
    List<String> files = new ArrayList<>();
    run.get("outputs").forEach(file -> files.add(file.asText()));
    assertEquals(
        List.of(
            "zone_indicators.csv",
            "zone_indicators.dictionary.csv",
            "zone_indicators.geojson",
            "equity.csv",
            "equity.dictionary.csv",
            "rider_indicators.csv",
            "rider_indicators.dictionary.csv",
            "rider_indicators.geojson",
            "community_transport.csv",
            "community_transport.dictionary.csv",
            "community_transport.geojson",
            "community_transport_access_changes.csv",
            "community_transport_access_changes.dictionary.csv",
            "accessibility.gpkg",
            "run.json"),
        files);
    for (String file : files) {
      assertArrayEquals(
          Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
    }
    assertEquals(
        "[\"general\",\"older\",\"disabled\"]", run.get("parameters").get("riders").toString());
    assertEquals(
        "{\"booking\":\"day-before\",\"enabled\":true,\"rider\":\"general\"}",
        run.get("parameters").get("communityTransport").toString());
  }

  @Test
  void ridersWhoMayUseTheSameSchemesShareOneTransitRun() {
    // The flex trips are open to everyone: older and disabled riders reuse the main run; only the
    // run without schemes is extra.
    String stderr = firstRun.stderr();
    assertTrue(
        stderr.contains(
            "transit with community transport (older riders, day-before booking): the same usable"
                + " schemes as for general riders (72 schemes), times reused"),
        stderr);
    assertTrue(stderr.contains("transit without community transport: 2 zone origins"), stderr);
    assertEquals(
        2,
        stderr
            .lines()
            .filter(l -> l.startsWith("transit "))
            .filter(l -> l.contains("zone origins"))
            .count(),
        stderr);
  }

  /**
   * The contribution at TP agrees with {@code rae matrix} from TP with and without the schemes
   * (same window, median): same router, none of the indicator code. Matrix minutes are whole
   * (rounded down).
   */
  @Test
  void contributionAgreesWithTheMatrixWithAndWithoutSchemes() throws Exception {
    Path origin = dir.resolve("tp.csv");
    Files.writeString(origin, "id,lat,lon\nTP,33.85281,-84.60271\n");
    int with = nearest(matrix(origin, "with.csv"));
    int without = nearest(matrix(origin, "without.csv", "--no-community-transport"));
    assertTrue(with < without, with + " vs " + without);

    List<String> rows = Files.readAllLines(first.resolve("community_transport.csv"));
    List<String> header = Arrays.asList(rows.get(0).split(","));
    assertEquals("rider", header.get(6));
    for (String rider : List.of("general", "older", "disabled")) {
      String[] tp =
          rows.stream()
              .filter(l -> l.startsWith("TP,") && l.split(",", -1)[6].equals(rider))
              .findFirst()
              .orElseThrow()
              .split(",", -1);
      double withMinutes = Double.parseDouble(tp[header.indexOf("gp_transit_min_minutes_with")]);
      double withoutMinutes =
          Double.parseDouble(tp[header.indexOf("gp_transit_min_minutes_without")]);
      assertEquals(with, (int) Math.floor(withMinutes), rider);
      assertEquals(without, (int) Math.floor(withoutMinutes), rider);
      assertEquals(
          withMinutes - withoutMinutes,
          Double.parseDouble(tp[header.indexOf("gp_transit_min_minutes_change")]),
          0.011,
          rider);
    }
    // rider_indicators: general rows carry the main run's transit times (zone_indicators)
    List<String> main = Files.readAllLines(first.resolve("zone_indicators.csv"));
    List<String> riders = Files.readAllLines(first.resolve("rider_indicators.csv"));
    String mainTp = main.stream().filter(l -> l.startsWith("TP,")).findFirst().orElseThrow();
    String generalTp = riders.stream().filter(l -> l.startsWith("TP,")).findFirst().orElseThrow();
    List<String> cells = new ArrayList<>(Arrays.asList(generalTp.split(",", -1)));
    assertEquals("general", cells.remove(6));
    assertEquals(mainTp, String.join(",", cells));
  }

  @Test
  void ridersNoneWritesNoCommunityTransportFiles() throws Exception {
    Path out = dir.resolve("none");
    Run run = accessibility(out, "--riders", "none");
    assertEquals(0, run.exitCode(), run.stderr());
    assertFalse(Files.exists(out.resolve("rider_indicators.csv")));
    assertFalse(Files.exists(out.resolve("community_transport.csv")));
    assertTrue(Files.exists(out.resolve("zone_indicators.csv")));
  }

  @Test
  void ridersWithCommunityTransportOffIsOneClearLine() throws Exception {
    Path out = dir.resolve("off");
    Run run = accessibility(out, "--no-community-transport", "--riders", "older");
    assertEquals(2, run.exitCode());
    assertEquals(
        "rae: --riders needs transit with community transport: drop --no-community-transport,"
            + " add transit to --modes, or give --riders none",
        run.stderr().lines().reduce((a, b) -> b).orElseThrow());
    assertFalse(run.hasStackTrace());
    assertFalse(Files.exists(out.resolve("zone_indicators.csv")));
  }

  private static Path matrix(Path origin, String name, String... extra) throws Exception {
    Path out = dir.resolve(name);
    List<String> args =
        new ArrayList<>(
            List.of(
                "matrix",
                "--network",
                network.toString(),
                "--origins",
                origin.toString(),
                "--destinations",
                destinations.toString(),
                "--date",
                "2021-12-02",
                "--from",
                "12:30",
                "--to",
                "15:00",
                "--out",
                out.toString()));
    args.addAll(List.of(extra));
    Run run = RaeProcess.run(args.toArray(new String[0]));
    assertEquals(0, run.exitCode(), run.stderr());
    return out;
  }

  /** The smallest p50 minutes of the matrix's rows. */
  private static int nearest(Path matrix) throws Exception {
    return Files.readAllLines(matrix).stream()
        .skip(1)
        .map(l -> l.split(",", -1)[2])
        .filter(cell -> !cell.isEmpty())
        .mapToInt(Integer::parseInt)
        .min()
        .orElseThrow();
  }
}
