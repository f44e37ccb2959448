package org.ruralaccess.analysis.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.ingest.calendar.BankHolidayReader;
import org.ruralaccess.model.calendar.BankHolidays;
import org.ruralaccess.network.Network;
import org.ruralaccess.testing.SyntheticRegion;

/**
 * Representative dates from a timetable's calendar, 2023-12-18 to 2024-03-01:
 *
 * <pre>
 * service   days                     trips  exceptions (calendar_dates)
 * WEEKDAY   Mon-Fri                  1
 * SCHOOL    Mon-Fri                  2      removed 2024-01-02 (Christmas holidays) and
 *                                           2024-02-13 (half term); also 2023-12-26
 * SCHOOL2   Mon-Fri from 2024-01-08  1      removed 2024-02-13 (half term)
 * SHUTTLE   none                     10     added 2023-12-26 (Boxing Day, a Tuesday: a bank holiday)
 * SAT       Saturdays                1
 * </pre>
 *
 * Trips on the Tuesdays: 12-19: 1 + 2 = 3; 12-26: 1 + 10 = 11 (bank holiday); 01-02: 1 (SCHOOL
 * paused: it runs on 12-19 and later; SCHOOL2 has not started); 01-09 to 02-06 and 02-20 to 02-27:
 * 1 + 2 + 1 = 4; 02-13: 1 (SCHOOL and SCHOOL2 paused, 3 trips).
 */
class P01_ProfileDatesTest {

  private static final BankHolidays HOLIDAYS = BankHolidayReader.englandAndWales();
  @TempDir static Path dir;
  private static Network network;

  @BeforeAll
  static void build() throws Exception {
    Map<String, String> gtfs = new LinkedHashMap<>();
    gtfs.put(
        "agency.txt",
        "agency_id,agency_name,agency_url,agency_timezone\nag,A,https://example.org,Europe/London\n");
    gtfs.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nA,A,50.00,0.0\nB,B,50.05,0.0\n");
    gtfs.put("routes.txt", "route_id,agency_id,route_short_name,route_type\nR,ag,1,3\n");
    StringBuilder trips = new StringBuilder("route_id,service_id,trip_id\n");
    StringBuilder times =
        new StringBuilder("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n");
    int hour = 6;
    for (String[] service :
        new String[][] {
          {"WEEKDAY", "1"}, {"SCHOOL", "2"}, {"SCHOOL2", "1"}, {"SHUTTLE", "10"}, {"SAT", "1"}
        }) {
      for (int t = 0; t < Integer.parseInt(service[1]); t++) {
        String trip = service[0] + t;
        trips.append("R,").append(service[0]).append(',').append(trip).append('\n');
        times.append(String.format("%s,%02d:00:00,%02d:00:00,A,1%n", trip, hour, hour));
        times.append(String.format("%s,%02d:10:00,%02d:10:00,B,2%n", trip, hour, hour));
        hour++;
      }
    }
    gtfs.put("trips.txt", trips.toString());
    gtfs.put("stop_times.txt", times.toString());
    gtfs.put(
        "calendar.txt",
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            + "WEEKDAY,1,1,1,1,1,0,0,20231218,20240301\n"
            + "SCHOOL,1,1,1,1,1,0,0,20231218,20240301\n"
            + "SCHOOL2,1,1,1,1,1,0,0,20240108,20240301\n"
            + "SAT,0,0,0,0,0,1,0,20231218,20240301\n");
    gtfs.put(
        "calendar_dates.txt",
        "service_id,date,exception_type\n"
            + "SCHOOL,20231226,2\nSCHOOL,20240102,2\nSCHOOL,20240213,2\nSCHOOL2,20240213,2\n"
            + "SHUTTLE,20231226,1\n");
    network = SyntheticRegion.network(dir, gtfs, SyntheticRegion.road(10, 60));
  }

  @Test
  void p01_datesFromTheCalendarLeavingOutTheBankHoliday() {
    Map<DayType, DateChoice> dates =
        ProfileDates.choose(network.transit(), HOLIDAYS, EnumSet.allOf(DayType.class));
    // Boxing Day has the most trips (11) but is a bank holiday; then 4 trips from 2024-01-09
    assertEquals("2024-01-09 4", text(dates.get(DayType.WEEKDAY)));
    // no service pauses on 2024-01-09: a term-time Tuesday
    assertEquals("2024-01-09 4", text(dates.get(DayType.SCHOOL_TERM)));
    // the half-term Tuesday pauses 3 trips, the Christmas holiday's 2 (Boxing Day is left out)
    assertEquals("2024-02-13 1", text(dates.get(DayType.SCHOOL_HOLIDAY)));
    // every Saturday has its 1 trip: the first; no Sunday has any: the first, 0 trips
    assertEquals("2023-12-23 1", text(dates.get(DayType.SATURDAY)));
    assertEquals("2023-12-24 0", text(dates.get(DayType.SUNDAY)));
    assertEquals(
        "the Tuesday on which the most trips pause (3 trips of services running on Tuesdays"
            + " before and after), in 2023-12-18 to 2024-03-01, bank holidays left out",
        dates.get(DayType.SCHOOL_HOLIDAY).reason());
  }

  @Test
  void p01b_givenDatesAreChecked() {
    DateChoice outside =
        ProfileDates.given(network.transit(), HOLIDAYS, DayType.SATURDAY, LocalDate.of(2024, 3, 2));
    assertFalse(outside.found());
    assertEquals(
        "2024-03-02 is outside the timetables of this network (2023-12-18 to 2024-03-01)",
        outside.reason());
    DateChoice notSaturday =
        ProfileDates.given(network.transit(), HOLIDAYS, DayType.SATURDAY, LocalDate.of(2024, 1, 9));
    assertEquals("2024-01-09 is a TUESDAY, not a day of type saturday", notSaturday.reason());
    DateChoice boxingDay =
        ProfileDates.given(
            network.transit(), HOLIDAYS, DayType.WEEKDAY, LocalDate.of(2023, 12, 26));
    assertEquals("2023-12-26 11", text(boxingDay));
    assertEquals("given (a bank holiday: Boxing Day)", boxingDay.reason());
  }

  @Test
  void p01c_aCalendarWithoutPausesDoesNotTellSchoolDays() throws Exception {
    Map<String, String> gtfs = new LinkedHashMap<>();
    gtfs.put(
        "agency.txt",
        "agency_id,agency_name,agency_url,agency_timezone\nag,A,https://example.org,Europe/London\n");
    gtfs.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nA,A,50.00,0.0\nB,B,50.05,0.0\n");
    gtfs.put("routes.txt", "route_id,agency_id,route_short_name,route_type\nR,ag,1,3\n");
    gtfs.put("trips.txt", "route_id,service_id,trip_id\nR,WEEKDAY,T\n");
    gtfs.put(
        "stop_times.txt",
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT,07:00:00,07:00:00,A,1\n"
            + "T,07:10:00,07:10:00,B,2\n");
    gtfs.put(
        "calendar.txt",
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            + "WEEKDAY,1,1,1,1,1,0,0,20240101,20240301\n");
    Network plain =
        SyntheticRegion.network(dir.resolve("plain"), gtfs, SyntheticRegion.road(10, 60));
    DateChoice term =
        ProfileDates.choose(plain.transit(), HOLIDAYS, EnumSet.of(DayType.SCHOOL_TERM))
            .get(DayType.SCHOOL_TERM);
    assertFalse(term.found());
    assertEquals(
        "the timetables (2024-01-01 to 2024-03-01) do not tell school days from holidays: no"
            + " service pauses on a Tuesday that is not a bank holiday",
        term.reason());
  }

  private static String text(DateChoice choice) {
    return choice.date() + " " + choice.trips();
  }
}
