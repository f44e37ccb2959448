package org.ruralaccess.app;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ruralaccess.model.settings.RoutingSettings;

/**
 * The routing settings a run used, for run.json: a JSON object with the names of region.yaml's
 * {@code routing:} section ({@code walkSpeedKmh}, {@code maxTransfers}...), so a reader can copy a
 * value back into a region file.
 */
final class RoutingParameters {

  private RoutingParameters() {}

  static Map<String, Object> of(RoutingSettings routing) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("walkSpeedKmh", routing.walkSpeedKmh());
    parameters.put("bikeSpeedKmh", routing.bikeSpeedKmh());
    parameters.put("bikeExtraMinutes", routing.bikeExtraMinutes());
    parameters.put("boardSlackSeconds", routing.boardSlackSeconds());
    parameters.put("transferSlackSeconds", routing.transferSlackSeconds());
    parameters.put("maxWalkMinutes", routing.maxWalkMinutes());
    parameters.put("maxTransferWalkMinutes", routing.maxTransferWalkMinutes());
    parameters.put("maxTransfers", routing.maxTransfers());
    parameters.put("maxTripMinutes", routing.maxTripMinutes());
    return parameters;
  }
}
