package org.ruralaccess.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.network.transit.TransitEditor;
import org.ruralaccess.network.transit.TransitNetwork;

/** Scenario modifications on {@link ScenarioFixture}'s network, answers derived by hand. */
class ScenarioApplierTest {

  private static final LocalDate SATURDAY = LocalDate.of(2024, 1, 6);
  private static final LocalDate SUNDAY = LocalDate.of(2024, 1, 7);
  private static final LocalDate MONDAY = LocalDate.of(2024, 1, 8);

  @TempDir static Path dir;
  private static TransitNetwork baseline;

  @BeforeAll
  static void build() throws Exception {
    baseline = ScenarioFixture.network(dir.resolve("gtfs"));
  }

  private static ScenarioApplier.Result apply(String yaml) throws Exception {
    return ScenarioApplier.applyWithChanges(ScenarioFixture.scenario(dir, yaml), baseline);
  }

  @Test
  void s01_addRouteWithExplicitDepartures() throws Exception {
    ScenarioApplier.Result result =
        apply(
            """
            name: new route
            modifications:
              - type: add-route
                id: X1
                stops:
                  - t:A
                  - C
                  - {id: hospital, name: Hospital, lat: 50.2, lon: 0.0}
                runningMinutes: [12, 8]
                dwellSeconds: 30
                departures: ["07:45", "07:00"]
                days: [sun]
            """);
    // A 07:00; C 07:00 + 12 min = 07:12, dwell 30 s; hospital 07:12:30 + 8 min = 07:20:30.
    assertEquals(
        """
        scenario:X1#07:00:00 A 07:00 C 07:12-07:12:30 hospital 07:20:30
        scenario:X1#07:45:00 A 07:45 C 07:57-07:57:30 hospital 08:05:30""",
        ScenarioFixture.timetable(result.network(), "scenario:X1"));
    // the baseline runs nothing on Sundays; the network's dates are January 2024 only
    assertEquals(0, baseline.activeTripCount(SUNDAY));
    assertEquals(2, result.network().activeTripCount(SUNDAY));
    assertEquals(0, result.network().activeTripCount(LocalDate.of(2024, 2, 4)));
    assertEquals(0, result.network().activeTripCount(MONDAY) - baseline.activeTripCount(MONDAY));
    ScenarioApplier.Changes changes = result.changes();
    assertEquals(List.of("scenario:X1"), changes.routesAdded());
    assertEquals(List.of("scenario:hospital"), changes.stopsAdded());
    assertEquals(List.of(), changes.routesChanged());
    assertEquals(6, changes.tripsBefore());
    assertEquals(8, changes.tripsAfter());
  }

  @Test
  void s02_headwayWithinABand() throws Exception {
    TransitNetwork network =
        apply(
                """
                name: R1 every 15 minutes 08:00-09:00
                modifications:
                  - type: change-headway
                    route: t:R1
                    from: "08:00"
                    to: "09:00"
                    headwayMinutes: 15
                """)
            .network();
    // Per pattern, trips leaving in [08:00, 09:00) go: T1, T2 (A-B-C) and TB1 (C-A). Copies of
    // the earliest (T1, TB1) leave at 08:00, 08:15, 08:30, 08:45; T3 (09:30) stays.
    assertEquals(
        """
        t:T1~08:00:00 A 08:00 B 08:10-08:11 C 08:20
        t:TB1~08:00:00 C 08:00 A 08:20
        t:T1~08:15:00 A 08:15 B 08:25-08:26 C 08:35
        t:TB1~08:15:00 C 08:15 A 08:35
        t:T1~08:30:00 A 08:30 B 08:40-08:41 C 08:50
        t:TB1~08:30:00 C 08:30 A 08:50
        t:T1~08:45:00 A 08:45 B 08:55-08:56 C 09:05
        t:TB1~08:45:00 C 08:45 A 09:05
        t:T3 A 09:30 B 09:40-09:41 C 09:50""",
        ScenarioFixture.timetable(network, "t:R1"));
  }

  @Test
  void s02b_headwayInOneDirection() throws Exception {
    TransitNetwork network =
        apply(
                """
                name: towards C only
                modifications:
                  - type: change-headway
                    route: t:R1
                    towards: t:C
                    from: "08:00"
                    to: "09:00"
                    headwayMinutes: 20
                """)
            .network();
    // A-B-C: 08:00, 08:20, 08:40 and T3; C-A keeps TB1: 5 R1 trips, plus U1, U2.
    assertEquals(7, network.tripCount());
    assertTrue(ScenarioFixture.timetable(network, "t:R1").contains("t:TB1 C 08:00 A 08:20"));
  }

  @Test
  void s03_removeRoute() throws Exception {
    ScenarioApplier.Result result =
        apply(
            """
            name: no R2
            modifications:
              - type: remove-routes
                routes: [R2]
            """);
    // R2 had U1 and U2: 6 - 2 = 4 trips, one route left
    assertEquals(4, result.network().tripCount());
    assertEquals(1, result.network().routeCount());
    assertEquals(List.of("t:R2"), result.changes().routesRemoved());
    assertEquals(baseline.stopCount(), result.network().stopCount());
  }

  @Test
  void s04_changeDaysOfOperation() throws Exception {
    TransitNetwork network =
        apply(
                """
                name: R1 at weekends only, R2's Saturday trip on Sundays too
                modifications:
                  - type: change-days
                    route: t:R1
                    days: [sat, sunday]
                  - type: change-days
                    route: t:R2
                    service: SATURDAY
                    days: [sat, sun]
                """)
            .network();
    // Monday: baseline T1, T2, T3, TB1, U1 = 5; now only U1. Saturday: U2 + R1's 4 = 5.
    // Sunday: nothing before; now R1's 4 + U2 = 5.
    assertEquals(5, baseline.activeTripCount(MONDAY));
    assertEquals(1, network.activeTripCount(MONDAY));
    assertEquals(5, network.activeTripCount(SATURDAY));
    assertEquals(5, network.activeTripCount(SUNDAY));
    // the shared WEEKDAY service is still there, unchanged, for U1
    assertEquals(baseline.serviceCount() + 2, network.serviceCount());
  }

  @Test
  void s05_fasterRunning() throws Exception {
    TransitNetwork network =
        apply(
                """
                name: R1 towards C 25% faster
                modifications:
                  - type: adjust-speed
                    route: t:R1
                    towards: t:C
                    factor: 1.25
                """)
            .network();
    // A->B 600 s / 1.25 = 480 s; B->C 540 s / 1.25 = 432 s = 7 min 12 s; dwell at B stays 60 s.
    // T1: A 08:00, B 08:08-08:09, C 08:09 + 7:12 = 08:16:12. TB1 (towards A) unchanged.
    assertEquals(
        """
        t:T1 A 08:00 B 08:08-08:09 C 08:16:12
        t:TB1 C 08:00 A 08:20
        t:T2 A 08:30 B 08:38-08:39 C 08:46:12
        t:T3 A 09:30 B 09:38-09:39 C 09:46:12""",
        ScenarioFixture.timetable(network, "t:R1"));
  }

  @Test
  void s06_unknownRouteAndStop_allErrorsWithLines() throws Exception {
    Scenario scenario =
        ScenarioFixture.scenario(
            dir,
            """
            name: broken
            modifications:
              - type: remove-routes
                routes: [t:R1, NOPE]
              - type: add-stops
                route: t:R2
                after: t:Z
                stops: [t:A]
            """);
    BadInputException error =
        assertThrows(BadInputException.class, () -> ScenarioApplier.apply(scenario, baseline));
    assertEquals(
        """
        scenario 'broken': 2 errors
          line 4: unknown route 'NOPE'; expected a namespaced id such as feed:NOPE
          line 7: unknown stop 't:Z': the network has no such id""",
        error.getMessage());
  }

  @Test
  void s06b_badFieldsReportedByLine() {
    BadInputException error =
        assertThrows(
            BadInputException.class,
            () ->
                ScenarioFixture.scenario(
                    dir,
                    """
                    name: bad
                    modifications:
                      - type: change-headway
                        route: t:R1
                        from: "8h"
                        to: "09:00"
                        headwayMinute: 10
                    """));
    String message = error.getMessage();
    assertTrue(message.contains("3 errors"), message);
    assertTrue(message.contains("line 3 (modifications.0): missing required setting"), message);
    assertTrue(message.contains("line 5 (modifications.0.from): '8h' is not a time"), message);
    assertTrue(
        message.contains("line 7 (modifications.0.headwayMinute): unknown setting"), message);
  }

  @Test
  void s07_baselineNeverChanges() throws Exception {
    byte[] before = ScenarioFixture.bytes(baseline);
    apply(
        """
        name: many changes
        modifications:
          - type: remove-routes
            routes: [t:R2]
          - type: adjust-dwell
            route: t:R1
            dwellSeconds: 300
          - type: add-stops
            route: t:R1
            after: t:A
            stops: [{id: mid, lat: 50.025, lon: 0.0}]
        """);
    assertArrayEquals(before, ScenarioFixture.bytes(baseline));
  }

  @Test
  void s08_deterministicBytes() throws Exception {
    String yaml =
        """
        name: twice
        modifications:
          - type: change-headway
            route: t:R1
            from: "07:00"
            to: "10:00"
            headwayMinutes: 7
          - type: add-route
            id: X2
            stops: [t:D, {id: north, lat: 50.3, lon: 0.0}]
            runningMinutes: [9.5]
            headways: [{from: "06:00", to: "08:00", minutes: 30}]
            days: [mon, tue]
        """;
    byte[] first = ScenarioFixture.bytes(apply(yaml).network());
    byte[] second = ScenarioFixture.bytes(apply(yaml).network());
    assertArrayEquals(first, second);
    assertFalse(Arrays.equals(first, ScenarioFixture.bytes(baseline)));
    // a copy edited by nothing builds the very same network
    assertArrayEquals(
        ScenarioFixture.bytes(baseline), ScenarioFixture.bytes(TransitEditor.of(baseline).build()));
  }

  @Test
  void s09_dwellTime() throws Exception {
    TransitNetwork network =
        apply(
                """
                name: longer stops
                modifications:
                  - type: adjust-dwell
                    route: t:R1
                    dwellSeconds: 180
                """)
            .network();
    // B's dwell 60 s -> 180 s: C 2 min later. TB1 has no intermediate stop.
    assertTrue(
        ScenarioFixture.timetable(network, "t:R1")
            .startsWith("t:T1 A 08:00 B 08:10-08:13 C 08:22\nt:TB1 C 08:00 A 08:20\n"));
  }

  @Test
  void s10_removeStops() throws Exception {
    TransitNetwork network =
        apply(
                """
                name: R1 no longer calls at A
                modifications:
                  - type: remove-stops
                    route: t:R1
                    stops: [t:A]
                """)
            .network();
    // T1-T3 keep B and C; TB1 (C, A) keeps one stop and goes: 6 - 1 = 5 trips
    assertEquals(5, network.tripCount());
    assertTrue(
        ScenarioFixture.timetable(network, "t:R1")
            .startsWith("t:T1 B 08:10-08:11 C 08:20\nt:T2 B 08:40-08:41 C 08:50"));
  }

  @Test
  void s11_addStopBetweenTwoStops() throws Exception {
    ScenarioApplier.Result result =
        apply(
            """
            name: a stop halfway between A and B
            modifications:
              - type: add-stops
                route: t:R1
                after: t:A
                stops: [{id: mid, lat: 50.025, lon: 0.0}]
                dwellSeconds: 60
            """);
    // mid is halfway along the meridian: half of A->B's 600 s = 300 s, then 60 s dwell, moving
    // B and C 1 min later. TB1 calls at A only as its last stop: unchanged.
    assertEquals(
        """
        t:T1 A 08:00 mid 08:05-08:06 B 08:11-08:12 C 08:21
        t:TB1 C 08:00 A 08:20""",
        String.join(
            "\n", ScenarioFixture.timetable(result.network(), "t:R1").lines().limit(2).toList()));
    assertEquals(List.of("t:R1"), result.changes().routesChanged());
    assertEquals(List.of("scenario:mid"), result.changes().stopsAdded());
  }

  @Test
  void s06c_addRouteProblemsAllAtOnce() {
    BadInputException error =
        assertThrows(
            BadInputException.class,
            () ->
                ScenarioFixture.scenario(
                    dir,
                    """
                    name: bad route
                    modifications:
                      - type: add-route
                        id: X 1
                        stops: [t:A, t:B, t:C]
                        runningMinutes: [5]
                        days: [mon, funday]
                    """));
    String message = error.getMessage();
    assertTrue(message.contains("4 errors"), message);
    assertTrue(message.contains("line 3 (modifications.0): add-route needs 'departures'"), message);
    assertTrue(message.contains("line 4 (modifications.0.id): 'X 1' may use"), message);
    assertTrue(
        message.contains("line 6 (modifications.0.runningMinutes): 'runningMinutes' has 1"),
        message);
    assertTrue(message.contains("line 7 (modifications.0.days.1): 'funday' is not a day"), message);
  }

  @Test
  void s06d_resolveProblems_noDaysAndUnknownRoute() throws Exception {
    Scenario scenario =
        ScenarioFixture.scenario(
            dir,
            """
            name: no days
            modifications:
              - type: add-route
                id: X3
                stops: [t:A, {id: n, lat: 50.3, lon: 0}]
                runningMinutes: [5]
                departures: ["07:00"]
                days: [sun]
                startDate: 2024-01-08
                endDate: 2024-01-12
              - type: change-days
                route: t:R9
                days: [mon]
            """);
    // 8-12 January 2024 is Monday to Friday: no Sunday. R9 does not exist.
    BadInputException error =
        assertThrows(BadInputException.class, () -> ScenarioApplier.apply(scenario, baseline));
    assertEquals(
        List.of(
            "scenario 'no days': 2 errors",
            "  line 8: [sun] between 2024-01-08 and 2024-01-12 is no day at all; check the days"
                + " and the dates",
            "  line 12: unknown route 't:R9': the network has no such id"),
        error.getMessage().lines().toList());
  }

  @Test
  void s18_removeTripsByIdAndByBand() throws Exception {
    TransitNetwork network =
        apply(
                """
                name: fewer trips
                modifications:
                  - type: remove-trips
                    trips: [t:T2, U2]
                  - type: remove-trips
                    route: t:R1
                    from: "09:00"
                    to: "10:00"
                """)
            .network();
    // T2 and U2 by id, T3 (09:30) by band: T1, TB1, U1 left
    assertEquals(3, network.tripCount());
    assertEquals(
        "t:T1 A 08:00 B 08:10-08:11 C 08:20\nt:TB1 C 08:00 A 08:20",
        ScenarioFixture.timetable(network, "t:R1"));
  }

  @Test
  void s19_unquotedTimes() throws Exception {
    TransitNetwork network =
        apply(
                """
                name: unquoted
                modifications:
                  - type: remove-trips
                    route: t:R1
                    from: 09:00
                    to: 10:00
                """)
            .network();
    // T3 (09:30) goes
    assertEquals(5, network.tripCount());
  }

  @Test
  void s20_changesThatWouldDoNothingAreErrors() throws Exception {
    Scenario scenario =
        ScenarioFixture.scenario(
            dir,
            """
            name: nothing to do
            modifications:
              - type: change-headway
                route: t:R2
                from: "12:00"
                to: "14:00"
                headwayMinutes: 10
              - type: remove-stops
                route: t:R2
                stops: [t:A]
            """);
    // R2 leaves at 08:05 and 10:05 only, and calls at B and D
    BadInputException error =
        assertThrows(BadInputException.class, () -> ScenarioApplier.apply(scenario, baseline));
    assertEquals(
        List.of(
            "scenario 'nothing to do': 2 errors",
            "  line 3: route t:R2 has no trip leaving between 12:00:00 and 14:00:00, so there is"
                + " no timetable to repeat; use add-route for a new service",
            "  line 10: route t:R2 never calls at t:A"),
        error.getMessage().lines().toList());
  }
}
