package org.ruralaccess.network.street;

/**
 * A point snapped onto an edge.
 *
 * @param edge the edge the point lies on
 * @param fraction position along the edge: 0 at {@code edgeFromNode}, 1 at {@code edgeToNode},
 *     measured along the edge geometry
 * @param offStreetMeters straight-line distance from the original point to the snapped point
 * @param lat latitude of the snapped point on the edge
 * @param lon longitude of the snapped point on the edge
 */
public record StreetSnap(
    int edge, double fraction, double offStreetMeters, double lat, double lon) {}
