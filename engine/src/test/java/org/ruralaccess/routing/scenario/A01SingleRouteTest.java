package org.ruralaccess.routing.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ruralaccess.routing.fixture.Searches;
import org.ruralaccess.routing.fixture.TimetableText;

/** A01: one route, two trips; the earliest trip that can be boarded after the board slack. */
class A01SingleRouteTest {

  private static final TimetableText NET =
      TimetableText.parse(
          """
          stops A B C
          pattern A B C
            08:00 08:10 08:20
            08:30 08:40 08:50
          """);

  @Test
  void boardsFirstTripWhenReadyBeforeItLeaves() {
    // At A 07:58 (0 s access) + 60 s slack = 07:59 <= 08:00: trip 1, B 08:10, C 08:20.
    String expected = "A 07:58:00, B 08:10:00, C 08:20:00";
    assertEquals(expected, Searches.one(NET, "A", 0, "07:58", 4, 60));
    assertEquals(expected, Searches.otp(NET, "A", 0, "07:58", 4, 60));
  }

  @Test
  void waitsForSecondTripWhenSlackMissesFirst() {
    // At A 07:59:30 + 60 s = 08:00:30 > 08:00: trip 2, B 08:40, C 08:50.
    String expected = "A 07:59:30, B 08:40:00, C 08:50:00";
    assertEquals(expected, Searches.one(NET, "A", 0, "07:59:30", 4, 60));
    assertEquals(expected, Searches.otp(NET, "A", 0, "07:59:30", 4, 60));
  }

  @Test
  void nothingAfterTheLastTrip() {
    // At B 08:45 + 60 s: no trip left; only the origin itself is reached.
    assertEquals("A -, B 08:45:00, C -", Searches.one(NET, "B", 0, "08:45", 4, 60));
  }
}
