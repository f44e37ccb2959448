package org.ruralaccess.routing.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.routing.fixture.TimetableText;

/** Pins the OTP behaviour the oracle relies on, so an OTP upgrade that changes it fails here. */
class OtpRaptorOracleTest {

  private static final TimetableText CHAIN =
      TimetableText.parse(
          """
          stops A B C
          pattern A B
            08:00 08:10
          pattern B C
            08:15 08:25
          """);

  @Test
  void otpMaxNumberOfTransfersCountsRides() {
    // Two rides A-B, B-C (one transfer). Raw OTP 2.7 with maxNumberOfTransfers(1) runs one transit
    // round only, so C is unreached; with 2 it is reached at 08:25. The oracle adds the 1.
    int depart = ClockTime.parseSeconds("07:55");
    int[] oneRide = {depart, 8 * 3600 + 600, OtpRaptorOracle.UNREACHED};
    int[] twoRides = {depart, 8 * 3600 + 600, 8 * 3600 + 1500};
    OtpRaptorOracle oracle = new OtpRaptorOracle(CHAIN.timetable());
    int[] access = {0};
    int[] zero = {0};
    assertArrayEquals(oneRide, oracle.earliestArrivals(access, zero, depart, 0, 60, 0));
    assertArrayEquals(twoRides, oracle.earliestArrivals(access, zero, depart, 1, 60, 0));
    assertArrayEquals(
        oneRide, oracle.rawOtpEarliestArrivals(access, zero, depart, 1, 60), "raw OTP, 1");
    assertArrayEquals(
        twoRides, oracle.rawOtpEarliestArrivals(access, zero, depart, 2, 60), "raw OTP, 2");
  }
}
