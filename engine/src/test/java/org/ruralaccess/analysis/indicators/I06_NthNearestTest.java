package org.ruralaccess.analysis.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.ruralaccess.analysis.indicators.IndicatorFixture.cell;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.analysis.accessibility.AccessibilityAnalysis;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;
import org.ruralaccess.testing.SyntheticRegion;

/**
 * Time to the n-th nearest destination, on a line of surgeries along the synthetic straight road
 * (1,111.95 m segments), walking at 4.8 km/h = 4/3 m/s: one segment takes 833.9625 s, 834 s
 * rounded. The zone's origin is at latitude 50.00; surgeries at 50.01, 50.02 (two of them), 50.03
 * and 50.05.
 */
class I06_NthNearestTest {

  @TempDir static Path dir;
  private static ResultTable table;

  @BeforeAll
  static void run() throws Exception {
    Map<String, String> gtfs = new LinkedHashMap<>();
    gtfs.put(
        "agency.txt",
        "agency_id,agency_name,agency_url,agency_timezone\nag,A,https://example.org,Europe/London\n");
    gtfs.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nA,A,50.00,0.0\nB,B,50.05,0.0\n");
    gtfs.put("routes.txt", "route_id,agency_id,route_short_name,route_type\nR,ag,1,3\n");
    gtfs.put("trips.txt", "route_id,service_id,trip_id\nR,S,T1\n");
    gtfs.put(
        "stop_times.txt",
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            + "T1,12:00:00,12:00:00,A,1\nT1,12:10:00,12:10:00,B,2\n");
    gtfs.put(
        "calendar.txt",
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            + "S,1,1,1,1,1,0,0,20240101,20241231\n");
    Network network = SyntheticRegion.network(dir, gtfs, SyntheticRegion.road(10, 60));
    ZoneSet zones =
        new ZoneSet(
            List.of(
                new Zone(
                    "Z1",
                    "Line end",
                    null,
                    true,
                    10,
                    new double[] {1, 1, 1, 1, 1, 5},
                    5,
                    "rural",
                    50.0,
                    0.0,
                    "given")));
    DestinationSet gps =
        new DestinationSet(
            List.of(
                new Destination("G1", "one", "gp", 50.01, 0.0, 1),
                new Destination("G2", "two", "gp", 50.02, 0.0, 1),
                new Destination("G2b", "two again", "gp", 50.02, 0.0, 1),
                new Destination("G3", "three", "gp", 50.03, 0.0, 1),
                new Destination("G5", "five", "gp", 50.05, 0.0, 1)));
    AccessibilityRequest request =
        new AccessibilityRequest(
            LocalDate.of(2024, 1, 9),
            9 * 3600,
            9 * 3600 + 600,
            60,
            50,
            List.of(TravelMode.WALK),
            RoutingSettings.DEFAULTS,
            IndicatorSettings.defaults().withNthNearest(new int[] {1, 3, 4, 5, 6}));
    table =
        AccessibilityAnalysis.run(network, zones, gps, request, ProgressListener.SILENT)
            .zoneIndicators();
  }

  @Test
  void nthNearestAlongTheLine() {
    // 1st: G1, one segment, 834 s = 13.9 min
    assertEquals(834 / 60.0, nth(1));
    // 2nd and 3rd: G2 and G2b, both two segments (1,667.925 s, 1,668 s = 27.8 min): two
    // surgeries at one place are two choices
    assertEquals(1668 / 60.0, nth(3));
    // 4th: G3, three segments (2,501.8875 s, 2,502 s = 41.7 min)
    assertEquals(2502 / 60.0, nth(4));
    // 5th: G5, five segments (4,169.8125 s, 4,170 s = 69.5 min); there is no 6th
    assertEquals(4170 / 60.0, nth(5));
    assertNull(nth(6));
    // the 1st nearest is the minimum time
    assertEquals(nth(1), cell(table, "zone_code", "Z1", "gp_walk_min_minutes"));
    // the columns come right after the minimum time
    int min = table.columns().indexOf("gp_walk_min_minutes");
    assertEquals(
        List.of(
            "gp_walk_nth1_minutes",
            "gp_walk_nth3_minutes",
            "gp_walk_nth4_minutes",
            "gp_walk_nth5_minutes",
            "gp_walk_nth6_minutes"),
        table.columns().subList(min + 1, min + 6));
  }

  @Test
  void jtsStyleNames() {
    IndicatorCategory gp =
        IndicatorCategory.of(
                new DestinationSet(List.of(new Destination("G", "g", "gp", 50, 0, 1))), Map.of())
            .get(0);
    assertEquals(
        "GPPTnth3t", IndicatorColumnNames.nthTime(IndicatorStyle.JTS, gp, TravelMode.TRANSIT, 3));
  }

  private static Object nth(int n) {
    return cell(table, "zone_code", "Z1", "gp_walk_nth" + n + "_minutes");
  }
}
