package org.ruralaccess.analysis.returntrips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.community.BookingAssumption;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;

/**
 * The village of {@link ReturnTripVillage} with the weekday morning bus to town (V 11:00, T 11:15)
 * and no bus back: the way home is a community bus, timetabled T 12:05, V 12:20, on Tuesdays only.
 * GP visit: leave after 07:00, any slot from 08:30, arrive by 17:00, stay 45 minutes, home by
 * 19:00.
 */
class R02_TuesdayCommunityBusTest {

  private static final LocalDate TUESDAY = LocalDate.of(2024, 1, 9);
  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 1, 10);

  @TempDir static Path dir;
  private static Network network;

  @BeforeAll
  static void build() throws Exception {
    Network buses =
        ReturnTripVillage.network(
            dir.resolve("gtfs"),
            "R1,WEEKDAY,OUT\n",
            "OUT,11:00:00,11:00:00,V,1\nOUT,11:15:00,11:15:00,T,2\n");
    network =
        ReturnTripVillage.withSchemes(
            buses,
            dir,
            """
            id: x
            schemes:
              - id: tuesday-bus
                name: Tuesday market bus home
                kind: fixed_route
                days: [tuesday]
                stops:
                  - {stop_id: "t:T", time: "12:05"}
                  - {stop_id: "t:V", time: "12:20"}
            """);
  }

  @Test
  void r02_feasibleOnTuesdayWhenTheCommunityBusRunsNotOnWednesday() {
    ReturnTripTimes tuesday = search(TUESDAY, CommunityTransportRequest.defaults());
    assertTrue(tuesday.feasible(0, 0));
    // out on the 11:00 bus (leave 10:59), at the surgery 11:15 to 12:00, leave 12:04 for the
    // community bus, home 12:20
    assertEquals(
        "10:59:00 11:15:00 12:04:00 12:20:00",
        R01_MorningAndAfternoonBusTest.text(tuesday.itinerary(0, 0)));
    assertFalse(search(WEDNESDAY, CommunityTransportRequest.defaults()).feasible(0, 0));
    // and not on Tuesday either without community transport
    assertFalse(search(TUESDAY, CommunityTransportRequest.off()).feasible(0, 0));
  }

  @Test
  void r02b_theSameBookingAssumptionForEveryBusOfTheDay() {
    // the scheme needs no booking: same-day and spontaneous riders get home on Tuesday as well
    assertTrue(
        search(
                TUESDAY,
                CommunityTransportRequest.defaults().withBooking(BookingAssumption.sameDay(0)))
            .feasible(0, 0));
    assertTrue(
        search(
                TUESDAY,
                CommunityTransportRequest.defaults().withBooking(BookingAssumption.spontaneous()))
            .feasible(0, 0));
  }

  static ReturnTripTimes search(LocalDate date, CommunityTransportRequest ct) {
    return search(network, date, ct);
  }

  static ReturnTripTimes search(Network on, LocalDate date, CommunityTransportRequest ct) {
    DestinationSet gps = ReturnTripVillage.surgeries();
    return ReturnTripSearch.run(
        on,
        ReturnTripVillage.village(),
        gps,
        ReturnTripVillage.categories(gps),
        List.of(
            new ReturnTripRule(
                R01_MorningAndAfternoonBusTest.h("07:00"),
                R01_MorningAndAfternoonBusTest.h("08:30"),
                R01_MorningAndAfternoonBusTest.h("17:00"),
                45 * 60,
                R01_MorningAndAfternoonBusTest.h("19:00"))),
        date,
        RoutingSettings.DEFAULTS,
        ct,
        "test",
        ProgressListener.SILENT);
  }
}
