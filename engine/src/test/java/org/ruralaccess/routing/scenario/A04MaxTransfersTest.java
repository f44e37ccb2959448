package org.ruralaccess.routing.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ruralaccess.routing.fixture.Searches;
import org.ruralaccess.routing.fixture.TimetableText;

/** A04: the transfer limit cuts a three-ride journey (two transfers). */
class A04MaxTransfersTest {

  private static final TimetableText NET =
      TimetableText.parse(
          """
          stops A B C D
          pattern A B
            08:00 08:10
          pattern B C
            08:15 08:25
          pattern C D
            08:30 08:40
          """);

  @Test
  void twoTransfersReachTheEnd() {
    // Rides A-B, B-C, C-D; each connection has 5 min >= 60 s slack.
    String expected = "A 07:55:00, B 08:10:00, C 08:25:00, D 08:40:00";
    assertEquals(expected, Searches.one(NET, "A", 0, "07:55", 2, 60));
    assertEquals(expected, Searches.otp(NET, "A", 0, "07:55", 2, 60));
  }

  @Test
  void oneTransferStopsAtTheSecondRide() {
    String expected = "A 07:55:00, B 08:10:00, C 08:25:00, D -";
    assertEquals(expected, Searches.one(NET, "A", 0, "07:55", 1, 60));
    assertEquals(expected, Searches.otp(NET, "A", 0, "07:55", 1, 60));
  }

  @Test
  void noTransferMeansOneRide() {
    String expected = "A 07:55:00, B 08:10:00, C -, D -";
    assertEquals(expected, Searches.one(NET, "A", 0, "07:55", 0, 60));
    assertEquals(expected, Searches.otp(NET, "A", 0, "07:55", 0, 60));
  }
}
