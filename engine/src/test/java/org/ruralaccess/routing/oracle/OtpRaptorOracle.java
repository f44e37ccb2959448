package org.ruralaccess.routing.oracle;

import java.util.ArrayList;
import java.util.List;
import org.opentripplanner.raptor.RaptorService;
import org.opentripplanner.raptor.api.model.RaptorAccessEgress;
import org.opentripplanner.raptor.api.model.SearchDirection;
import org.opentripplanner.raptor.api.request.RaptorProfile;
import org.opentripplanner.raptor.api.request.RaptorRequestBuilder;
import org.opentripplanner.raptor.api.response.StopArrivals;
import org.opentripplanner.raptor.configure.RaptorConfig;
import org.ruralaccess.routing.RaptorTimetable;

/**
 * Earliest arrival at every stop computed by OpenTripPlanner's raptor (2.7.0), to check our {@code
 * RangeRaptorWorker} against an independent implementation.
 *
 * <p>How the per-stop arrivals come out of OTP: a {@link RaptorProfile#STANDARD} request with
 * {@code searchOneIterationOnly()} is not a "dynamic" search, so {@link RaptorService} runs the
 * standard worker directly and returns {@code DefaultStopArrivals}, whose {@code
 * bestArrivalTime(stop)} is the best arrival over all rounds, by transit or by footpath, including
 * the access arrival itself. One request gives all stops, so we need neither the debug listener nor
 * one request per target. The STANDARD profile (not BEST_TIME) is required for exactness with a
 * transfer limit: BEST_TIME boards from the overall best time, which may have been improved in the
 * current round (OTP's own comment in {@code StdRangeRaptorWorkerState.bestTimePreviousRound}), so
 * it can use one more vehicle than the round allows.
 *
 * <p>The egress leg goes to an extra stop no pattern or footpath reaches, so the destination is
 * never reached and OTP runs every round up to {@code maxTransfers + 1} rides. Slack: board slack
 * as given, alight slack 0, transfer slack 0. Minimum transfer times at stops are not passed (OTP
 * models them as constrained transfers); compare only timetables without them.
 */
public final class OtpRaptorOracle {

  /** Marks a stop OTP did not reach in the arrays returned here. */
  public static final int UNREACHED = -1;

  /**
   * OTP 2.7's {@code maxNumberOfTransfers(k)} allows k rides, i.e. k-1 transfers: {@code
   * SearchContext.nRounds()} is k+1 including the access round 0, and {@code
   * RoundTracker.hasMoreRounds()} runs transit rounds only while {@code round + 1 < nRounds}. We
   * pass {@code maxTransfers + 1} so both allow {@code maxTransfers + 1} rides; {@code
   * OtpRaptorOracleTest} pins this behaviour.
   */
  static final int OTP_RIDES_PER_TRANSFER_OFFSET = 1;

  private final OtpTransitData transitData;
  private final RaptorService<OtpTrip> service =
      new RaptorService<>(RaptorConfig.defaultConfigForTest());

  public OtpRaptorOracle(RaptorTimetable timetable) {
    this.transitData = OtpTransitData.of(timetable, 0);
  }

  /** One-off convenience: builds the adapter and runs one departure. */
  public static int[] earliestArrivals(
      RaptorTimetable timetable,
      int[] accessStops,
      int[] accessSeconds,
      int departureSeconds,
      int maxTransfers,
      int boardSlackSeconds) {
    return new OtpRaptorOracle(timetable)
        .earliestArrivals(
            accessStops, accessSeconds, departureSeconds, maxTransfers, boardSlackSeconds, 0);
  }

  /**
   * Earliest arrival at each stop ({@link #UNREACHED} if none) for one departure.
   *
   * @param maxTripDurationSeconds if positive, OTP's latest arrival time is set to departure plus
   *     this, which discards later arrivals as our worker does
   */
  public int[] earliestArrivals(
      int[] accessStops,
      int[] accessSeconds,
      int departureSeconds,
      int maxTransfers,
      int boardSlackSeconds,
      int maxTripDurationSeconds) {
    return standardSearch(
        accessStops,
        accessSeconds,
        departureSeconds,
        maxTransfers + OTP_RIDES_PER_TRANSFER_OFFSET,
        boardSlackSeconds,
        maxTripDurationSeconds);
  }

  /** OTP as is: {@code otpMaxNumberOfTransfers} passed unchanged (pinned by a test). */
  int[] rawOtpEarliestArrivals(
      int[] accessStops,
      int[] accessSeconds,
      int departureSeconds,
      int otpMaxNumberOfTransfers,
      int boardSlackSeconds) {
    return standardSearch(
        accessStops,
        accessSeconds,
        departureSeconds,
        otpMaxNumberOfTransfers,
        boardSlackSeconds,
        0);
  }

  private int[] standardSearch(
      int[] accessStops,
      int[] accessSeconds,
      int departureSeconds,
      int otpMaxNumberOfTransfers,
      int boardSlackSeconds,
      int maxTripDurationSeconds) {
    var builder = request(accessStops, accessSeconds, departureSeconds, otpMaxNumberOfTransfers);
    builder.profile(RaptorProfile.STANDARD);
    builder.searchParams().searchOneIterationOnly();
    if (maxTripDurationSeconds > 0) {
      builder.searchParams().latestArrivalTime(departureSeconds + maxTripDurationSeconds);
    }
    StopArrivals arrivals =
        service.route(builder.build(), transitData.withBoardSlack(boardSlackSeconds)).getArrivals();
    int[] result = new int[transitData.unreachableStop()];
    for (int stop = 0; stop < result.length; stop++) {
      result[stop] = arrivals.reached(stop) ? arrivals.bestArrivalTime(stop) : UNREACHED;
    }
    return result;
  }

  /**
   * OTP's own range mode over {@code [earliest, earliest + windowSeconds)} at its default 60 s
   * iteration step, BEST_TIME profile (STANDARD with a window turns into OTP's dynamic search with
   * heuristics and a destination). Returns the arrivals for the earliest departure. For the
   * benchmark; not exact under a binding transfer limit, see the class comment.
   */
  public int[] rangeEarliestArrivals(
      int[] accessStops,
      int[] accessSeconds,
      int earliestDepartureSeconds,
      int windowSeconds,
      int maxTransfers,
      int boardSlackSeconds) {
    var builder =
        request(
            accessStops,
            accessSeconds,
            earliestDepartureSeconds,
            maxTransfers + OTP_RIDES_PER_TRANSFER_OFFSET);
    builder.profile(RaptorProfile.BEST_TIME);
    builder.searchParams().searchWindowInSeconds(windowSeconds);
    StopArrivals arrivals =
        service.route(builder.build(), transitData.withBoardSlack(boardSlackSeconds)).getArrivals();
    int[] result = new int[transitData.unreachableStop()];
    for (int stop = 0; stop < result.length; stop++) {
      result[stop] = arrivals.reached(stop) ? arrivals.bestArrivalTime(stop) : UNREACHED;
    }
    return result;
  }

  private RaptorRequestBuilder<OtpTrip> request(
      int[] accessStops, int[] accessSeconds, int departureSeconds, int otpMaxNumberOfTransfers) {
    List<RaptorAccessEgress> access = new ArrayList<>();
    for (int i = 0; i < accessStops.length; i++) {
      access.add(new OtpLegs.Street(accessStops[i], accessSeconds[i]));
    }
    var builder = new RaptorRequestBuilder<OtpTrip>();
    builder.searchDirection(SearchDirection.FORWARD).clearOptimizations();
    builder
        .searchParams()
        .earliestDepartureTime(departureSeconds)
        .maxNumberOfTransfers(otpMaxNumberOfTransfers)
        .addAccessPaths(access)
        .addEgressPaths(new OtpLegs.Street(transitData.unreachableStop(), 0));
    return builder;
  }
}
