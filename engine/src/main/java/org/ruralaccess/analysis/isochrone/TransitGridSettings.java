package org.ruralaccess.analysis.isochrone;

/**
 * What a transit isochrone grid needs from a request: the window, the walk and the router's limits.
 *
 * @param firstDepartureSeconds first departure of the window, seconds since midnight
 * @param departureCount departures, one every {@code stepSeconds}
 * @param maxTripSeconds travel times beyond this are unreached (set it to the largest cutoff, as
 *     r5r does, to search no further than needed)
 * @param maxWalkSeconds the longest walk to the first stop and from the last one
 * @param percentiles of travel time over the window's departures, 0-100, nearest rank
 */
public record TransitGridSettings(
    int firstDepartureSeconds,
    int departureCount,
    int stepSeconds,
    int maxTripSeconds,
    double walkMetersPerSecond,
    int maxWalkSeconds,
    int maxTransfers,
    int boardSlackSeconds,
    int[] percentiles) {

  public TransitGridSettings {
    if (departureCount <= 0 || stepSeconds <= 0 || maxTripSeconds <= 0 || maxWalkSeconds < 0) {
      throw new IllegalArgumentException(
          "need departures, a positive step and max trip time, and a max walk of at least 0");
    }
    for (int p : percentiles) {
      if (p < 0 || p > 100) {
        throw new IllegalArgumentException("percentiles must be 0-100, got " + p);
      }
    }
    percentiles = percentiles.clone();
  }

  @Override
  public int[] percentiles() {
    return percentiles.clone();
  }
}
