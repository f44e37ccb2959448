package org.ruralaccess.app;

import org.locationtech.jts.geom.Envelope;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * The box (WGS84 degrees) around everything a network holds: its streets, stops, zones (origins and
 * boundaries) and destinations. A point outside it is nowhere near the network, so a request for
 * one is refused before anything is routed. (Zones may reach a little past the street extract: two
 * of r5r's Porto Alegre hexagons lie 10 m north of its last street node.)
 */
public record NetworkArea(double minLat, double minLon, double maxLat, double maxLon) {

  /** The box around the network's streets, stops, zones and destinations. */
  public static NetworkArea of(Network network) {
    Envelope box = new Envelope();
    StreetNetwork streets = network.streets();
    for (int node = 0; node < streets.nodeCount(); node++) {
      box.expandToInclude(streets.nodeLon(node), streets.nodeLat(node));
    }
    TransitNetwork transit = network.transit();
    for (int stop = 0; stop < transit.stopCount(); stop++) {
      box.expandToInclude(transit.stopLon(stop), transit.stopLat(stop));
    }
    for (Zone zone : network.zones().zones()) {
      box.expandToInclude(zone.originLon(), zone.originLat());
      if (zone.boundary() != null) {
        box.expandToInclude(zone.boundary().getEnvelopeInternal());
      }
    }
    for (Destination destination : network.destinations().destinations()) {
      box.expandToInclude(destination.lon(), destination.lat());
    }
    if (box.isNull()) {
      throw new BadInputException("the network is empty: it has no area to answer for");
    }
    return new NetworkArea(box.getMinY(), box.getMinX(), box.getMaxY(), box.getMaxX());
  }

  public boolean contains(double lat, double lon) {
    return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
  }

  /**
   * Stops a point outside the area, naming the field ({@code origins[3]}) and the area.
   *
   * @throws BadInputException when the point is outside, or not a number
   */
  public void check(String field, double lat, double lon) {
    if (!Double.isFinite(lat) || !Double.isFinite(lon)) {
      throw new BadInputException(field + ": lat and lon must be numbers");
    }
    if (!contains(lat, lon)) {
      throw new BadInputException(
          String.format(
              "%s: (%.6f, %.6f) is outside the network's area (lat %.4f to %.4f, lon %.4f to %.4f)",
              field, lat, lon, minLat, maxLat, minLon, maxLon));
    }
  }
}
