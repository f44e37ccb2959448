package org.ruralaccess.analysis.returntrips;

import org.ruralaccess.model.ClockTime;

/**
 * The day out a return trip must fit, in seconds since midnight of the service day: leave home at
 * or after {@code leaveAfterSeconds}, arrive by {@code arriveBySeconds}, stay {@code staySeconds}
 * counted from arrival or from {@code opensSeconds} (whichever is later: nobody is seen before the
 * surgery opens), leave, and be home by {@code homeBySeconds}.
 *
 * <p>A fixed day (school 08:45-15:15) opens when it must be reached ({@code opens = arriveBy}), so
 * the stay ends at 15:15 whatever the arrival; "any slot" (GP 08:30-18:00) opens at 08:30 and must
 * be reached by the last slot (17:00 for a 60-minute stay).
 */
public record ReturnTripRule(
    int leaveAfterSeconds,
    int opensSeconds,
    int arriveBySeconds,
    int staySeconds,
    int homeBySeconds) {

  public ReturnTripRule {
    if (leaveAfterSeconds < 0 || opensSeconds < 0 || staySeconds < 0) {
      throw new IllegalArgumentException("times and the stay must not be negative");
    }
    if (homeBySeconds <= leaveAfterSeconds
        || arriveBySeconds < leaveAfterSeconds
        || arriveBySeconds > homeBySeconds
        || Math.max(leaveAfterSeconds, opensSeconds) + staySeconds > homeBySeconds) {
      throw new IllegalArgumentException(
          "the day does not fit: "
              + text(leaveAfterSeconds, opensSeconds, arriveBySeconds, staySeconds, homeBySeconds));
    }
  }

  /** When the visit ends if the rider arrives at {@code arrivalSeconds}. */
  public int visitEndSeconds(int arrivalSeconds) {
    return Math.max(arrivalSeconds, opensSeconds) + staySeconds;
  }

  /** The earliest the rider could leave the destination again. */
  public int earliestReturnSeconds() {
    return visitEndSeconds(leaveAfterSeconds);
  }

  public ReturnTripRule withLeaveAfter(int seconds) {
    return new ReturnTripRule(seconds, opensSeconds, arriveBySeconds, staySeconds, homeBySeconds);
  }

  /** {@code leave 07:00, opens 08:30, arrive by 17:00, stay 60 min, home by 19:00}. */
  public String text() {
    return text(leaveAfterSeconds, opensSeconds, arriveBySeconds, staySeconds, homeBySeconds);
  }

  private static String text(
      int leaveAfterSeconds,
      int opensSeconds,
      int arriveBySeconds,
      int staySeconds,
      int homeBySeconds) {
    return "leave "
        + hhmm(leaveAfterSeconds)
        + ", opens "
        + hhmm(opensSeconds)
        + ", arrive by "
        + hhmm(arriveBySeconds)
        + ", stay "
        + staySeconds / 60
        + " min, home by "
        + hhmm(homeBySeconds);
  }

  private static String hhmm(int seconds) {
    return ClockTime.format(seconds).substring(0, 5);
  }
}
