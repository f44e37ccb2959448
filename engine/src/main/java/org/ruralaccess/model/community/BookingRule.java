package org.ruralaccess.model.community;

/**
 * When a trip must be booked, after GTFS booking_rules.txt: booking_type 0 = {@link Type#NONE}
 * (real time or turn up), 1 = {@link Type#SAME_DAY} with a minimum notice, 2 = {@link
 * Type#PRIOR_DAYS} with a last day and time.
 *
 * @param minimumNoticeMinutes SAME_DAY only, else 0
 * @param priorDays PRIOR_DAYS only: how many days before travel the booking must be in
 * @param latestTimeSeconds PRIOR_DAYS only: latest time of day on that day, seconds since midnight
 */
public record BookingRule(
    Type type, int minimumNoticeMinutes, int priorDays, int latestTimeSeconds) {

  public enum Type {
    NONE,
    SAME_DAY,
    PRIOR_DAYS
  }

  public static BookingRule none() {
    return new BookingRule(Type.NONE, 0, 0, 0);
  }

  public static BookingRule sameDay(int minimumNoticeMinutes) {
    return new BookingRule(Type.SAME_DAY, minimumNoticeMinutes, 0, 0);
  }

  public static BookingRule priorDays(int days, int latestTimeSeconds) {
    return new BookingRule(Type.PRIOR_DAYS, 0, days, latestTimeSeconds);
  }
}
