package org.ruralaccess.cli;

import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.settings.RoutingSettings;
import picocli.CommandLine.Option;

/** The routing flags shared by {@code rae matrix} and {@code rae accessibility}. */
final class RoutingOptions {

  @Option(names = "--walk-speed-kmh", paramLabel = "KMH")
  Double walkSpeedKmh;

  @Option(names = "--bike-speed-kmh", paramLabel = "KMH")
  Double bikeSpeedKmh;

  @Option(names = "--board-slack-seconds", paramLabel = "S")
  Integer boardSlackSeconds;

  @Option(names = "--transfer-slack-seconds", paramLabel = "S")
  Integer transferSlackSeconds;

  @Option(names = "--max-walk-minutes", paramLabel = "N", description = "access and egress walk")
  Integer maxWalkMinutes;

  @Option(names = "--max-transfer-walk-minutes", paramLabel = "N")
  Integer maxTransferWalkMinutes;

  @Option(names = "--max-transfers", paramLabel = "N")
  Integer maxTransfers;

  @Option(
      names = "--max-minutes",
      paramLabel = "N",
      description = "max trip duration (default: region, 120)")
  Integer maxMinutes;

  /** The region's defaults with the given flags applied, checked. */
  RoutingSettings applyTo(RoutingSettings region) {
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
            maxMinutes != null ? maxMinutes : region.maxTripMinutes());
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
