package org.ruralaccess.routing;

import java.util.Arrays;

/**
 * One reverse (arrive-by) range search: egress legs from stops to the target, a window of deadlines
 * and the same limits as a forward {@link RaptorRequest}.
 *
 * @param egressStops stops from which the target is reached without transit
 * @param egressDurationSeconds duration of the egress leg from {@code egressStops[i]}
 * @param earliestDeadlineSeconds first deadline of the window (inclusive)
 * @param latestDeadlineSeconds end of the window (exclusive): deadlines are {@code earliest,
 *     earliest + step, ...} while {@code < latest}
 * @param deadlineStepSeconds seconds between two deadlines
 * @param maxTransfers transfers allowed; {@code maxTransfers + 1} transit rounds
 * @param boardSlackSeconds as forward: a trip departing at {@code t} can be boarded by a passenger
 *     at the stop by {@code t - boardSlack}
 * @param maxTripDurationSeconds journeys leaving before the deadline minus this are discarded
 */
public record ReverseRaptorRequest(
    int[] egressStops,
    int[] egressDurationSeconds,
    int earliestDeadlineSeconds,
    int latestDeadlineSeconds,
    int deadlineStepSeconds,
    int maxTransfers,
    int boardSlackSeconds,
    int maxTripDurationSeconds) {

  public ReverseRaptorRequest {
    if (egressStops.length != egressDurationSeconds.length) {
      throw new IllegalArgumentException(
          "egressStops and egressDurationSeconds must have the same length");
    }
    for (int duration : egressDurationSeconds) {
      if (duration < 0) {
        throw new IllegalArgumentException("egress durations must be >= 0 s, was " + duration);
      }
    }
    if (earliestDeadlineSeconds < 0 || latestDeadlineSeconds <= earliestDeadlineSeconds) {
      throw new IllegalArgumentException(
          "deadline window must satisfy 0 <= earliest < latest, was ["
              + earliestDeadlineSeconds
              + ", "
              + latestDeadlineSeconds
              + ")");
    }
    if (deadlineStepSeconds <= 0) {
      throw new IllegalArgumentException("deadlineStepSeconds must be > 0");
    }
    if (maxTransfers < 0 || boardSlackSeconds < 0 || maxTripDurationSeconds <= 0) {
      throw new IllegalArgumentException(
          "need maxTransfers >= 0, boardSlackSeconds >= 0 and maxTripDurationSeconds > 0");
    }
    egressStops = egressStops.clone();
    egressDurationSeconds = egressDurationSeconds.clone();
  }

  /** Number of deadlines in the window. */
  public int deadlineCount() {
    return (latestDeadlineSeconds - earliestDeadlineSeconds + deadlineStepSeconds - 1)
        / deadlineStepSeconds;
  }

  /** The latest deadline of the window, the last one searched. */
  public int lastDeadlineSeconds() {
    return earliestDeadlineSeconds + (deadlineCount() - 1) * deadlineStepSeconds;
  }

  @Override
  public int[] egressStops() {
    return egressStops.clone();
  }

  @Override
  public int[] egressDurationSeconds() {
    return egressDurationSeconds.clone();
  }

  int egressStop(int i) {
    return egressStops[i];
  }

  int egressDuration(int i) {
    return egressDurationSeconds[i];
  }

  int egressCount() {
    return egressStops.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReverseRaptorRequest r
        && Arrays.equals(egressStops, r.egressStops)
        && Arrays.equals(egressDurationSeconds, r.egressDurationSeconds)
        && earliestDeadlineSeconds == r.earliestDeadlineSeconds
        && latestDeadlineSeconds == r.latestDeadlineSeconds
        && deadlineStepSeconds == r.deadlineStepSeconds
        && maxTransfers == r.maxTransfers
        && boardSlackSeconds == r.boardSlackSeconds
        && maxTripDurationSeconds == r.maxTripDurationSeconds;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(egressStops)
        + Arrays.hashCode(egressDurationSeconds)
        + 17 * earliestDeadlineSeconds
        + latestDeadlineSeconds;
  }

  @Override
  public String toString() {
    return "ReverseRaptorRequest[egress="
        + Arrays.toString(egressStops)
        + "/"
        + Arrays.toString(egressDurationSeconds)
        + "s, deadlines=["
        + earliestDeadlineSeconds
        + ", "
        + latestDeadlineSeconds
        + ") step "
        + deadlineStepSeconds
        + "s, maxTransfers="
        + maxTransfers
        + ", boardSlack="
        + boardSlackSeconds
        + "s, maxTrip="
        + maxTripDurationSeconds
        + "s]";
  }
}
