package org.ruralaccess.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.community.BookingAssumption;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;
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
    RiderGroup group;
    BookingAssumption assumption;
    try {
      group = RiderGroup.parse(rider);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--rider: " + e.getMessage());
    }
    try {
      assumption = BookingAssumption.parse(booking);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--booking: " + e.getMessage());
    }
    return new CommunityTransportRequest(!off, group, assumption);
  }

  /** For run.json: {@code {booking, enabled, rider}}. */
  static Map<String, Object> parameters(CommunityTransportRequest request) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("enabled", request.enabled());
    parameters.put("rider", request.rider().label());
    parameters.put("booking", request.booking().label());
    return parameters;
  }
}
