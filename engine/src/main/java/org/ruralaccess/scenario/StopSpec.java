package org.ruralaccess.scenario;

import java.util.List;
import org.ruralaccess.network.transit.TransitEditor;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * A stop in a scenario: an existing network stop by id, or a new stop by coordinates that gets the
 * id {@code scenario:<newId>}. New stops still need linking to the street network (see {@link
 * ScenarioApplier.Changes#stopsAdded}). A new stop defined twice keeps its first definition.
 *
 * @param existing the network stop, or null for a new stop
 */
public record StopSpec(
    int line, Reference existing, String newId, String name, double lat, double lon) {

  public static StopSpec existing(Reference stop) {
    return new StopSpec(stop.line(), stop, null, null, Double.NaN, Double.NaN);
  }

  String networkId(TransitEditor editor) {
    return existing != null ? existing.require(editor.stopIds()) : "scenario:" + newId;
  }

  void resolve(TransitNetwork network, List<String> errors) {
    if (existing != null) {
      existing.resolve(NetworkIds.stops(network), "stop", errors);
    } else if (network.findStop("scenario:" + newId).isPresent()) {
      errors.add("line " + line + ": stop scenario:" + newId + " is already in the network");
    }
  }

  /** {lat, lon} in the baseline (existing stops) or as given (new stops); null when unknown. */
  double[] position(TransitNetwork network) {
    if (existing == null) {
      return new double[] {lat, lon};
    }
    var id = existing.match(NetworkIds.stops(network));
    if (id.isEmpty()) {
      return null;
    }
    int stop = network.findStop(id.get()).orElseThrow();
    return new double[] {network.stopLat(stop), network.stopLon(stop)};
  }

  /** Adds a new stop to the copy unless an earlier modification already did. */
  void addTo(TransitEditor editor) {
    if (existing == null && !editor.stopIds().contains("scenario:" + newId)) {
      editor.addStop("scenario:" + newId, name, lat, lon);
    }
  }

  double latIn(TransitEditor editor) {
    return existing == null ? lat : editor.stopLat(networkId(editor));
  }

  double lonIn(TransitEditor editor) {
    return existing == null ? lon : editor.stopLon(networkId(editor));
  }
}
