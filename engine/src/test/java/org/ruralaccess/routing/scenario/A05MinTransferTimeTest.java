package org.ruralaccess.routing.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ruralaccess.routing.fixture.Searches;
import org.ruralaccess.routing.fixture.TimetableText;

/**
 * A05: a stop's minimum transfer time applies when re-boarding after alighting there, not when the
 * passenger walked (or was dropped by the access leg) to the stop.
 */
class A05MinTransferTimeTest {

  private static final String TIMETABLE =
      """
      stops A B C
      pattern A B
        08:00 08:10
      pattern B C
        08:12 08:20
        08:30 08:40
      """;

  @Test
  void minTransferTimeMissesTheQuickConnection() {
    TimetableText net = TimetableText.parse(TIMETABLE + "minTransfer B 180\n");
    // Alight B 08:10 + 180 s min transfer + 60 s slack = 08:14 > 08:12: C by 08:30 trip, 08:40.
    assertEquals("A 07:55:00, B 08:10:00, C 08:40:00", Searches.one(net, "A", 0, "07:55", 4, 60));
  }

  @Test
  void withoutMinTransferTimeTheQuickConnectionHolds() {
    TimetableText net = TimetableText.parse(TIMETABLE);
    // 08:10 + 60 s = 08:11 <= 08:12: C 08:20.
    assertEquals("A 07:55:00, B 08:10:00, C 08:20:00", Searches.one(net, "A", 0, "07:55", 4, 60));
  }

  @Test
  void minTransferTimeDoesNotApplyToAccessArrivals() {
    TimetableText net = TimetableText.parse(TIMETABLE + "minTransfer B 180\n");
    // Leave 08:05, 300 s access to B: at B 08:10 on foot; + 60 s slack = 08:11 <= 08:12: C 08:20.
    assertEquals("A -, B 08:10:00, C 08:20:00", Searches.one(net, "B", 300, "08:05", 4, 60));
  }
}
