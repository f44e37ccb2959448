package org.ruralaccess.analysis.returntrips;

/**
 * A day out that works, in seconds since midnight of the service day: leave home, arrive at the
 * destination, leave it after the visit, be home again.
 *
 * @param destination the destination's index in the {@code DestinationSet}
 */
public record Itinerary(
    int destination,
    int leaveHomeSeconds,
    int arriveSeconds,
    int leaveDestinationSeconds,
    int homeSeconds) {

  public int awaySeconds() {
    return homeSeconds - leaveHomeSeconds;
  }

  public double hoursAway() {
    return awaySeconds() / 3600.0;
  }
}
