package org.ruralaccess.cli;

import org.ruralaccess.model.settings.RoutingOverrides;
import picocli.CommandLine.Option;

/** The routing flags shared by the commands that route; unset flags keep the region's default. */
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

  RoutingOverrides overrides() {
    return new RoutingOverrides(
        walkSpeedKmh,
        bikeSpeedKmh,
        boardSlackSeconds,
        transferSlackSeconds,
        maxWalkMinutes,
        maxTransferWalkMinutes,
        maxTransfers,
        maxMinutes);
  }
}
