package org.ruralaccess.analysis.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.analysis.accessibility.AccessibilityAnalysis;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.analysis.indicators.IndicatorCategory;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.analysis.returntrips.ReturnTripDefaults;
import org.ruralaccess.analysis.returntrips.ReturnTripSearch;
import org.ruralaccess.analysis.returntrips.ReturnTripTimes;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;
import org.ruralaccess.testing.SyntheticRegion;

/**
 * A five-period profile of a village (stop V, latitude 50.00, the zone's origin) and the town with
 * the surgery (stop T, 50.10; 139 minutes' walk, beyond the 120-minute limit):
 *
 * <pre>
 * weekdays:  V -> T every hour on the hour 07:00-16:00 (15 min), T -> V at half past 07:30-16:30
 * Saturday:  V -> T 11:00 only, T -> V 12:30
 * Sunday:    no bus
 * </pre>
 *
 * Leaving V at minute t, the next bus is the first at or after t + 60 s (board slack): from hh:00
 * it is the next hour's, 75 minutes door to door; from hh:59, 16 minutes. An hour of departures
 * gives each of 16..75 minutes once.
 */
class P02_ProfileTest {

  private static final LocalDate TUESDAY = LocalDate.of(2024, 1, 9);
  private static final LocalDate SATURDAY = LocalDate.of(2024, 1, 13);
  private static final LocalDate SUNDAY = LocalDate.of(2024, 1, 14);

  @TempDir static Path dir;
  private static Network network;
  private static ZoneSet zones;
  private static DestinationSet gps;

  @BeforeAll
  static void build() throws Exception {
    Map<String, String> gtfs = new LinkedHashMap<>();
    gtfs.put(
        "agency.txt",
        "agency_id,agency_name,agency_url,agency_timezone\nag,A,https://example.org,Europe/London\n");
    gtfs.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nV,V,50.00,0.0\nT,T,50.10,0.0\n");
    gtfs.put("routes.txt", "route_id,agency_id,route_short_name,route_type\nR,ag,1,3\n");
    StringBuilder trips = new StringBuilder("route_id,service_id,trip_id\n");
    StringBuilder times =
        new StringBuilder("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n");
    for (int h = 7; h <= 16; h++) {
      trip(trips, times, "WEEKDAY", "out" + h, "V", "T", h, 0);
      trip(trips, times, "WEEKDAY", "back" + h, "T", "V", h, 30);
    }
    trip(trips, times, "SAT", "satout", "V", "T", 11, 0);
    trip(trips, times, "SAT", "satback", "T", "V", 12, 30);
    gtfs.put("trips.txt", trips.toString());
    gtfs.put("stop_times.txt", times.toString());
    gtfs.put(
        "calendar.txt",
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            + "WEEKDAY,1,1,1,1,1,0,0,20240101,20241231\n"
            + "SAT,0,0,0,0,0,1,0,20240101,20241231\n");
    network = SyntheticRegion.network(dir, gtfs, SyntheticRegion.road(10, 60));
    zones =
        new ZoneSet(
            List.of(
                new Zone(
                    "V01",
                    "Village",
                    null,
                    true,
                    100,
                    new double[] {10, 10, 10, 10, 10, 50},
                    3,
                    "rural",
                    50.0,
                    0.0,
                    "given")));
    gps = new DestinationSet(List.of(new Destination("GP1", "Surgery", "gp", 50.10, 0.0, 1)));
  }

  private static void trip(
      StringBuilder trips,
      StringBuilder times,
      String service,
      String id,
      String from,
      String to,
      int hour,
      int minute) {
    trips.append("R,").append(service).append(',').append(id).append('\n');
    times.append(
        String.format("%s,%02d:%02d:00,%02d:%02d:00,%s,1%n", id, hour, minute, hour, minute, from));
    times.append(
        String.format(
            "%s,%02d:%02d:00,%02d:%02d:00,%s,2%n", id, hour, minute + 15, hour, minute + 15, to));
  }

  @Test
  void p02_fivePeriodsWithGapsAndReturnTrips() {
    List<IndicatorCategory> categories = IndicatorCategory.of(gps, Map.of());
    List<ProfilePeriod> periods =
        List.of(
            new ProfilePeriod(Period.AM_PEAK, TUESDAY, 20, 3),
            new ProfilePeriod(Period.INTER_PEAK, TUESDAY, 20, 12),
            new ProfilePeriod(Period.EVENING, TUESDAY, 20, 0),
            new ProfilePeriod(Period.SATURDAY, SATURDAY, 2, 2),
            new ProfilePeriod(Period.SUNDAY, SUNDAY, 0, 0));
    Map<LocalDate, ReturnTripTimes> returnTrips = new LinkedHashMap<>();
    for (LocalDate date : List.of(TUESDAY, SATURDAY, SUNDAY)) {
      returnTrips.put(
          date,
          ReturnTripSearch.run(
              network,
              zones,
              gps,
              categories,
              List.of(ReturnTripDefaults.forCategory("gp")),
              date,
              RoutingSettings.DEFAULTS,
              CommunityTransportRequest.defaults(),
              "test",
              ProgressListener.SILENT));
    }
    ProfileResult result =
        ProfileAnalysis.run(
            network,
            zones,
            gps,
            categories,
            periods,
            50,
            RoutingSettings.DEFAULTS,
            CommunityTransportRequest.defaults(),
            returnTrips,
            ProgressListener.SILENT);
    // AM peak 07:00-10:00: 180 departures, each of 16..75 minutes three times; the median (nearest
    // rank 90 of 180) is the 30th value of 16, 17, ... = 45 minutes. Inter-peak 10:00-16:00: 360
    // departures, each value six times, rank 180: again 45. Evening: no bus, unreachable (gap).
    // Saturday 10:00-16:00: only 10:00-10:59 reach the 11:00 bus (60 of 360), no median (gap).
    // Sunday: no bus (gap). GP day out (leave 07:00, 08:30-18:00, 60 min, home by 19:00): the
    // Tuesday works (e.g. 08:00 bus, 08:15 to 09:30, home 09:45); Saturday too (11:15 to 12:15,
    // bus 12:30, home 12:45); Sunday not.
    assertEquals(
        List.of(
            "gp|am-peak|2024-01-09|07:00|10:00|100.0|45.0|0.0|100.0|1|0",
            "gp|inter-peak|2024-01-09|10:00|16:00|100.0|45.0|0.0|100.0|1|0",
            "gp|evening|2024-01-09|18:00|22:00|100.0||0.0|0.0|1|1",
            "gp|saturday|2024-01-13|10:00|16:00|100.0||0.0|0.0|1|1",
            "gp|sunday|2024-01-14|10:00|16:00|100.0||0.0|0.0|0|1"),
        rows(result.table(), 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15));
    ProfileSummaryRow evening = result.summary().get(2);
    assertEquals(0.0, evening.pctWithin60());
    assertEquals(100.0, evening.pctReturnTrip());
    assertEquals(1, evening.zonesWithGap());
    assertEquals(100.0, evening.usersWithGap());
  }

  @Test
  void p02b_theAmPeakEqualsAnOrdinaryRunOfItsWindow() {
    // the profile runs 07:00-16:00 as one search; the AM peak's median must be what a run of
    // 07:00-10:00 alone gives (45 minutes, above)
    AccessibilityRequest request =
        new AccessibilityRequest(
            TUESDAY,
            7 * 3600,
            10 * 3600,
            60,
            50,
            List.of(TravelMode.TRANSIT),
            RoutingSettings.DEFAULTS,
            IndicatorSettings.defaults());
    int[][] seconds =
        AccessibilityAnalysis.travelTimes(
                network, zones, gps, request, List.of(TravelMode.TRANSIT), ProgressListener.SILENT)
            .get(TravelMode.TRANSIT);
    assertEquals(45 * 60, seconds[0][0]);
  }

  private static List<String> rows(ResultTable table, int... columns) {
    List<String> out = new ArrayList<>();
    for (Object[] row : table.rows()) {
      out.add(
          String.join(
              "|",
              Arrays.stream(columns)
                  .mapToObj(c -> row[c] == null ? "" : row[c].toString())
                  .toList()));
    }
    return out;
  }
}
