package org.ruralaccess.routing.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ruralaccess.routing.fixture.Searches;
import org.ruralaccess.routing.fixture.TimetableText;

/** A07: no pickup at B, no drop-off at C (GTFS pickup_type / drop_off_type = 1). */
class A07PickupDropOffTest {

  private static final TimetableText NET =
      TimetableText.parse(
          """
          stops A B C D
          pattern A B C D | noboard B | noalight C
            08:00 08:10 08:20 08:30
          """);

  @Test
  void cannotAlightWhereDropOffIsForbidden() {
    // Boards at A 08:00: B 08:10 and D 08:30 by alighting; C is passed without stopping.
    String expected = "A 07:55:00, B 08:10:00, C -, D 08:30:00";
    assertEquals(expected, Searches.one(NET, "A", 0, "07:55", 4, 60));
    assertEquals(expected, Searches.otp(NET, "A", 0, "07:55", 4, 60));
  }

  @Test
  void cannotBoardWherePickupIsForbidden() {
    // Waiting at B from 08:00: the bus does not pick up there, so nothing else is reached.
    String expected = "A -, B 08:00:00, C -, D -";
    assertEquals(expected, Searches.one(NET, "B", 0, "08:00", 4, 60));
    assertEquals(expected, Searches.otp(NET, "B", 0, "08:00", 4, 60));
  }
}
