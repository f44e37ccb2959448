package org.ruralaccess.analysis.returntrips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.community.BookingAssumption;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.network.Network;

/**
 * Booking applies to both legs. The village of {@link ReturnTripVillage} with no scheduled bus at
 * all (its stops unused, so the schemes give their stops' positions); two Tuesday community buses:
 *
 * <pre>
 * out:  V 11:00 -> T 11:15   booked by 16:00 the day before (prior_days 1)
 * back: T 12:05 -> V 12:20   booked the same day, 30 minutes ahead
 * </pre>
 *
 * and, on a second network, the scheduled morning bus out with the day-before bus home.
 */
class R03_BookingBothLegsTest {

  private static final LocalDate TUESDAY = LocalDate.of(2024, 1, 9);
  private static final CommunityTransportRequest DAY_BEFORE = CommunityTransportRequest.defaults();
  private static final CommunityTransportRequest SAME_DAY_HOUR_AHEAD =
      DAY_BEFORE.withBooking(BookingAssumption.sameDay(60));

  @TempDir static Path dir;
  private static Network bookedBothWays;
  private static Network bookedHome;

  @BeforeAll
  static void build() throws Exception {
    Network none = ReturnTripVillage.network(dir.resolve("none"), "", "");
    bookedBothWays =
        ReturnTripVillage.withSchemes(
            none,
            dir,
            """
            id: x
            schemes:
              - id: out
                kind: fixed_route
                days: [tuesday]
                booking: {type: prior_days, days: 1, latest_time: "16:00"}
                stops:
                  - {name: V, lat: 50.00, lon: 0.0, time: "11:00"}
                  - {name: T, lat: 50.10, lon: 0.0, time: "11:15"}
              - id: back
                kind: fixed_route
                days: [tuesday]
                booking: {type: same_day, notice_minutes: 30}
                stops:
                  - {name: T, lat: 50.10, lon: 0.0, time: "12:05"}
                  - {name: V, lat: 50.00, lon: 0.0, time: "12:20"}
            """);
    Network morningBus =
        ReturnTripVillage.network(
            dir.resolve("bus"),
            "R1,WEEKDAY,OUT\n",
            "OUT,11:00:00,11:00:00,V,1\nOUT,11:15:00,11:15:00,T,2\n");
    bookedHome =
        ReturnTripVillage.withSchemes(
            morningBus,
            dir.resolve("bus"),
            """
            id: x
            schemes:
              - id: back
                kind: fixed_route
                days: [tuesday]
                booking: {type: prior_days, days: 1, latest_time: "16:00"}
                stops:
                  - {stop_id: "t:T", time: "12:05"}
                  - {stop_id: "t:V", time: "12:20"}
            """);
  }

  @Test
  void r03_dayBeforeBookingMeetsBothRulesSameDayMissesTheOutwardBus() {
    // booking the day before meets the day-before rule out and the same-day rule back (a booking
    // made the day before is more than 30 minutes ahead)
    ReturnTripTimes dayBefore =
        R02_TuesdayCommunityBusTest.search(bookedBothWays, TUESDAY, DAY_BEFORE);
    assertTrue(dayBefore.feasible(0, 0));
    assertEquals(
        "10:59:00 11:15:00 12:04:00 12:20:00",
        R01_MorningAndAfternoonBusTest.text(dayBefore.itinerary(0, 0)));
    // booking an hour ahead on the day could get the rider home (notice 30 <= 60) but not out:
    // the outward bus had to be booked the day before, so there is no day out
    assertFalse(
        R02_TuesdayCommunityBusTest.search(bookedBothWays, TUESDAY, SAME_DAY_HOUR_AHEAD)
            .feasible(0, 0));
  }

  @Test
  void r03b_theBookingRuleOfTheWayHomeDecidesToo() {
    // the scheduled bus takes the rider out whatever the booking; the way home must be booked the
    // day before
    assertTrue(R02_TuesdayCommunityBusTest.search(bookedHome, TUESDAY, DAY_BEFORE).feasible(0, 0));
    assertFalse(
        R02_TuesdayCommunityBusTest.search(bookedHome, TUESDAY, SAME_DAY_HOUR_AHEAD)
            .feasible(0, 0));
  }
}
