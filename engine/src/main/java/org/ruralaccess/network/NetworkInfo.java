package org.ruralaccess.network;

import java.util.List;
import org.ruralaccess.model.settings.BuildSettings;
import org.ruralaccess.model.settings.RoutingSettings;

/**
 * What a stored network was built from and with: the region, the engine version, each input file's
 * SHA-256, and the region's build and routing settings (the defaults of later requests).
 *
 * @param regionDirectory the region folder as given at build time, to find the region's other
 *     inputs (zones, destinations) later
 */
public record NetworkInfo(
    String regionName,
    String regionDirectory,
    String timeZone,
    String engineVersion,
    List<InputFile> inputs,
    BuildSettings build,
    RoutingSettings routing) {

  /** One input file and its SHA-256 checksum (hex), so a result can be traced to exact data. */
  public record InputFile(String role, String path, long sizeBytes, String sha256) {}
}
