package org.ruralaccess.routing.oracle;

import org.opentripplanner.raptor.api.model.RaptorAccessEgress;
import org.opentripplanner.raptor.api.model.RaptorTransfer;

/** Access, egress and footpath legs for OTP; costs are 0 because we compare times only. */
final class OtpLegs {

  private OtpLegs() {}

  /** A walk to or from a stop, available at any time. */
  record Street(int stop, int durationInSeconds) implements RaptorAccessEgress {
    @Override
    public int c1() {
      return 0;
    }

    @Override
    public int earliestDepartureTime(int requestedDepartureTime) {
      return requestedDepartureTime;
    }

    @Override
    public int latestArrivalTime(int requestedArrivalTime) {
      return requestedArrivalTime;
    }

    @Override
    public boolean hasOpeningHours() {
      return false;
    }
  }

  record Footpath(int stop, int durationInSeconds) implements RaptorTransfer {
    @Override
    public int c1() {
      return 0;
    }
  }
}
