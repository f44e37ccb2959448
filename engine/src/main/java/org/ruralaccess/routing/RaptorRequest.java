package org.ruralaccess.routing;

import java.util.Arrays;

/**
 * One range search: access legs from the origin to stops, a departure window and the limits.
 *
 * @param accessStops stops reachable from the origin without transit
 * @param accessDurationSeconds duration of the access leg to {@code accessStops[i]}
 * @param earliestDepartureSeconds first departure of the window (inclusive)
 * @param latestDepartureSeconds end of the window (exclusive): departures are {@code earliest,
 *     earliest + step, ...} while {@code < latest}, as R5 counts them
 * @param departureStepSeconds seconds between two departures of the window
 * @param maxTransfers transfers allowed; the search runs {@code maxTransfers + 1} transit rounds
 * @param boardSlackSeconds applied to every boarding: only trips departing at or after arrival at
 *     the stop plus this slack can be boarded (R5's minimum board wait)
 * @param maxTripDurationSeconds arrivals later than the departure plus this are discarded
 * @param timedAccess access legs usable only within a pickup window (flex, dial-a-ride)
 */
public record RaptorRequest(
    int[] accessStops,
    int[] accessDurationSeconds,
    int earliestDepartureSeconds,
    int latestDepartureSeconds,
    int departureStepSeconds,
    int maxTransfers,
    int boardSlackSeconds,
    int maxTripDurationSeconds,
    TimedAccessLegs timedAccess) {

  public static final int DEFAULT_STEP_SECONDS = 60;
  public static final int DEFAULT_MAX_TRANSFERS = 4;
  public static final int DEFAULT_BOARD_SLACK_SECONDS = 60;
  public static final int DEFAULT_MAX_TRIP_DURATION_SECONDS = 120 * 60;

  public RaptorRequest {
    if (accessStops.length != accessDurationSeconds.length) {
      throw new IllegalArgumentException(
          "accessStops and accessDurationSeconds must have the same length, were "
              + accessStops.length
              + " and "
              + accessDurationSeconds.length);
    }
    for (int duration : accessDurationSeconds) {
      if (duration < 0) {
        throw new IllegalArgumentException("access durations must be >= 0 s, was " + duration);
      }
    }
    if (earliestDepartureSeconds < 0 || latestDepartureSeconds <= earliestDepartureSeconds) {
      throw new IllegalArgumentException(
          "departure window must satisfy 0 <= earliest < latest, was ["
              + earliestDepartureSeconds
              + ", "
              + latestDepartureSeconds
              + ")");
    }
    if (departureStepSeconds <= 0) {
      throw new IllegalArgumentException("departureStepSeconds must be > 0");
    }
    if (maxTransfers < 0 || boardSlackSeconds < 0 || maxTripDurationSeconds <= 0) {
      throw new IllegalArgumentException(
          "need maxTransfers >= 0, boardSlackSeconds >= 0 and maxTripDurationSeconds > 0");
    }
    accessStops = accessStops.clone();
    accessDurationSeconds = accessDurationSeconds.clone();
    timedAccess = timedAccess == null ? TimedAccessLegs.none() : timedAccess;
  }

  /** A request whose access legs are all walks, usable at any departure. */
  public RaptorRequest(
      int[] accessStops,
      int[] accessDurationSeconds,
      int earliestDepartureSeconds,
      int latestDepartureSeconds,
      int departureStepSeconds,
      int maxTransfers,
      int boardSlackSeconds,
      int maxTripDurationSeconds) {
    this(
        accessStops,
        accessDurationSeconds,
        earliestDepartureSeconds,
        latestDepartureSeconds,
        departureStepSeconds,
        maxTransfers,
        boardSlackSeconds,
        maxTripDurationSeconds,
        TimedAccessLegs.none());
  }

  /** A window with the defaults: 1-minute steps, 4 transfers, 60 s board slack, 120 minutes. */
  public static RaptorRequest of(
      int[] accessStops,
      int[] accessDurationSeconds,
      int earliestDepartureSeconds,
      int latestDepartureSeconds) {
    return new RaptorRequest(
        accessStops,
        accessDurationSeconds,
        earliestDepartureSeconds,
        latestDepartureSeconds,
        DEFAULT_STEP_SECONDS,
        DEFAULT_MAX_TRANSFERS,
        DEFAULT_BOARD_SLACK_SECONDS,
        DEFAULT_MAX_TRIP_DURATION_SECONDS);
  }

  /** Number of departures in the window. */
  public int departureCount() {
    return (latestDepartureSeconds - earliestDepartureSeconds + departureStepSeconds - 1)
        / departureStepSeconds;
  }

  /** The latest departure of the window, the first one searched. */
  public int lastDepartureSeconds() {
    return earliestDepartureSeconds + (departureCount() - 1) * departureStepSeconds;
  }

  @Override
  public int[] accessStops() {
    return accessStops.clone();
  }

  @Override
  public int[] accessDurationSeconds() {
    return accessDurationSeconds.clone();
  }

  int accessStop(int i) {
    return accessStops[i];
  }

  int accessDuration(int i) {
    return accessDurationSeconds[i];
  }

  int accessCount() {
    return accessStops.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RaptorRequest r
        && Arrays.equals(accessStops, r.accessStops)
        && Arrays.equals(accessDurationSeconds, r.accessDurationSeconds)
        && earliestDepartureSeconds == r.earliestDepartureSeconds
        && latestDepartureSeconds == r.latestDepartureSeconds
        && departureStepSeconds == r.departureStepSeconds
        && maxTransfers == r.maxTransfers
        && boardSlackSeconds == r.boardSlackSeconds
        && maxTripDurationSeconds == r.maxTripDurationSeconds
        && timedAccess.equals(r.timedAccess);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(accessStops)
        + Arrays.hashCode(accessDurationSeconds)
        + 17 * earliestDepartureSeconds
        + latestDepartureSeconds;
  }

  @Override
  public String toString() {
    return "RaptorRequest[access="
        + Arrays.toString(accessStops)
        + "/"
        + Arrays.toString(accessDurationSeconds)
        + "s, window=["
        + earliestDepartureSeconds
        + ", "
        + latestDepartureSeconds
        + ") step "
        + departureStepSeconds
        + "s, maxTransfers="
        + maxTransfers
        + ", boardSlack="
        + boardSlackSeconds
        + "s, maxTrip="
        + maxTripDurationSeconds
        + "s"
        + (timedAccess.size() == 0 ? "" : ", " + timedAccess)
        + "]";
  }
}
