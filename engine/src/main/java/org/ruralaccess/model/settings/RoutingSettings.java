package org.ruralaccess.model.settings;

/**
 * Default routing parameters of a region ({@code routing:} in region.yaml); every one can be
 * overridden by a flag of {@code rae matrix}. Defaults follow the DfT Journey Time Statistics (walk
 * 4.8 km/h) and R5 (60 s board slack, 16 km/h cycling).
 *
 * @param bikeExtraMinutes added to every cycle trip (parking, unlocking), as the JTS do
 * @param boardSlackSeconds minimum time between reaching a stop and the departure of a boarded trip
 * @param transferSlackSeconds extra minimum time for a change between vehicles
 */
public record RoutingSettings(
    double walkSpeedKmh,
    double bikeSpeedKmh,
    int bikeExtraMinutes,
    int boardSlackSeconds,
    int transferSlackSeconds,
    int maxWalkMinutes,
    int maxTransferWalkMinutes,
    int maxTransfers,
    int maxTripMinutes) {

  public static final RoutingSettings DEFAULTS =
      new RoutingSettings(4.8, 16, 5, 60, 0, 20, 10, 4, 120);

  /** The walking speed in the unit the street searches use. */
  public double walkSpeedMetersPerSecond() {
    return walkSpeedKmh / 3.6;
  }

  /** Access and egress walks are limited to this. */
  public int maxWalkSeconds() {
    return maxWalkMinutes * 60;
  }

  /** Walks between stops are limited to this. */
  public int maxTransferWalkSeconds() {
    return maxTransferWalkMinutes * 60;
  }

  /** Trips longer than this count as unreachable. */
  public int maxTripSeconds() {
    return maxTripMinutes * 60;
  }
}
