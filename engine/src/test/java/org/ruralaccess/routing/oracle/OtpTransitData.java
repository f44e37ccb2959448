package org.ruralaccess.routing.oracle;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import org.opentripplanner.raptor.api.model.RaptorAccessEgress;
import org.opentripplanner.raptor.api.model.RaptorStopNameResolver;
import org.opentripplanner.raptor.api.model.RaptorTransfer;
import org.opentripplanner.raptor.api.model.RaptorTransferConstraint;
import org.opentripplanner.raptor.spi.DefaultSlackProvider;
import org.opentripplanner.raptor.spi.IntIterator;
import org.opentripplanner.raptor.spi.RaptorConstrainedBoardingSearch;
import org.opentripplanner.raptor.spi.RaptorCostCalculator;
import org.opentripplanner.raptor.spi.RaptorPathConstrainedTransferSearch;
import org.opentripplanner.raptor.spi.RaptorRoute;
import org.opentripplanner.raptor.spi.RaptorSlackProvider;
import org.opentripplanner.raptor.spi.RaptorTransitDataProvider;
import org.ruralaccess.routing.RaptorTimetable;

/**
 * Our {@link RaptorTimetable} behind OTP's {@link RaptorTransitDataProvider}. One extra stop,
 * {@link #unreachableStop()}, has no patterns and no footpaths: the oracle puts the egress there so
 * that OTP never "arrives at the destination" and never cuts rounds short.
 *
 * <p>Slack as in our worker: board slack on every boarding, no alight slack, no transfer slack.
 */
final class OtpTransitData implements RaptorTransitDataProvider<OtpTrip> {

  private static final int SERVICE_DAY_END_SECONDS = 48 * 3600;

  private final RaptorTimetable timetable;
  private final OtpPattern[] patterns;
  private final List<List<RaptorTransfer>> transfersFrom;
  private final List<List<RaptorTransfer>> transfersTo;
  private final RaptorSlackProvider slack;

  private OtpTransitData(
      RaptorTimetable timetable,
      OtpPattern[] patterns,
      List<List<RaptorTransfer>> transfersFrom,
      List<List<RaptorTransfer>> transfersTo,
      int boardSlackSeconds) {
    this.timetable = timetable;
    this.patterns = patterns;
    this.transfersFrom = transfersFrom;
    this.transfersTo = transfersTo;
    this.slack = new DefaultSlackProvider(0, boardSlackSeconds, 0);
  }

  static OtpTransitData of(RaptorTimetable timetable, int boardSlackSeconds) {
    OtpPattern[] patterns = new OtpPattern[timetable.patternCount()];
    for (int p = 0; p < patterns.length; p++) {
      patterns[p] = new OtpPattern(timetable, p);
    }
    int stops = timetable.stopCount() + 1;
    List<List<RaptorTransfer>> from = new ArrayList<>();
    List<List<RaptorTransfer>> to = new ArrayList<>();
    for (int s = 0; s < stops; s++) {
      from.add(new ArrayList<>());
      to.add(new ArrayList<>());
    }
    for (int s = 0; s < timetable.stopCount(); s++) {
      for (int i = 0; i < timetable.transferCount(s); i++) {
        int target = timetable.transferTarget(s, i);
        int seconds = timetable.transferDurationSeconds(s, i);
        from.get(s).add(new OtpLegs.Footpath(target, seconds));
        to.get(target).add(new OtpLegs.Footpath(s, seconds));
      }
    }
    return new OtpTransitData(timetable, patterns, from, to, boardSlackSeconds);
  }

  /** The same network with another board slack (patterns and footpaths shared). */
  OtpTransitData withBoardSlack(int boardSlackSeconds) {
    return new OtpTransitData(timetable, patterns, transfersFrom, transfersTo, boardSlackSeconds);
  }

  int unreachableStop() {
    return timetable.stopCount();
  }

  @Override
  public int numberOfStops() {
    return timetable.stopCount() + 1;
  }

  @Override
  public Iterator<? extends RaptorTransfer> getTransfersFromStop(int fromStop) {
    return transfersFrom.get(fromStop).iterator();
  }

  @Override
  public Iterator<? extends RaptorTransfer> getTransfersToStop(int toStop) {
    return transfersTo.get(toStop).iterator();
  }

  @Override
  public IntIterator routeIndexIterator(IntIterator stops) {
    BitSet routes = new BitSet(patterns.length);
    while (stops.hasNext()) {
      int stop = stops.next();
      if (stop == unreachableStop()) {
        continue;
      }
      for (int v = 0; v < timetable.visitCount(stop); v++) {
        routes.set(timetable.visitPattern(stop, v));
      }
    }
    return new IntIterator() {
      private int next = routes.nextSetBit(0);

      @Override
      public int next() {
        int current = next;
        next = routes.nextSetBit(current + 1);
        return current;
      }

      @Override
      public boolean hasNext() {
        return next >= 0;
      }
    };
  }

  @Override
  public RaptorRoute<OtpTrip> getRouteForIndex(int routeIndex) {
    return patterns[routeIndex];
  }

  @Override
  public RaptorCostCalculator<OtpTrip> multiCriteriaCostCalculator() {
    return ZeroCost.INSTANCE;
  }

  @Override
  public RaptorSlackProvider slackProvider() {
    return slack;
  }

  @Override
  public RaptorPathConstrainedTransferSearch<OtpTrip> transferConstraintsSearch() {
    return (fromTrip, fromStopPosition, toTrip, toStopPosition) -> null;
  }

  @Override
  public RaptorStopNameResolver stopNameResolver() {
    return stop -> "S" + stop;
  }

  @Override
  public int getValidTransitDataStartTime() {
    return 0;
  }

  @Override
  public int getValidTransitDataEndTime() {
    return SERVICE_DAY_END_SECONDS;
  }

  @Override
  public RaptorConstrainedBoardingSearch<OtpTrip> transferConstraintsForwardSearch(int routeIndex) {
    return NoConstraints.INSTANCE;
  }

  @Override
  public RaptorConstrainedBoardingSearch<OtpTrip> transferConstraintsReverseSearch(int routeIndex) {
    return NoConstraints.INSTANCE;
  }

  /** We compare arrival times only, so every cost is zero. */
  private enum ZeroCost implements RaptorCostCalculator<OtpTrip> {
    INSTANCE;

    @Override
    public int boardingCost(
        boolean firstBoarding,
        int prevArrivalTime,
        int boardStop,
        int boardTime,
        OtpTrip trip,
        RaptorTransferConstraint transferConstraints) {
      return ZERO_COST;
    }

    @Override
    public int onTripRelativeRidingCost(int boardTime, OtpTrip tripScheduledBoarded) {
      return ZERO_COST;
    }

    @Override
    public int transitArrivalCost(
        int boardCost, int alightSlack, int transitTime, OtpTrip trip, int toStop) {
      return ZERO_COST;
    }

    @Override
    public int waitCost(int waitTimeInSeconds) {
      return ZERO_COST;
    }

    @Override
    public int calculateRemainingMinCost(int minTravelTime, int minNumTransfers, int fromStop) {
      return ZERO_COST;
    }

    @Override
    public int costEgress(RaptorAccessEgress egress) {
      return ZERO_COST;
    }
  }

  private enum NoConstraints implements RaptorConstrainedBoardingSearch<OtpTrip> {
    INSTANCE;

    @Override
    public boolean transferExistTargetStop(int targetStopPos) {
      return false;
    }

    @Override
    public boolean transferExistSourceStop(int targetStopPos) {
      return false;
    }

    @Override
    public org.opentripplanner.raptor.spi.RaptorBoardOrAlightEvent<OtpTrip> find(
        org.opentripplanner.raptor.spi.RaptorTimeTable<OtpTrip> targetTimetable,
        int transferSlack,
        OtpTrip sourceTrip,
        int sourceStopIndex,
        int prevTransitArrivalTime,
        int earliestBoardTime) {
      return org.opentripplanner.raptor.spi.RaptorBoardOrAlightEvent.empty(earliestBoardTime);
    }
  }
}
