package org.ruralaccess.routing.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.routing.RangeRaptorWorker;
import org.ruralaccess.routing.RaptorRequest;
import org.ruralaccess.routing.fixture.Searches;
import org.ruralaccess.routing.fixture.TimetableText;

/**
 * A08: arrivals later than departure + max trip duration are unreached, also when range mode
 * carries them over from a later departure (then the stop is reported as changed).
 */
class A08MaxTripDurationTest {

  private static final TimetableText NET =
      TimetableText.parse(
          """
          stops A B C
          pattern A B C
            08:00 08:30 08:52
          """);

  private static final RaptorRequest WINDOW =
      new RaptorRequest(
          new int[] {0},
          new int[] {0},
          ClockTime.parseSeconds("07:50"),
          ClockTime.parseSeconds("08:00"),
          300,
          4,
          60,
          60 * 60);

  @Test
  void arrivalsBeyondTheLimitAreUnreached() {
    // Departures 07:55 then 07:50 (latest first), limit 60 min.
    // 07:55: limit 08:55; B 08:30 and C 08:52 are in time.
    // 07:50: limit 08:50; B 08:30 is, C 08:52 is not.
    Map<Integer, String> byDeparture = Searches.range(NET, WINDOW);
    assertEquals(
        "A 07:55:00, B 08:30:00, C 08:52:00", byDeparture.get(ClockTime.parseSeconds("07:55")));
    assertEquals("A 07:50:00, B 08:30:00, C -", byDeparture.get(ClockTime.parseSeconds("07:50")));
  }

  @Test
  void stopsThatFallOutOfTheLimitAreReportedAsChanged() {
    List<int[]> changedPerDeparture = new ArrayList<>();
    new RangeRaptorWorker(NET.timetable())
        .route(
            WINDOW,
            (departure, arrivals, changed, count) ->
                changedPerDeparture.add(java.util.Arrays.copyOf(changed, count)));
    // 07:55: A, B, C all newly reached (in the order found: A by access, then B, C by the ride).
    assertArrayEquals(new int[] {0, 1, 2}, changedPerDeparture.get(0));
    // 07:50: A earlier (07:50); C expired; B unchanged (same bus).
    assertArrayEquals(new int[] {0, 2}, changedPerDeparture.get(1));
  }
}
