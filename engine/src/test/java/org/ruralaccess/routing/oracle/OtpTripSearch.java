package org.ruralaccess.routing.oracle;

import org.opentripplanner.raptor.api.model.RaptorTransferConstraint;
import org.opentripplanner.raptor.spi.RaptorBoardOrAlightEvent;
import org.opentripplanner.raptor.spi.RaptorTripScheduleSearch;

/**
 * OTP's trip search SPI over one pattern: a plain linear scan, deliberately unlike our worker's
 * binary search, so the oracle does not share its trip-finding code with what it checks.
 */
final class OtpTripSearch {

  private OtpTripSearch() {}

  /** Forward: the first trip (below the index limit) departing at or after the time. */
  record Board(OtpPattern pattern) implements RaptorTripScheduleSearch<OtpTrip> {
    @Override
    public RaptorBoardOrAlightEvent<OtpTrip> search(
        int earliestBoardTime, int stopPositionInPattern, int tripIndexLimit) {
      int end =
          tripIndexLimit == UNBOUNDED_TRIP_INDEX ? pattern.numberOfTripSchedules() : tripIndexLimit;
      for (int t = 0; t < end; t++) {
        OtpTrip trip = pattern.getTripSchedule(t);
        if (trip.departure(stopPositionInPattern) >= earliestBoardTime) {
          return new Event(
              t,
              trip,
              stopPositionInPattern,
              trip.departure(stopPositionInPattern),
              earliestBoardTime);
        }
      }
      return RaptorBoardOrAlightEvent.empty(earliestBoardTime);
    }
  }

  /** Reverse: the last trip (above the index limit) arriving at or before the time. */
  record Alight(OtpPattern pattern) implements RaptorTripScheduleSearch<OtpTrip> {
    @Override
    public RaptorBoardOrAlightEvent<OtpTrip> search(
        int latestAlightTime, int stopPositionInPattern, int tripIndexLimit) {
      int start = tripIndexLimit == UNBOUNDED_TRIP_INDEX ? 0 : tripIndexLimit + 1;
      for (int t = pattern.numberOfTripSchedules() - 1; t >= start; t--) {
        OtpTrip trip = pattern.getTripSchedule(t);
        if (trip.arrival(stopPositionInPattern) <= latestAlightTime) {
          return new Event(
              t,
              trip,
              stopPositionInPattern,
              trip.arrival(stopPositionInPattern),
              latestAlightTime);
        }
      }
      return RaptorBoardOrAlightEvent.empty(latestAlightTime);
    }
  }

  record Event(
      int tripIndex, OtpTrip trip, int stopPositionInPattern, int time, int earliestBoardTime)
      implements RaptorBoardOrAlightEvent<OtpTrip> {
    @Override
    public RaptorTransferConstraint transferConstraint() {
      return RaptorTransferConstraint.REGULAR_TRANSFER;
    }

    @Override
    public boolean empty() {
      return false;
    }
  }
}
