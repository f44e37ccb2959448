package org.ruralaccess.model.settings;

import org.ruralaccess.model.BadInputException;

/**
 * The routing settings a user gives for one request (a CLI flag, an HTTP parameter); {@code null}
 * keeps the region's default from region.yaml. {@link #applyTo} merges and checks them, so every
 * face checks them the same way.
 */
public record RoutingOverrides(
    Double walkSpeedKmh,
    Double bikeSpeedKmh,
    Integer boardSlackSeconds,
    Integer transferSlackSeconds,
    Integer maxWalkMinutes,
    Integer maxTransferWalkMinutes,
    Integer maxTransfers,
    Integer maxTripMinutes) {

  /** Every setting from the region. */
  public static final RoutingOverrides NONE =
      new RoutingOverrides(null, null, null, null, null, null, null, null);

  /** The region's settings with these applied, checked. */
  public RoutingSettings applyTo(RoutingSettings region) {
    RoutingSettings r =
        new RoutingSettings(
            walkSpeedKmh != null ? walkSpeedKmh : region.walkSpeedKmh(),
            bikeSpeedKmh != null ? bikeSpeedKmh : region.bikeSpeedKmh(),
            region.bikeExtraMinutes(),
            boardSlackSeconds != null ? boardSlackSeconds : region.boardSlackSeconds(),
            transferSlackSeconds != null ? transferSlackSeconds : region.transferSlackSeconds(),
            maxWalkMinutes != null ? maxWalkMinutes : region.maxWalkMinutes(),
            maxTransferWalkMinutes != null
                ? maxTransferWalkMinutes
                : region.maxTransferWalkMinutes(),
            maxTransfers != null ? maxTransfers : region.maxTransfers(),
            maxTripMinutes != null ? maxTripMinutes : region.maxTripMinutes());
    if (r.walkSpeedKmh() <= 0 || r.bikeSpeedKmh() <= 0) {
      throw new BadInputException("--walk-speed-kmh and --bike-speed-kmh must be positive");
    }
    if (r.boardSlackSeconds() < 0
        || r.transferSlackSeconds() < 0
        || r.maxWalkMinutes() < 0
        || r.maxTransferWalkMinutes() < 0
        || r.maxTransfers() < 0
        || r.maxTripMinutes() < 1) {
      throw new BadInputException(
          "slack, walk limits and --max-transfers must be >= 0 and --max-minutes >= 1");
    }
    return r;
  }
}
