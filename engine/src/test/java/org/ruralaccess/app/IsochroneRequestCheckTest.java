package org.ruralaccess.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ruralaccess.analysis.isochrone.IsochroneSettings;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.settings.RoutingSettings;

/** An isochrone request's values checked against the routing settings (max trip 120 minutes). */
class IsochroneRequestCheckTest {

  private static final RoutingSettings ROUTING = RoutingSettings.DEFAULTS;
  private static final MatrixJob.Time WINDOW =
      new MatrixJob.Departing(DepartureWindow.of("2026-03-02", "14:00", "16:00", 7));
  private static final MatrixJob.Time DEADLINE =
      new MatrixJob.ArrivingBy(LocalDate.of(2026, 3, 2), 10 * 3600, "10:00", 60);

  @Test
  void aWindowBecomesItsDepartures() {
    IsochroneSettings settings =
        IsochroneRequestCheck.settings(
            job(new IsochroneJob.FromZone("Z"), WINDOW, 100, 15, 60), ROUTING);
    // 14:00 to 16:00 exclusive every 7 minutes: 14:00, 14:07, ..., 15:59 = ceil(120 / 7) = 18,
    // as rae matrix counts them
    assertEquals(18, settings.departureCount());
    assertEquals(14 * 3600, settings.firstSeconds());
    assertArrayEquals(new int[] {900, 3600}, settings.cutoffSeconds());
    assertEquals(3600, settings.maxTripSeconds());
  }

  @Test
  void aCatchmentHasOneDeadline() {
    IsochroneSettings settings =
        IsochroneRequestCheck.settings(
            job(new IsochroneJob.ToDestination("J81074"), DEADLINE, 100, 30), ROUTING);
    assertEquals(1, settings.departureCount());
    assertEquals(36_000, settings.firstSeconds());
    assertEquals(true, settings.arriveBy());
  }

  @Test
  void badValuesNameTheirFlag() {
    IsochroneJob.Places zone = new IsochroneJob.FromZone("Z");
    assertEquals("--cutoffs 30,15: must be increasing", message(job(zone, WINDOW, 100, 30, 15)));
    assertEquals(
        "--cutoffs 0,15: 0 is not a positive number of minutes",
        message(job(zone, WINDOW, 100, 0, 15)));
    assertEquals(
        "--cutoffs 60,121: 121 is above the max trip time of 120 minutes (raise it with"
            + " --max-minutes)",
        message(job(zone, WINDOW, 100, 60, 121)));
    assertEquals(
        "--cell-size: 9.5 m is outside 10 m to 2,000 m", message(job(zone, WINDOW, 9.5, 15)));
    assertEquals(
        "--cell-size: 2001 m is outside 10 m to 2,000 m", message(job(zone, WINDOW, 2001, 15)));
    assertEquals(
        "--arrive-by is for catchments: give --to-lat/--to-lon, --to-destination or"
            + " --all-destinations instead of an origin",
        message(job(zone, DEADLINE, 100, 15)));
    assertEquals(
        "--arrive-by HH:MM is needed with --to-lat/--to-lon, --to-destination or"
            + " --all-destinations (catchments reach a destination by a deadline)",
        message(job(new IsochroneJob.ToCategory("gp"), WINDOW, 100, 15)));
  }

  private static String message(IsochroneJob job) {
    return assertThrows(BadInputException.class, () -> IsochroneRequestCheck.settings(job, ROUTING))
        .getMessage();
  }

  private static IsochroneJob job(
      IsochroneJob.Places places, MatrixJob.Time time, double cellMeters, int... cutoffs) {
    return new IsochroneJob(
        places, time, TravelMode.TRANSIT, 50, cutoffs, cellMeters, null, null, null);
  }
}
