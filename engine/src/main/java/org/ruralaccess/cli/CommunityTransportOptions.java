package org.ruralaccess.cli;

import org.ruralaccess.app.RequestValues;
import org.ruralaccess.model.community.CommunityTransportRequest;
import picocli.CommandLine.Option;

/**
 * The community transport flags shared by {@code rae matrix}, {@code rae accessibility} and {@code
 * rae compare}: who rides (eligibility), when they book (notice), or no schemes at all.
 */
final class CommunityTransportOptions {

  @Option(
      names = "--rider",
      defaultValue = "general",
      paramLabel = "GROUP",
      description =
          "who rides community transport: general, older (60+ schemes), disabled or member"
              + " (default: ${DEFAULT-VALUE})")
  String rider;

  @Option(
      names = "--booking",
      defaultValue = "day-before",
      paramLabel = "WHEN",
      description =
          "when the rider books: spontaneous, same-day:MINUTES, day-before or days-ahead:N"
              + " (default: ${DEFAULT-VALUE})")
  String booking;

  @Option(
      names = "--no-community-transport",
      description = "scheduled transit only: leave the network's community transport schemes out")
  boolean off;

  /** The request the flags describe; a bad value is one line naming the flag. */
  CommunityTransportRequest request() {
    return RequestValues.communityTransport(rider, booking, off);
  }
}
