package org.ruralaccess.routing.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.routing.RangeRaptorWorker;
import org.ruralaccess.routing.RaptorRequest;
import org.ruralaccess.routing.fixture.TimetableText;

/**
 * A09: arrive-by answered from the forward range search: the first callback (latest departure
 * first) whose arrival at the target is at or before the deadline is the latest departure.
 */
class A09ArriveByTest {

  private static final TimetableText NET =
      TimetableText.parse(
          """
          stops A B
          pattern A B
            08:00 08:15
            08:20 08:35
            08:40 08:55
          """);

  @Test
  void latestDepartureArrivingByTheDeadline() {
    int target = NET.stop("B");
    int deadline = ClockTime.parseSeconds("08:40");
    int[] answer = {-1, -1};
    RaptorRequest window =
        new RaptorRequest(
            new int[] {NET.stop("A")},
            new int[] {0},
            ClockTime.parseSeconds("07:30"),
            ClockTime.parseSeconds("08:40"),
            60,
            4,
            60,
            120 * 60);
    new RangeRaptorWorker(NET.timetable())
        .route(
            window,
            (departure, arrivals, changed, count) -> {
              if (answer[0] < 0
                  && arrivals.isReached(target)
                  && arrivals.arrivalSeconds(target) <= deadline) {
                answer[0] = departure;
                answer[1] = arrivals.arrivalSeconds(target);
              }
            });
    // The 08:40 bus arrives 08:55, too late; the 08:20 bus arrives 08:35. To board it at 08:20
    // with 60 s slack one must be at A by 08:19, so leave at 08:19 (departures are whole minutes).
    assertEquals("08:19:00", ClockTime.format(answer[0]));
    assertEquals("08:35:00", ClockTime.format(answer[1]));
  }
}
