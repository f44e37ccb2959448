package org.ruralaccess.routing.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ruralaccess.routing.fixture.Searches;
import org.ruralaccess.routing.fixture.TimetableText;

/**
 * A02: a transfer over a footpath, and the footpath rules: one footpath after each ride, none after
 * the access leg, never footpath after footpath.
 */
class A02FootpathTransferTest {

  private static final TimetableText NET =
      TimetableText.parse(
          """
          stops A B C D E F
          pattern A B
            08:00 08:10
          pattern C D
            08:15 08:30
            08:45 09:00
          walk B C 180
          walk C E 60
          walk A F 60
          """);

  @Test
  void walksBetweenRoutesAndNotTwice() {
    // A 07:55 -> 08:00 trip -> B 08:10 -> walk 180 s -> C 08:13; ready 08:13 + 60 s = 08:14
    // <= 08:15 -> D 08:30. E would need a second footpath (C->E after B->C): unreached.
    // F is a footpath from the origin stop A, but access legs are not followed by footpaths.
    String expected = "A 07:55:00, B 08:10:00, C 08:13:00, D 08:30:00, E -, F -";
    assertEquals(expected, Searches.one(NET, "A", 0, "07:55", 4, 60));
    assertEquals(expected, Searches.otp(NET, "A", 0, "07:55", 4, 60));
  }
}
