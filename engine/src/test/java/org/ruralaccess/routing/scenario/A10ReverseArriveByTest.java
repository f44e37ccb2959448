package org.ruralaccess.routing.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.routing.ReverseRangeRaptorWorker;
import org.ruralaccess.routing.ReverseRaptorRequest;
import org.ruralaccess.routing.StopDepartures;
import org.ruralaccess.routing.fixture.TimetableText;

/**
 * A10: the reverse (arrive-by) search on the network of A02 plus a second trip, worked by hand: the
 * latest time one can be at each stop and still reach E (by walking C -> E, 60 s) by the deadline,
 * board slack 60 s.
 */
class A10ReverseArriveByTest {

  private static final TimetableText NET =
      TimetableText.parse(
          """
          stops A B C D E F
          pattern A B
            08:00 08:10
            08:20 08:30
          pattern C D
            08:15 08:30
            08:45 09:00
          walk B C 180
          walk C E 60
          walk A F 60
          minTransfer B 300
          """);

  @Test
  void latestDeparturesToArriveAtEByNine() {
    // egress: E itself, 0 s. Deadline 09:00.
    // E: already there: 09:00. C: walk C -> E is a footpath, and a journey may not start with a
    // footpath (forward searches start by boarding), so C needs a vehicle: none arrives at C.
    // A: the 08:20 trip reaches B 08:30, walk 180 s to C 08:33, but the only way from C to E is
    // the footpath, and never footpath after footpath: so nothing from A reaches E. D, F: no.
    assertEquals("A -, B -, C -, D -, E 09:00:00, F -", latest("E", 0, "09:00"));
  }

  @Test
  void latestDeparturesToArriveAtDByNine() {
    // target D, deadline 09:00. C: the 08:45 trip arrives 09:00; be at C by 08:45 - 60 s = 08:44.
    // B: walk 180 s to C, ready by 08:44: leave the vehicle at B by 08:41; B itself as a start
    // can only board (the A-B trips do not leave B): unreached as a start.
    // A: the 08:20 trip arrives at B 08:30 <= 08:41: board it by 08:19 (slack 60 s).
    // The re-boarding rule (minTransfer at B) does not apply: the change is by footpath.
    assertEquals("A 08:19:00, B -, C 08:44:00, D 09:00:00, E -, F -", latest("D", 0, "09:00"));
    // deadline 08:59: the 08:45 trip is too late; the 08:15 trip arrives 08:30: C by 08:14;
    // B by 08:11 (walk 180 s), only the 08:00 trip reaches B by then (08:10): A by 07:59
    assertEquals("A 07:59:00, B -, C 08:14:00, D 08:59:00, E -, F -", latest("D", 0, "08:59"));
  }

  private static String latest(String target, int egressSeconds, String deadline) {
    int time = ClockTime.parseSeconds(deadline);
    List<String> result = new ArrayList<>();
    new ReverseRangeRaptorWorker(NET.timetable())
        .route(
            new ReverseRaptorRequest(
                new int[] {NET.stop(target)},
                new int[] {egressSeconds},
                time,
                time + 1,
                1,
                4,
                60,
                6 * 3600),
            (t, departures, changed, count) -> result.add(render(departures)));
    return result.getFirst();
  }

  private static String render(StopDepartures departures) {
    StringJoiner joiner = new StringJoiner(", ");
    List<String> names = NET.stopNames();
    for (int stop = 0; stop < names.size(); stop++) {
      joiner.add(
          names.get(stop)
              + " "
              + (departures.isReached(stop)
                  ? ClockTime.format(departures.departureSeconds(stop))
                  : "-"));
    }
    return joiner.toString();
  }
}
