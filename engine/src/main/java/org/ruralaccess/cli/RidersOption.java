package org.ruralaccess.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.network.Network;
import picocli.CommandLine.Option;

/**
 * {@code --riders}: the rider groups of the rider indicators and of the community transport
 * contribution. By default general, older and disabled when the network has schemes and transit may
 * use them; {@code none} turns both off.
 */
final class RidersOption {

  static final List<RiderGroup> DEFAULT =
      List.of(RiderGroup.GENERAL, RiderGroup.OLDER, RiderGroup.DISABLED);

  @Option(
      names = "--riders",
      split = ",",
      paramLabel = "GROUP",
      description =
          "rider groups for rider_indicators and community_transport: general, older, disabled,"
              + " member, or none (default: general,older,disabled when the network has community"
              + " transport schemes)")
  List<String> riders;

  /** The groups named, in {@link RiderGroup} order; null when the flag is not given. */
  Set<RiderGroup> parse() {
    if (riders == null) {
      return null;
    }
    Set<RiderGroup> groups = EnumSet.noneOf(RiderGroup.class);
    if (riders.size() == 1 && riders.get(0).trim().equalsIgnoreCase("none")) {
      return groups;
    }
    for (String rider : riders) {
      try {
        groups.add(RiderGroup.parse(rider));
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--riders: " + e.getMessage() + ", or none");
      }
    }
    return groups;
  }

  /**
   * The groups to analyse for this network and request; says once on standard error why there are
   * none when there could have been.
   *
   * @param named what {@link #parse} returned
   */
  static List<RiderGroup> decide(
      Set<RiderGroup> named, Network network, AccessibilityRequest request) {
    if (named != null && named.isEmpty()) {
      return List.of();
    }
    if (network.communityTransport().isEmpty()) {
      Progress.say("no community transport schemes in the network");
      return List.of();
    }
    if (!request.communityTransport().enabled() || !request.modes().contains(TravelMode.TRANSIT)) {
      if (named != null) {
        throw new BadInputException(
            "--riders needs transit with community transport: drop --no-community-transport,"
                + " add transit to --modes, or give --riders none");
      }
      return List.of();
    }
    return named == null ? DEFAULT : new ArrayList<>(named);
  }
}
