package org.ruralaccess.analysis.returntrips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;

/**
 * One bus to town in the morning (V 11:00, T 11:15) and one back in the early afternoon (T 12:05, V
 * 12:20), weekdays. At the surgery from 11:15; the bus home is caught by leaving the surgery at
 * 12:04 at the latest (60 s board slack). A 45-minute visit ends at 12:00: it works. A 50- or
 * 60-minute visit ends at 12:05 or 12:15: the bus has gone, and there is no other.
 */
class R01_MorningAndAfternoonBusTest {

  private static final LocalDate TUESDAY = LocalDate.of(2024, 1, 9);
  @TempDir static Path dir;
  private static Network network;

  @BeforeAll
  static void build() throws Exception {
    network =
        ReturnTripVillage.network(
            dir,
            "R1,WEEKDAY,OUT\nR1,WEEKDAY,BACK\n",
            "OUT,11:00:00,11:00:00,V,1\nOUT,11:15:00,11:15:00,T,2\n"
                + "BACK,12:05:00,12:05:00,T,1\nBACK,12:20:00,12:20:00,V,2\n");
  }

  @Test
  void r01_aFortyFiveMinuteVisitWorksAndTheDayIsWrittenToTheMinute() {
    ReturnTripTimes times = search(45);
    assertTrue(times.feasible(0, 0));
    // both surgeries stand at the town stop: the trip works for 2 destinations; the first is named
    assertEquals(2, times.feasibleDestinations(0, 0));
    Itinerary day = times.itinerary(0, 0);
    assertEquals(0, day.destination());
    // leave home 10:59 (the latest departure catching the 11:00 bus: 10:59 + 60 s slack), at the
    // surgery 11:15, leave it 12:04, home 12:20: 81 minutes away = 1.35 hours
    assertEquals("10:59:00 11:15:00 12:04:00 12:20:00", text(day));
    assertEquals(81 * 60, day.awaySeconds());
    assertEquals(1.35, day.hoursAway(), 1e-12);
  }

  @Test
  void r01b_fiftyAndSixtyMinutesDoNotFit() {
    for (int stay : new int[] {50, 60}) {
      ReturnTripTimes times = search(stay);
      assertFalse(times.feasible(0, 0), stay + " min");
      assertEquals(0, times.feasibleDestinations(0, 0));
      assertNull(times.itinerary(0, 0));
    }
  }

  @Test
  void r01c_homeByBeforeTheBusArrivesOrArrivingAfterItLeftFails() {
    // home by 12:19: the only bus home arrives 12:20
    assertFalse(
        search(new ReturnTripRule(h("07:00"), h("08:30"), h("12:00"), 45 * 60, h("12:19")))
            .feasible(0, 0));
    // leave home after 11:00: the morning bus has gone
    assertFalse(
        search(new ReturnTripRule(h("11:00"), h("08:30"), h("17:00"), 45 * 60, h("19:00")))
            .feasible(0, 0));
    // arrive by 11:14: the bus arrives 11:15
    assertFalse(
        search(new ReturnTripRule(h("07:00"), h("08:30"), h("11:14"), 45 * 60, h("19:00")))
            .feasible(0, 0));
    // a fixed appointment at 11:20 (opens = arrive by) for 40 minutes ends 12:00: works; at 11:25
    // it ends 12:05: does not
    assertTrue(
        search(new ReturnTripRule(h("07:00"), h("11:20"), h("11:20"), 40 * 60, h("19:00")))
            .feasible(0, 0));
    assertFalse(
        search(new ReturnTripRule(h("07:00"), h("11:25"), h("11:25"), 40 * 60, h("19:00")))
            .feasible(0, 0));
  }

  static ReturnTripTimes search(int stayMinutes) {
    return search(
        new ReturnTripRule(h("07:00"), h("08:30"), h("17:00"), stayMinutes * 60, h("19:00")));
  }

  private static ReturnTripTimes search(ReturnTripRule rule) {
    DestinationSet gps = ReturnTripVillage.surgeries();
    return ReturnTripSearch.run(
        network,
        ReturnTripVillage.village(),
        gps,
        ReturnTripVillage.categories(gps),
        List.of(rule),
        TUESDAY,
        RoutingSettings.DEFAULTS,
        CommunityTransportRequest.defaults(),
        "test",
        ProgressListener.SILENT);
  }

  static int h(String clock) {
    return ClockTime.parseSeconds(clock);
  }

  static String text(Itinerary day) {
    return ClockTime.format(day.leaveHomeSeconds())
        + " "
        + ClockTime.format(day.arriveSeconds())
        + " "
        + ClockTime.format(day.leaveDestinationSeconds())
        + " "
        + ClockTime.format(day.homeSeconds());
  }
}
