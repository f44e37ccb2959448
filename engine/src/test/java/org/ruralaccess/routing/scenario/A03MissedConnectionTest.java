package org.ruralaccess.routing.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ruralaccess.routing.fixture.Searches;
import org.ruralaccess.routing.fixture.TimetableText;

/** A03: a connection that only the board slack makes impossible; the next trip is taken. */
class A03MissedConnectionTest {

  private static final TimetableText NET =
      TimetableText.parse(
          """
          stops A B C
          pattern A B
            08:00 08:10
          pattern B C
            08:10:30 08:20
            08:40 08:50
          """);

  @Test
  void slackMissesTheThirtySecondConnection() {
    // Alight B 08:10; 08:10 + 60 s = 08:11 > 08:10:30: next trip 08:40 -> C 08:50.
    String expected = "A 07:55:00, B 08:10:00, C 08:50:00";
    assertEquals(expected, Searches.one(NET, "A", 0, "07:55", 4, 60));
    assertEquals(expected, Searches.otp(NET, "A", 0, "07:55", 4, 60));
  }

  @Test
  void withoutSlackTheConnectionHolds() {
    // 08:10 + 0 s <= 08:10:30: C 08:20.
    String expected = "A 07:55:00, B 08:10:00, C 08:20:00";
    assertEquals(expected, Searches.one(NET, "A", 0, "07:55", 4, 0));
    assertEquals(expected, Searches.otp(NET, "A", 0, "07:55", 4, 0));
  }
}
