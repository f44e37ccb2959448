package org.ruralaccess.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.ingest.community.SchemeFileReader;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * Scenario changes to community transport schemes, on {@link ScenarioFixture}'s timetable (stops
 * t:A at lat 50.00 to t:D at 50.15) and two baseline schemes: a dial-a-ride and a Tuesday bus.
 */
class SchemeModificationsTest {

  private static final String BASE_SCHEMES =
      """
      id: base
      schemes:
        - id: dar
          name: Dial-a-ride
          kind: dial_a_ride
          days: [monday, wednesday, friday]
          hours: ["09:00-16:00"]
          area:
            geojson: {type: Polygon, coordinates: [[[-0.1, 49.9], [0.1, 49.9], [0.1, 50.2], [-0.1, 49.9]]]}
          booking: {type: prior_days, days: 1, latest_time: "16:00"}
          eligibility: [age_60_plus]
        - id: market-bus
          kind: fixed_route
          days: [tuesday]
          stops:
            - {name: Green, lat: 50.0, lon: 0.0, time: "09:00"}
            - {name: Market, lat: 50.2, lon: 0.0, time: "09:30"}
      """;

  @TempDir static Path dir;
  private static TransitNetwork transit;
  private static CommunityTransport schemes;

  @BeforeAll
  static void build() throws Exception {
    transit = ScenarioFixture.network(dir.resolve("gtfs"));
    Path file = dir.resolve("base-schemes.yaml");
    Files.writeString(file, BASE_SCHEMES);
    schemes = new CommunityTransport(SchemeFileReader.read(file));
  }

  private static ScenarioApplier.Result apply(String yaml) throws Exception {
    return ScenarioApplier.applyWithChanges(ScenarioFixture.scenario(dir, yaml), transit, schemes);
  }

  /** One line per scheme: id, kind, days, hours, booking, eligibility, vehicle time, stops. */
  private static String describe(Scheme s) {
    var days = s.days();
    return s.id()
        + " "
        + s.kind()
        + " "
        + days.weekdays()
        + (days.startDate().equals(LocalDate.MIN) ? "" : " from " + days.startDate())
        + " hours "
        + s.windows().stream()
            .map(w -> ClockTime.format(w.startSeconds()) + "-" + ClockTime.format(w.endSeconds()))
            .toList()
        + " booking "
        + s.booking()
        + " "
        + s.eligibility().groups()
        + " vehicle "
        + s.vehicleTimeFactor()
        + "x+"
        + (int) s.vehicleTimeOffsetSeconds()
        + "s areas "
        + s.areas().size()
        + " stops "
        + s.stops().stream()
            .map(
                stop ->
                    stop.stopId()
                        + "@"
                        + stop.lat()
                        + ","
                        + stop.lon()
                        + " "
                        + ClockTime.format(stop.departureSeconds()))
            .collect(Collectors.joining(" "));
  }

  @Test
  void s21_addADialARideScheme() throws Exception {
    ScenarioApplier.Result result =
        apply(
            """
            name: west dial-a-ride
            modifications:
              - type: add-scheme
                scheme:
                  id: west
                  kind: dial_a_ride
                  days: [tuesday, thursday]
                  hours: ["09:30-15:00"]
                  area:
                    geojson: {type: Polygon, coordinates: [[[0, 50], [1, 50], [1, 51], [0, 50]]]}
                  booking: {type: same_day, notice_minutes: 120}
                  eligibility: [disabled]
                  vehicle_time: {factor: 1.5, offset_minutes: 10}
            """);
    // offset 10 min = 600 s; the inline scheme is namespaced scenario:
    assertEquals(
        "scenario:west DIAL_A_RIDE [TUESDAY, THURSDAY] hours [09:30:00-15:00:00] booking"
            + " BookingRule[type=SAME_DAY, minimumNoticeMinutes=120, priorDays=0,"
            + " latestTimeSeconds=0] [DISABLED] vehicle 1.5x+600s areas 1 stops ",
        describe(result.communityTransport().scheme("scenario:west")));
    assertEquals(
        List.of("base:dar", "base:market-bus", "scenario:west"),
        result.communityTransport().schemes().stream().map(Scheme::id).toList());
    assertEquals(List.of("scenario:west"), result.changes().schemesAdded());
    assertEquals(List.of(), result.changes().schemesRemoved());
    assertEquals(List.of(), result.changes().schemesChanged());
    assertEquals(List.of(), result.changes().routesAdded());
  }

  @Test
  void s22_addASchemeFileWhoseBusCallsAtTimetableStops() throws Exception {
    Files.writeString(
        dir.resolve("more.yaml"),
        """
        id: more
        schemes:
          - id: link
            kind: fixed_route
            days: [friday]
            stops:
              - {stop_id: "t:A", time: "10:00"}
              - {stop_id: "C", time: "10:20"}
        """);
    ScenarioApplier.Result result =
        apply(
            """
            name: link bus
            modifications:
              - type: add-scheme
                file: more.yaml
            """);
    // stop C without its feed prefix is t:C, the only C; both take their stop's position
    assertEquals(
        "more:link FIXED_ROUTE [FRIDAY] hours [] booking BookingRule[type=NONE,"
            + " minimumNoticeMinutes=0, priorDays=0, latestTimeSeconds=0] [EVERYONE] vehicle"
            + " 1.0x+0s areas 0 stops t:A@50.0,0.0 10:00:00 t:C@50.1,0.0 10:20:00",
        describe(result.communityTransport().scheme("more:link")));
    assertEquals(List.of("more:link"), result.changes().schemesAdded());
  }

  @Test
  void s23_removeAScheme() throws Exception {
    ScenarioApplier.Result result =
        apply(
            """
            name: no market bus
            modifications:
              - type: remove-schemes
                schemes: [market-bus]
            """);
    assertEquals(
        List.of("base:dar"),
        result.communityTransport().schemes().stream().map(Scheme::id).toList());
    assertEquals(List.of("base:market-bus"), result.changes().schemesRemoved());
  }

  @Test
  void s24_changeDaysBookingAndEligibility() throws Exception {
    ScenarioApplier.Result result =
        apply(
            """
            name: dial-a-ride for all, Tuesdays from mid-January
            modifications:
              - type: change-scheme
                scheme: base:dar
                days: [tuesday]
                valid_from: 2024-01-15
                booking: {type: same_day, notice_minutes: 30}
                eligibility: [everyone]
            """);
    Scheme changed = result.communityTransport().scheme("base:dar");
    // hours, area and vehicle time as before
    assertEquals(
        "base:dar DIAL_A_RIDE [TUESDAY] from 2024-01-15 hours [09:00:00-16:00:00] booking"
            + " BookingRule[type=SAME_DAY, minimumNoticeMinutes=30, priorDays=0,"
            + " latestTimeSeconds=0] [EVERYONE] vehicle 1.0x+0s areas 1 stops ",
        describe(changed));
    // Tuesday 9 January is before valid_from; Tuesday 16th runs; Wednesday 17th no longer does
    assertFalse(changed.days().runsOn(LocalDate.of(2024, 1, 9)));
    assertTrue(changed.days().runsOn(LocalDate.of(2024, 1, 16)));
    assertFalse(changed.days().runsOn(LocalDate.of(2024, 1, 17)));
    assertEquals(List.of("base:dar"), result.changes().schemesChanged());
  }

  @Test
  void s25_readingErrorsAllAtOnceWithLines() {
    BadInputException error =
        assertThrows(
            BadInputException.class,
            () ->
                ScenarioFixture.scenario(
                    dir,
                    """
                    name: bad
                    modifications:
                      - type: add-scheme
                        scheme:
                          id: west
                          kind: dial_a_ride
                          days: [tuesdy]
                          hours: ["09:30-15:00"]
                          notice: 60
                          area: {geojson: {type: Polygon, coordinates: [[[0, 50], [1, 50], [1, 51], [0, 50]]]}}
                      - type: change-scheme
                        scheme: base:dar
                      - type: remove-schemes
                        schemes: []
                    """));
    String message = error.getMessage();
    assertTrue(message.contains("4 errors"), message);
    assertTrue(
        message.contains(
            "line 7 (modifications.0.scheme.days.0): 'tuesdy' is not a day; expected monday,"
                + " tuesday, ... sunday"),
        message);
    assertTrue(
        message.contains(
            "line 9 (modifications.0.scheme.notice): unknown setting 'notice'. Expected one of:"),
        message);
    assertTrue(
        message.contains(
            "line 11 (modifications.1): change-scheme needs one or more of: days, valid_from,"
                + " valid_until, hours, booking, eligibility, vehicle_time, area"),
        message);
    assertTrue(
        message.contains(
            "line 14 (modifications.2.schemes): 'schemes' must be a non-empty list of ids"),
        message);
  }

  @Test
  void s26_resolveErrorsAllAtOnce() throws Exception {
    Files.writeString(
        dir.resolve("clash.yaml"),
        """
        id: base
        schemes:
          - {id: dar, kind: fixed_route, days: [friday], stops: [{stop_id: Z, time: "10:00"}, {stop_id: "t:A", time: "10:20"}]}
        """);
    Scenario scenario =
        ScenarioFixture.scenario(
            dir,
            """
            name: broken
            modifications:
              - type: remove-schemes
                schemes: [base:darr]
              - type: add-scheme
                file: clash.yaml
              - type: change-scheme
                scheme: market-bus
                hours: ["09:00-12:00"]
                valid_from: 2024-02-01
                valid_until: 2024-01-01
            """);
    BadInputException error =
        assertThrows(
            BadInputException.class,
            () -> ScenarioApplier.applyWithChanges(scenario, transit, schemes));
    assertEquals(
        """
        scenario 'broken': 5 errors
          line 4: unknown scheme 'base:darr': the network has no such id; did you mean 'base:dar'?
          line 5: scheme base:dar is already in the network
          line 5: unknown stop 'Z'; expected a namespaced id such as feed:Z
          line 7: scheme base:market-bus: 'hours' is not used by a fixed_route scheme; its times\
         are on its stops
          line 7: scheme base:market-bus would run from 2024-02-01 until 2024-01-01, which ends\
         before it starts""",
        error.getMessage());
  }

  @Test
  void s27_baselineUnchangedAfterApply() throws Exception {
    byte[] transitBefore = ScenarioFixture.bytes(transit);
    List<Scheme> schemesBefore = List.copyOf(schemes.schemes());
    ScenarioApplier.Result result =
        apply(
            """
            name: many changes
            modifications:
              - type: remove-schemes
                schemes: [base:market-bus]
              - type: change-scheme
                scheme: base:dar
                eligibility: [everyone]
              - type: remove-routes
                routes: [t:R2]
            """);
    assertEquals(schemesBefore, schemes.schemes());
    assertEquals("[AGE_60_PLUS]", schemes.scheme("base:dar").eligibility().groups().toString());
    assertArrayEquals(transitBefore, ScenarioFixture.bytes(transit));
    assertEquals(List.of("t:R2"), result.changes().routesRemoved());
    assertEquals(1, result.communityTransport().schemes().size());
  }
}
