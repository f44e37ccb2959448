package org.ruralaccess.routing.oracle;

import org.opentripplanner.raptor.api.model.RaptorTripPattern;
import org.opentripplanner.raptor.api.model.SearchDirection;
import org.opentripplanner.raptor.spi.RaptorRoute;
import org.opentripplanner.raptor.spi.RaptorTimeTable;
import org.opentripplanner.raptor.spi.RaptorTripScheduleSearch;
import org.ruralaccess.routing.RaptorTimetable;

/** One of our patterns seen as OTP's route, pattern and timetable at once. */
final class OtpPattern
    implements RaptorRoute<OtpTrip>, RaptorTripPattern, RaptorTimeTable<OtpTrip> {

  final RaptorTimetable timetable;
  private final int patternIndex;
  private final OtpTrip[] trips;

  OtpPattern(RaptorTimetable timetable, int patternIndex) {
    this.timetable = timetable;
    this.patternIndex = patternIndex;
    this.trips = new OtpTrip[timetable.tripCount(patternIndex)];
    for (int t = 0; t < trips.length; t++) {
      trips[t] = new OtpTrip(this, t);
    }
  }

  @Override
  public RaptorTimeTable<OtpTrip> timetable() {
    return this;
  }

  @Override
  public RaptorTripPattern pattern() {
    return this;
  }

  @Override
  public OtpTrip getTripSchedule(int index) {
    return trips[index];
  }

  @Override
  public int numberOfTripSchedules() {
    return trips.length;
  }

  @Override
  public RaptorTripScheduleSearch<OtpTrip> tripSearch(SearchDirection direction) {
    return direction.isForward() ? new OtpTripSearch.Board(this) : new OtpTripSearch.Alight(this);
  }

  @Override
  public int patternIndex() {
    return patternIndex;
  }

  @Override
  public int numberOfStopsInPattern() {
    return timetable.stopCountInPattern(patternIndex);
  }

  @Override
  public int stopIndex(int stopPositionInPattern) {
    return timetable.stop(patternIndex, stopPositionInPattern);
  }

  @Override
  public boolean boardingPossibleAt(int stopPositionInPattern) {
    return timetable.canBoard(patternIndex, stopPositionInPattern);
  }

  @Override
  public boolean alightingPossibleAt(int stopPositionInPattern) {
    return timetable.canAlight(patternIndex, stopPositionInPattern);
  }

  @Override
  public int slackIndex() {
    return 0;
  }

  @Override
  public int priorityGroupId() {
    return 0;
  }

  @Override
  public String debugInfo() {
    return "pattern " + patternIndex;
  }
}
