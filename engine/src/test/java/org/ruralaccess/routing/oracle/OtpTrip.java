package org.ruralaccess.routing.oracle;

import org.opentripplanner.raptor.api.model.RaptorTripPattern;
import org.opentripplanner.raptor.api.model.RaptorTripSchedule;

/** One trip of an {@link OtpPattern}, reading its times from our timetable. */
final class OtpTrip implements RaptorTripSchedule {

  private final OtpPattern pattern;
  private final int tripIndex;

  OtpTrip(OtpPattern pattern, int tripIndex) {
    this.pattern = pattern;
    this.tripIndex = tripIndex;
  }

  int tripIndex() {
    return tripIndex;
  }

  @Override
  public int tripSortIndex() {
    return tripIndex;
  }

  @Override
  public int arrival(int stopPosInPattern) {
    return pattern.timetable.arrivalSeconds(pattern.patternIndex(), tripIndex, stopPosInPattern);
  }

  @Override
  public int departure(int stopPosInPattern) {
    return pattern.timetable.departureSeconds(pattern.patternIndex(), tripIndex, stopPosInPattern);
  }

  @Override
  public RaptorTripPattern pattern() {
    return pattern;
  }

  @Override
  public String toString() {
    return "trip " + tripIndex + " of pattern " + pattern.patternIndex();
  }
}
