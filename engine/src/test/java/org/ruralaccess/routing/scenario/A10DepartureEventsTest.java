package org.ruralaccess.routing.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.routing.RangeMode;
import org.ruralaccess.routing.RaptorRequest;
import org.ruralaccess.routing.RaptorTimetable;
import org.ruralaccess.routing.TimedAccessLegs;
import org.ruralaccess.routing.fixture.RandomTimetables;
import org.ruralaccess.routing.fixture.RangeRuns;
import org.ruralaccess.routing.fixture.TimetableText;

/**
 * A10: running the rounds only at departures where a new trip can be boarded ({@link
 * RangeMode#BOARDING_EVENTS}) gives, at every departure, the same arrival at every stop and the
 * same changed-stop list as rescanning at every departure ({@link RangeMode#EVERY_DEPARTURE}),
 * whose answers A06 and the OTP differential tests check; and it does far less work when buses are
 * rare.
 */
class A10DepartureEventsTest {

  // An hourly bus from A to B; the origin walks 5 min to A.
  private static final TimetableText HOURLY =
      TimetableText.parse(
          """
          stops A B
          pattern A B
            08:00 08:20
            09:00 09:20
            10:00 10:20
            11:00 11:20
          """);

  @Test
  void hourlyBusNeedsThreeEventsInTwoHours() {
    // Window 08:00-10:00 every minute: 120 departures, latest (09:59) first. Leaving at t the
    // rider is at A at t + 5 min and can board a bus leaving at or after t + 6 min (60 s slack),
    // so the bus at d becomes boardable at t = d - 6 min:
    //   09:59 (the first departure searched): ready 10:05, boards the 11:00 bus;
    //   09:54: 10:00 - 6 min, the 10:00 bus;
    //   08:54: 09:00 - 6 min, the 09:00 bus (the 08:00 bus would need 07:54, before the window).
    // So round 1 scans the pattern at 3 departures instead of 120.
    RaptorRequest request =
        new RaptorRequest(
            new int[] {0},
            new int[] {300},
            ClockTime.parseSeconds("08:00"),
            ClockTime.parseSeconds("10:00"),
            60,
            4,
            60,
            24 * 3600);
    RangeRuns events = RangeRuns.record(HOURLY.timetable(), RangeMode.BOARDING_EVENTS, request);
    RangeRuns everyMinute =
        RangeRuns.record(HOURLY.timetable(), RangeMode.EVERY_DEPARTURE, request);
    assertNull(events.firstDifference(everyMinute));
    assertEquals(120, events.work().departures());
    assertEquals(3, events.work().departuresWithNewBoardings());
    // B is the pattern's last stop, so round 2 never marks the pattern from there: 3 scans of 2
    // stops, against one scan at each of the 120 minutes when round 1 rescans every departure.
    assertEquals(3, events.work().patternScans());
    assertEquals(6, events.work().stopVisits());
    assertEquals(120, everyMinute.work().patternScans());
    // B by the 11:00 bus for 09:55-09:59 (5 departures), by the 10:00 bus for 08:55-09:54 (60),
    // by the 09:00 bus for 08:00-08:54 (55): 5 + 60 + 55 = 120.
    assertEquals(ClockTime.parseSeconds("11:20"), arrivalAtB(events, "09:55"));
    assertEquals(ClockTime.parseSeconds("10:20"), arrivalAtB(events, "09:54"));
    assertEquals(ClockTime.parseSeconds("10:20"), arrivalAtB(events, "08:55"));
    assertEquals(ClockTime.parseSeconds("09:20"), arrivalAtB(events, "08:54"));
    assertEquals(ClockTime.parseSeconds("09:20"), arrivalAtB(events, "08:00"));
    // A itself is reached on foot at every departure: t + 5 min, a new arrival each minute.
    assertEquals(ClockTime.parseSeconds("08:05"), arrival(events, "08:00", 0));
    assertArrayEquals(new int[] {0}, events.changed().get(index(events, "09:30")));
  }

  @Test
  void fiveMinuteStepsAndATripLimitStillMatchEveryDeparture() {
    // Steps of 5 min over 07:00-10:00 (36 departures), 40 min max trip. The 10:00 bus is the
    // first boardable one for departures 08:55-09:54 (ready at t + 6 min). Leaving at 09:40 the
    // rider reaches B at 10:20, 40 min: in time. Leaving at 09:35, still the 10:00 bus, B at 10:20
    // is 45 min away: over the limit, so B is unreached although nothing new was boarded.
    RaptorRequest request =
        new RaptorRequest(
            new int[] {0},
            new int[] {300},
            ClockTime.parseSeconds("07:00"),
            ClockTime.parseSeconds("10:00"),
            300,
            4,
            60,
            40 * 60);
    RangeRuns events = RangeRuns.record(HOURLY.timetable(), RangeMode.BOARDING_EVENTS, request);
    RangeRuns everyStep = RangeRuns.record(HOURLY.timetable(), RangeMode.EVERY_DEPARTURE, request);
    assertNull(events.firstDifference(everyStep));
    assertEquals(ClockTime.parseSeconds("10:20"), arrivalAtB(events, "09:40"));
    assertEquals(-1, arrivalAtB(events, "09:35"));
    // B reported as changed at 09:35 (fell out of the limit) though no pattern was scanned then.
    assertArrayEquals(new int[] {0, 1}, events.changed().get(index(events, "09:35")));
    // Events on the 5-minute grid: 09:55 (first), then 10:00 bus first boardable at the latest
    // grid departure <= 09:54, that is 09:50; 09:00 bus at 08:50; 08:00 bus at 07:50.
    assertEquals(4, events.work().departuresWithNewBoardings());
  }

  // Two trips A -> B -> C; the origin walks 0 min to A and 5 min to B.
  private static final TimetableText TWO_TRIPS =
      TimetableText.parse(
          """
          stops A B C
          pattern A B C
            08:00 08:10 08:20
            09:00 09:10 09:20
          """);

  @Test
  void aRideStopsWhereALaterDepartureBoardedTheSameTrip() {
    // Window 07:50-08:10 every minute (20 departures, 08:09 first), 60 s slack. A trip is
    // boardable at A from t when it leaves A at or after t + 1 min, at B on foot when it leaves B
    // at or after t + 6 min (walk 5 min + slack). In round 2 B is ready at the earlier of its
    // round-1 ride and its walk (t + 5 min, kept from round 0). Events:
    //   08:09: the 09:00 trip at A (09:00 >= 08:10) and at B (09:10 >= 08:15): round 1 scans
    //          from A riding it to the end (A, B, C: 3 visits), B 09:10, C 09:20; round 2 from B
    //          (walk 08:14, so trips leaving B at or after 08:15): the 09:00 trip again, new in
    //          round 2, scanned B, C (2 visits), C not improved.
    //   08:04: the 08:00 trip at B (08:10 >= 08:10): round 1 scans from B to C (2 visits), C at
    //          08:20. B was not ridden to, so round 2 has nothing new.
    //   07:59: the 08:00 trip at A (08:00 >= 08:00): round 1 scans from A, alighting at B at 08:10;
    //          B's cursor holds the same trip, boarded there at 08:04, so the ride is not new from
    //          B on and the scan ends at B (2 visits, not 3): C keeps 08:20 from 08:04. Round 2
    //          from B (walk 08:04, trips leaving at or after 08:05): the 08:00 trip, new in round 2
    //          (its cursor held the 09:00 trip), scanned B, C (2 visits), C not improved.
    // So 5 scans and 3 + 2 + 2 + 2 + 2 = 11 stop visits (12 riding every scan to the end), with
    // the same answers as every departure.
    RaptorRequest request =
        new RaptorRequest(
            new int[] {0, 1},
            new int[] {0, 300},
            ClockTime.parseSeconds("07:50"),
            ClockTime.parseSeconds("08:10"),
            60,
            4,
            60,
            24 * 3600);
    RangeRuns events = RangeRuns.record(TWO_TRIPS.timetable(), RangeMode.BOARDING_EVENTS, request);
    RangeRuns everyMinute =
        RangeRuns.record(TWO_TRIPS.timetable(), RangeMode.EVERY_DEPARTURE, request);
    assertNull(events.firstDifference(everyMinute));
    assertEquals(20, events.work().departures());
    assertEquals(3, events.work().departuresWithNewBoardings());
    assertEquals(5, events.work().patternScans());
    assertEquals(11, events.work().stopVisits());
    assertEquals(ClockTime.parseSeconds("08:20"), arrival(events, "07:59", 2));
    // B on foot (07:59 + 5 min) beats the 08:10 ride from A
    assertEquals(ClockTime.parseSeconds("08:04"), arrival(events, "07:59", 1));
    assertEquals(ClockTime.parseSeconds("09:20"), arrival(events, "08:05", 2));
  }

  @Test
  void randomNetworksGiveTheSameCallbacksInBothModes() {
    long reached = 0;
    long compared = 0;
    long scansEvents = 0;
    long scansEveryDeparture = 0;
    int departures = 0;
    int eventDepartures = 0;
    for (int seed = 0; seed < 120; seed++) {
      SplittableRandom random = new SplittableRandom(5000 + seed);
      boolean sparse = seed % 2 == 1;
      RandomTimetables.Spec spec =
          new RandomTimetables.Spec(
              random.nextInt(40, 301),
              random.nextInt(10, 61),
              1,
              sparse ? random.nextInt(2, 6) : random.nextInt(4, 25),
              3,
              random.nextInt(6, 21),
              random.nextInt(60, 241),
              random.nextInt(2, 7),
              0.1,
              0.1,
              6 * 3600,
              8 * 3600,
              sparse ? random.nextInt(3600, 7201) : random.nextInt(120, 901));
      RaptorTimetable timetable = RandomTimetables.generate(spec, seed);
      RaptorRequest request = randomRequest(timetable, random);
      RangeRuns events = RangeRuns.record(timetable, RangeMode.BOARDING_EVENTS, request);
      RangeRuns everyDeparture = RangeRuns.record(timetable, RangeMode.EVERY_DEPARTURE, request);
      assertNull(events.firstDifference(everyDeparture), "seed " + seed + " " + request);
      reached += events.reachedCount();
      compared += (long) timetable.stopCount() * events.departures().size();
      scansEvents += events.work().patternScans();
      scansEveryDeparture += everyDeparture.work().patternScans();
      departures += events.work().departures();
      eventDepartures += events.work().departuresWithNewBoardings();
    }
    System.out.printf(
        "A10: %d of %d stop-departure arrivals reached; %d departures, %d with new boardings;"
            + " pattern scans every departure %d, events %d%n",
        reached, compared, departures, eventDepartures, scansEveryDeparture, scansEvents);
    // Guard against a vacuous pass: access legs alone reach at most 7 stops x 11,088 departures.
    assertTrue(
        reached > compared / 10 && reached > 150_000,
        "comparison should cover many reached stops, was " + reached + " of " + compared);
    assertTrue(eventDepartures < departures / 2, eventDepartures + " of " + departures);
    assertTrue(scansEvents < scansEveryDeparture, scansEvents + " vs " + scansEveryDeparture);
  }

  /**
   * Walk access to 1-4 stops, sometimes flex legs with pickup windows (some at a fixed arrival),
   * steps of 45 s to 5 min, 0-120 s slack, a binding trip limit half of the time.
   */
  private static RaptorRequest randomRequest(RaptorTimetable timetable, SplittableRandom random) {
    int accessCount = random.nextInt(1, 5);
    int[] stops = new int[accessCount];
    int[] seconds = new int[accessCount];
    for (int i = 0; i < accessCount; i++) {
      stops[i] = servedStop(timetable, random);
      seconds[i] = random.nextInt(0, 1201);
    }
    TimedAccessLegs.Builder timed = TimedAccessLegs.builder();
    if (random.nextInt(3) == 0) {
      for (int i = random.nextInt(1, 4); i > 0; i--) {
        int earliest = random.nextInt(6 * 3600, 9 * 3600);
        int latest = earliest + random.nextInt(0, 3 * 3600);
        int duration = random.nextInt(0, 1801);
        boolean fixed = random.nextInt(3) == 0;
        timed.add(
            servedStop(timetable, random),
            earliest,
            latest,
            fixed ? 0 : duration,
            fixed ? latest + duration : TimedAccessLegs.NO_FIXED_ARRIVAL);
      }
    }
    int earliestDeparture = random.nextInt(6 * 3600, 8 * 3600);
    int windowSeconds = random.nextInt(30, 181) * 60;
    int step = new int[] {45, 60, 60, 60, 120, 300}[random.nextInt(6)];
    int slack = new int[] {0, 30, 60, 120}[random.nextInt(4)];
    int maxTrip = random.nextBoolean() ? random.nextInt(20, 121) * 60 : 24 * 3600;
    return new RaptorRequest(
        stops,
        seconds,
        earliestDeparture,
        earliestDeparture + windowSeconds,
        step,
        random.nextInt(0, 5),
        slack,
        maxTrip,
        timed.build());
  }

  /** A stop with at least one pattern, so that most requests reach something. */
  private static int servedStop(RaptorTimetable timetable, SplittableRandom random) {
    while (true) {
      int stop = random.nextInt(timetable.stopCount());
      if (timetable.visitCount(stop) > 0) {
        return stop;
      }
    }
  }

  private static int arrivalAtB(RangeRuns runs, String departure) {
    return arrival(runs, departure, 1);
  }

  private static int arrival(RangeRuns runs, String departure, int stop) {
    return runs.arrivals().get(index(runs, departure))[stop];
  }

  private static int index(RangeRuns runs, String departure) {
    int i = runs.departures().indexOf(ClockTime.parseSeconds(departure));
    assertTrue(i >= 0, "no departure " + departure);
    return i;
  }
}
