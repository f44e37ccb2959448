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
    // The flex trips are open to everyone: older and disabled riders reuse the main run's times;
    // only the set without schemes is extra, routed in the same pass.
    String stderr = firstRun.stderr();
    assertTrue(
        stderr.contains(
            "transit with community transport (older riders, day-before booking): the same usable"
                + " schemes as for general riders (72 schemes), times reused"),
        stderr);
    // two sets of usable schemes (the 72 schemes, and none), routed in one pass
    assertTrue(
        stderr.contains(
            "transit with community transport (general riders, day-before booking) and 1 other set"
                + " of usable schemes in one pass: 2 zone origins"),
        stderr);
    assertTrue(stderr.contains("transit for 2 sets of usable schemes: "), stderr);
    assertEquals(
        1,
        stderr
            .lines()
            .filter(l -> l.startsWith("transit "))
            .filter(l -> l.contains(" zone origins to "))
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

  /**
   * Return trips to the GPs in Flex Zone 2 (default GP day: leave after 07:00, any slot from 08:30,
   * arrive by 17:00, 60 minutes, home by 19:00). FAR, on route 30 outside every flex zone, gets
   * there and back only with the flex trips; TP (44 and 48 minutes' walk from the GPs) also without
   * them. Equity: 1,000 of 1,500 users without the schemes = 66.67 %. A rider who cannot book ahead
   * (spontaneous; the flex trips need 120 minutes' notice) has no day out from FAR: the booking
   * holds for both legs.
   */
  @Test
  void returnTripsFromFarNeedTheFlexTripsAndTheirBooking() throws Exception {
    Path out = dir.resolve("return-trips");
    Run run = accessibility(out, "--return-trips", "--riders", "general,older");
    assertEquals(0, run.exitCode(), run.stderr());
    List<String> rows = Files.readAllLines(out.resolve("return_trips.csv"));
    List<String> header = Arrays.asList(rows.get(0).split(","));
    List<String> answers = new ArrayList<>();
    String[] far = null; // the general rider's row from FAR
    for (String line : rows.subList(1, rows.size())) {
      String[] row = line.split(",", -1);
      answers.add(
          row[0]
              + " "
              + row[header.indexOf("rider")]
              + " "
              + row[header.indexOf("feasible")]
              + "/"
              + row[header.indexOf("feasible_without_ct")]);
      if (row[0].equals("FAR") && row[header.indexOf("rider")].equals("general")) {
        far = row;
      }
    }
    // zones in the table's order (FAR, TP), general riders first; feasible/feasible_without_ct
    assertEquals(
        List.of("FAR general 1/0", "TP general 1/1", "FAR older 1/0", "TP older 1/1"), answers);
    List<String> equity = Files.readAllLines(out.resolve("return_trip_equity.csv"));
    assertTrue(equity.contains("all,all,general,gp,2,1500,1500,100,1000,66.67"), equity.toString());

    // FAR's legs, as rae matrix (with the schemes) gives them from the leave-home and
    // leave-destination minutes; whole minutes rounded down
    String[] farRow = far;
    int leave = seconds(farRow[header.indexOf("leave_home")]);
    int arrive = seconds(farRow[header.indexOf("arrive")]);
    int leaveGp = seconds(farRow[header.indexOf("leave_destination")]);
    int home = seconds(farRow[header.indexOf("home_again")]);
    String gp = farRow[header.indexOf("destination_id")];
    Path farPoint = dir.resolve("far.csv");
    Files.writeString(farPoint, "id,lat,lon\nFAR,33.7552,-84.4631\n");
    Path gpPoints = dir.resolve("gp-points.csv");
    Files.writeString(
        gpPoints, "id,lat,lon\nz2a,33.86701256815635,-84.61787939071655\nz2b,33.8694,-84.6233\n");
    assertEquals((arrive - leave) / 60, oneMinute(farPoint, gpPoints, leave, "FAR", gp));
    assertEquals((home - leaveGp) / 60, oneMinute(gpPoints, farPoint, leaveGp, gp, "FAR"));

    Path spontaneous = dir.resolve("return-trips-spontaneous");
    Run noBooking =
        accessibility(
            spontaneous, "--return-trips", "--riders", "none", "--booking", "spontaneous");
    assertEquals(0, noBooking.exitCode(), noBooking.stderr());
    List<String> lines = Files.readAllLines(spontaneous.resolve("return_trips.csv"));
    List<String> farAnswers =
        lines.stream()
            .filter(l -> l.startsWith("FAR,"))
            .map(l -> l.split(",", -1)[header.indexOf("feasible")])
            .toList();
    assertEquals(List.of("0"), farAnswers, lines.toString());
  }

  private static int seconds(String hhmmss) {
    String[] parts = hhmmss.split(":");
    return Integer.parseInt(parts[0]) * 3600
        + Integer.parseInt(parts[1]) * 60
        + Integer.parseInt(parts[2]);
  }

  /** Minutes from {@code from} to {@code to} leaving at one minute, by rae matrix. */
  private static int oneMinute(Path origins, Path targets, int departure, String from, String to)
      throws Exception {
    Path out = dir.resolve("one-" + from + "-" + departure + ".csv");
    Run run =
        RaeProcess.run(
            "matrix",
            "--network",
            network.toString(),
            "--origins",
            origins.toString(),
            "--destinations",
            targets.toString(),
            "--date",
            "2021-12-02",
            "--from",
            String.format("%02d:%02d", departure / 3600, departure / 60 % 60),
            "--to",
            String.format("%02d:%02d", (departure + 60) / 3600, (departure + 60) / 60 % 60),
            "--out",
            out.toString());
    assertEquals(0, run.exitCode(), run.stderr());
    return Files.readAllLines(out).stream()
        .skip(1)
        .map(l -> l.split(",", -1))
        .filter(cells -> cells[0].equals(from) && cells[1].equals(to))
        .mapToInt(cells -> Integer.parseInt(cells[2]))
        .findFirst()
        .orElseThrow();
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
