package org.ruralaccess.model.settings;

/**
 * Settings of {@code rae build} ({@code build:} in region.yaml).
 *
 * @param maxStopLinkMeters a stop further than this from any walkable street is not linked (it can
 *     still be reached by transit, but not on foot); OTP reports such stops as isolated
 * @param maxTransferWalkMeters stop-to-stop transfers are precomputed by walking on the street
 *     network up to this distance; a routing request can use less, never more (1,600 m is 20 min at
 *     4.8 km/h)
 */
public record BuildSettings(double maxStopLinkMeters, double maxTransferWalkMeters) {

  public static final BuildSettings DEFAULTS = new BuildSettings(300, 1600);
}
