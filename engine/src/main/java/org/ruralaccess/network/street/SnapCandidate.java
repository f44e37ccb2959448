package org.ruralaccess.network.street;

/**
 * The closest edge found so far by one snapping query, with the segment and the position on it.
 * Distances are measured in an equirectangular projection centred on the query point; the fraction
 * along the edge uses great-circle segment lengths, like the edge length itself.
 */
final class SnapCandidate {

  private final StreetNetwork network;
  private final double queryLat;
  private final double queryLon;
  private final StreetMode mode;
  private final double metersPerDegreeLon;

  private int edge = -1;
  private int segment;
  private double segmentFraction;
  private double distanceMeters = Double.POSITIVE_INFINITY;

  SnapCandidate(StreetNetwork network, double queryLat, double queryLon, StreetMode mode) {
    this.network = network;
    this.queryLat = queryLat;
    this.queryLon = queryLon;
    this.mode = mode;
    this.metersPerDegreeLon =
        StreetSpatialIndex.METERS_PER_DEGREE_LAT * Math.cos(Math.toRadians(queryLat));
  }

  double distanceMeters() {
    return distanceMeters;
  }

  void consider(int candidateEdge) {
    if (!network.allowsAnyDirection(candidateEdge, mode) || network.isFerry(candidateEdge)) {
      return;
    }
    int points = network.edgePointCount(candidateEdge);
    double ax = x(network.edgePointLon(candidateEdge, 0));
    double ay = y(network.edgePointLat(candidateEdge, 0));
    for (int i = 0; i + 1 < points; i++) {
      double bx = x(network.edgePointLon(candidateEdge, i + 1));
      double by = y(network.edgePointLat(candidateEdge, i + 1));
      double dx = bx - ax;
      double dy = by - ay;
      double lengthSquared = dx * dx + dy * dy;
      double t = lengthSquared == 0 ? 0 : -(ax * dx + ay * dy) / lengthSquared;
      t = Math.max(0, Math.min(1, t));
      double px = ax + t * dx;
      double py = ay + t * dy;
      double distance = Math.sqrt(px * px + py * py);
      if (distance < distanceMeters || (distance == distanceMeters && candidateEdge < edge)) {
        distanceMeters = distance;
        edge = candidateEdge;
        segment = i;
        segmentFraction = t;
      }
      ax = bx;
      ay = by;
    }
  }

  private double x(double lon) {
    return (lon - queryLon) * metersPerDegreeLon;
  }

  private double y(double lat) {
    return (lat - queryLat) * StreetSpatialIndex.METERS_PER_DEGREE_LAT;
  }

  StreetSnap toSnap() {
    int points = network.edgePointCount(edge);
    double totalMeters = 0;
    double beforeMeters = 0;
    double segmentMeters = 0;
    for (int i = 0; i + 1 < points; i++) {
      double length =
          StreetSpatialIndex.segmentLengthMeters(
              network.edgePointLat(edge, i),
              network.edgePointLon(edge, i),
              network.edgePointLat(edge, i + 1),
              network.edgePointLon(edge, i + 1));
      if (i < segment) {
        beforeMeters += length;
      } else if (i == segment) {
        segmentMeters = length;
      }
      totalMeters += length;
    }
    double fraction =
        totalMeters == 0
            ? 0
            : Math.min(1, (beforeMeters + segmentFraction * segmentMeters) / totalMeters);
    double lat1 = network.edgePointLat(edge, segment);
    double lon1 = network.edgePointLon(edge, segment);
    double lat = lat1 + segmentFraction * (network.edgePointLat(edge, segment + 1) - lat1);
    double lon = lon1 + segmentFraction * (network.edgePointLon(edge, segment + 1) - lon1);
    return new StreetSnap(edge, fraction, distanceMeters, lat, lon);
  }
}
