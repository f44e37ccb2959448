package org.ruralaccess.app;

import java.util.Optional;

/**
 * A zone's origin (its population-weighted point, from which its journeys start), looked up by code
 * for a face that takes a zone where it could take a point (the server's isochrones).
 */
public record ZoneOrigin(String code, double lat, double lon) {

  /** The zone of the network with this code, if any. */
  public static Optional<ZoneOrigin> find(LoadedNetwork loaded, String code) {
    return loaded
        .network()
        .zones()
        .findZone(code)
        .map(zone -> new ZoneOrigin(zone.code(), zone.originLat(), zone.originLon()));
  }
}
