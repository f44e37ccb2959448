package org.ruralaccess.cli;

import java.util.List;
import java.util.Set;
import org.ruralaccess.app.RequestValues;
import org.ruralaccess.model.community.RiderGroup;
import picocli.CommandLine.Option;

/**
 * {@code --riders}: the rider groups of the rider indicators and of the community transport
 * contribution ({@code rae accessibility}), and of the per-rider comparison ({@code rae compare}).
 * By default general, older and disabled when the network has schemes and transit may use them;
 * {@code none} turns both off.
 */
final class RidersOption {

  @Option(
      names = "--riders",
      split = ",",
      paramLabel = "GROUP",
      description =
          "rider groups for rider_indicators and community_transport (rae compare:"
              + " rider_comparison): general, older, disabled, member, or none (default:"
              + " general,older,disabled when the network has community transport schemes)")
  List<String> riders;

  /** The groups named; empty for none, null when the flag is not given. */
  Set<RiderGroup> parse() {
    return RequestValues.riders(riders);
  }
}
