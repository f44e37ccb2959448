package org.ruralaccess.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.settings.RoutingOverrides;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;
import org.ruralaccess.testing.SyntheticRegion;

/**
 * Issue 16: {@code rae accessibility} and {@code rae compare} say which zone origins and
 * destinations are off the street map, instead of showing them as "no access" without a word.
 *
 * <p>The street map is one road along longitude 0 from latitude 50.00 to 50.20 (every mode). At
 * latitude 50, 0.01 degrees of longitude is 6,371,008.8 m x 0.01 x pi/180 x cos 50 deg = 714.7 m,
 * so a point 0.02 deg east of the road is 1,429 m off it (placed: within 1,600 m) and one 0.03 deg
 * east is 2,144 m off (unplaced), 0.05 deg east 3,574 m, 0.10 deg 7,147 m.
 */
class UnplacedPointsTest {

  private static final Map<String, String> GTFS =
      Map.of(
          "agency.txt",
          "agency_id,agency_name,agency_url,agency_timezone\nA,A,http://a.example,Europe/London\n",
          "stops.txt",
          "stop_id,stop_name,stop_lat,stop_lon\nS1,S1,50.0,0.0\nS2,S2,50.1,0.0\n",
          "routes.txt",
          "route_id,agency_id,route_short_name,route_type\nR1,A,1,3\n",
          "trips.txt",
          "route_id,service_id,trip_id\nR1,WK,T1\n",
          "stop_times.txt",
          "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
              + "T1,08:00:00,08:00:00,S1,1\nT1,08:20:00,08:20:00,S2,2\n",
          "calendar.txt",
          "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
              + "WK,1,1,1,1,1,0,0,20240101,20241231\n");

  @TempDir Path dir;

  @Test
  void accessibilityListsEveryOriginAndDestinationOffTheStreetsAndCountsThem() throws Exception {
    Path zones = dir.resolve("zones.csv");
    Files.writeString(
        zones,
        """
        id,lat,lon,population
        Z1,50.0,0.0,100
        Z2,50.05,0.03,50
        """);
    Path destinations = dir.resolve("destinations.csv");
    Files.writeString(
        destinations,
        """
        id,name,category,lat,lon,weight
        G1,Road End Surgery,gp,50.01,0.0,1
        G2,Far Surgery,gp,50.1,0.05,1
        G3,Lane Surgery,gp,50.02,0.02,1
        H1,Island Hospital,hospital,50.0,0.1,1
        """);
    List<String> notes = new ArrayList<>();
    AccessibilityOperation.Result result =
        AccessibilityOperation.run(loaded(), job(zones, destinations), recording(notes));
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    List<String> files = result.writeTo(out);

    // Z2 (2,144 m off) for both modes; G2 (3,574 m) and H1 (7,147 m) for both; G3 (1,429 m) placed
    assertEquals(
        """
        kind,id,name,category,mode,lat,lon
        zone_origin,Z2,Z2,,walk,50.05,0.03
        zone_origin,Z2,Z2,,car,50.05,0.03
        destination,G2,Far Surgery,gp,walk,50.1,0.05
        destination,G2,Far Surgery,gp,car,50.1,0.05
        destination,H1,Island Hospital,hospital,walk,50,0.1
        destination,H1,Island Hospital,hospital,car,50,0.1
        """,
        Files.readString(out.resolve("unplaced.csv")));
    assertTrue(
        files.containsAll(List.of("unplaced.csv", "unplaced.dictionary.csv")), files.toString());
    assertTrue(files.contains("unplaced.geojson"), files.toString());

    JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    assertEquals(
        "{\"car\":{\"destinations\":2,\"zoneOrigins\":1},"
            + "\"walk\":{\"destinations\":2,\"zoneOrigins\":1}}",
        run.get("parameters").get("unplaced").toString());
    assertTrue(run.get("outputs").toString().contains("\"unplaced.csv\""));

    // one console line per mode, with the counts and the first ids
    List<String> warnings = notes.stream().filter(n -> n.contains("1,600 m")).toList();
    assertEquals(2, warnings.size(), notes.toString());
    assertTrue(
        warnings
            .get(0)
            .startsWith(
                "warning: walk: 1 zone origins and 2 destinations are more than 1,600 m from any"
                    + " street it can use (zone Z2, gp G2, hospital H1)"),
        warnings.get(0));

    // The indicators route them as they are: Z1 walks 1,111.95 m to G1 at 4.8 km/h = 834 s = 13.9
    // min; Z2 reaches nothing on foot (empty time, 0%), which unplaced.csv flags
    List<String> table = Files.readAllLines(out.resolve("zone_indicators.csv"));
    List<String> header = List.of(table.get(0).split(",", -1));
    String[] z1 = table.get(1).split(",", -1);
    String[] z2 = table.get(2).split(",", -1);
    int gpWalk = header.indexOf("gp_walk_min_minutes");
    assertEquals("13.9", z1[gpWalk]);
    assertEquals("", z2[gpWalk]);
    assertEquals("0", z2[header.indexOf("gp_walk_pct60")]);
    // G3, 1,429 m off the road at lat 50.02, counts for Z1 within 60 minutes: G1 and G3
    assertEquals("2", z1[header.indexOf("gp_walk_n60")]);
  }

  @Test
  void aRunWithEverythingPlacedWritesNoUnplacedTableAndCountsZeros() throws Exception {
    Path zones = dir.resolve("zones.csv");
    Files.writeString(zones, "id,lat,lon,population\nZ1,50.0,0.0,100\n");
    Path destinations = dir.resolve("destinations.csv");
    Files.writeString(
        destinations, "id,name,category,lat,lon,weight\nG1,Road End Surgery,gp,50.01,0.0,1\n");
    List<String> notes = new ArrayList<>();
    AccessibilityOperation.Result result =
        AccessibilityOperation.run(loaded(), job(zones, destinations), recording(notes));
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    List<String> files = result.writeTo(out);
    assertFalse(files.contains("unplaced.csv"), files.toString());
    assertFalse(Files.exists(out.resolve("unplaced.csv")));
    assertEquals(
        "{\"car\":{\"destinations\":0,\"zoneOrigins\":0},"
            + "\"walk\":{\"destinations\":0,\"zoneOrigins\":0}}",
        new ObjectMapper()
            .readTree(out.resolve("run.json").toFile())
            .get("parameters")
            .get("unplaced")
            .toString());
    assertTrue(notes.stream().noneMatch(n -> n.contains("1,600 m")), notes.toString());
  }

  /** Issue 16: a user's destinations file with a repeated id was read without a word. */
  @Test
  void aRepeatedDestinationIdInTheUsersFileIsSaidOnTheConsole() throws Exception {
    Path zones = dir.resolve("zones.csv");
    Files.writeString(zones, "id,lat,lon,population\nZ1,50.0,0.0,100\n");
    Path destinations = dir.resolve("destinations.csv");
    Files.writeString(
        destinations,
        "id,name,category,lat,lon,weight\nG1,Road End Surgery,gp,50.01,0.0,1\n"
            + "G1,Same Id Surgery,gp,50.02,0.0,1\n");
    List<String> notes = new ArrayList<>();
    AccessibilityOperation.run(loaded(), job(zones, destinations), recording(notes));
    assertTrue(
        notes.stream()
            .anyMatch(
                n ->
                    n.startsWith("WARNING DUPLICATE_DESTINATION x1, first at ")
                        && n.contains("(G1)")),
        notes.toString());
  }

  @Test
  void compareWritesTheSameUnplacedTable() throws Exception {
    Path zones = dir.resolve("zones.csv");
    Files.writeString(zones, "id,lat,lon,population\nZ1,50.0,0.0,100\nZ2,50.05,0.03,50\n");
    Path destinations = dir.resolve("destinations.csv");
    Files.writeString(
        destinations, "id,name,category,lat,lon,weight\nG1,Road End Surgery,gp,50.01,0.0,1\n");
    Path scenario = dir.resolve("no-buses.yaml");
    Files.writeString(
        scenario, "name: no buses\nmodifications:\n  - type: remove-routes\n    routes: [t:R1]\n");
    AccessibilityJob base = job(zones, destinations);
    AccessibilityJob job =
        new AccessibilityJob(
            base.window(),
            base.percentile(),
            List.of(TravelMode.TRANSIT, TravelMode.WALK),
            base.indicators(),
            base.routing(),
            base.communityTransport(),
            zones,
            "population",
            destinations,
            scenario,
            null,
            4326);
    CompareOperation.Result result =
        CompareOperation.run(loaded(), job, recording(new ArrayList<>()));
    Path out = dir.resolve("compare");
    Files.createDirectories(out);
    List<String> files = result.writeTo(out);
    assertTrue(files.contains("unplaced.csv"), files.toString());
    // transit links points to walking streets, as walking does
    assertEquals(
        """
        kind,id,name,category,mode,lat,lon
        zone_origin,Z2,Z2,,transit,50.05,0.03
        zone_origin,Z2,Z2,,walk,50.05,0.03
        """,
        Files.readString(out.resolve("unplaced.csv")));
    assertEquals(
        "{\"transit\":{\"destinations\":0,\"zoneOrigins\":1},"
            + "\"walk\":{\"destinations\":0,\"zoneOrigins\":1}}",
        new ObjectMapper()
            .readTree(out.resolve("run.json").toFile())
            .get("parameters")
            .get("unplaced")
            .toString());
  }

  private LoadedNetwork loaded() throws Exception {
    Network network =
        SyntheticRegion.network(dir.resolve("gtfs"), GTFS, SyntheticRegion.road(20, 60));
    Path file = dir.resolve("synthetic.rae");
    Files.writeString(file, "stands in for the network file in run.json\n");
    return new LoadedNetwork(file, network);
  }

  private static AccessibilityJob job(Path zones, Path destinations) {
    return new AccessibilityJob(
        DepartureWindow.of("2024-06-04", "08:00", "08:10", 1),
        50,
        List.of(TravelMode.WALK, TravelMode.CAR),
        IndicatorRequest.defaults(),
        RoutingOverrides.NONE,
        CommunityTransportRequest.defaults(),
        zones,
        "population",
        destinations,
        null,
        null,
        4326);
  }

  private static ProgressListener recording(List<String> notes) {
    return new ProgressListener() {
      @Override
      public void stage(String description, int workTotal) {}

      @Override
      public void advance(int workDone) {}

      @Override
      public void note(String line) {
        notes.add(line);
      }
    };
  }
}
