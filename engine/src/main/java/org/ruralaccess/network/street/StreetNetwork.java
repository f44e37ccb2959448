package org.ruralaccess.network.street;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * Immutable column store of the routable street graph for walking, cycling and driving: parallel
 * primitive arrays indexed by node or edge (like R5's {@code EdgeStore}), made by {@link
 * StreetNetworkBuilder} and never changed afterwards, so one instance is shared by all threads.
 *
 * <p>An edge is one OSM way piece between two junctions (GraphHopper "tower" nodes). Its shape
 * points in between ("pillar" nodes) are kept as geometry, not as nodes: the search visits only
 * junctions, while snapping and the along-edge fraction follow the real shape. The incidence lists
 * (CSR: every edge listed at both its nodes with a direction bit) and the spatial grid are derived
 * on construction and not stored.
 */
public final class StreetNetwork {

  final double[] nodeLat;
  final double[] nodeLon;
  final int[] edgeFromNode;
  final int[] edgeToNode;
  final double[] edgeLengthMeters;
  final byte[] edgeAccessBits;
  final double[] carSpeedForwardKmh;
  final double[] carSpeedBackwardKmh;

  /** Pillar points of edge e are geometryLat/Lon[geometryStart[e] .. geometryStart[e + 1]). */
  final int[] geometryStart;

  final double[] geometryLat;
  final double[] geometryLon;

  /** {@link EdgeFlags} per edge: no through traffic per mode, ferry. */
  final byte[] edgeFlags;

  final FerryCrossings ferries;

  /** Entries of node n are incidence[incidenceStart[n] .. incidenceStart[n + 1]). */
  final int[] incidenceStart;

  /** edge * 2, plus 1 when the edge leaves the node at its to-end (traversed backward). */
  final int[] incidence;

  private final StreetSpatialIndex spatialIndex;

  StreetNetwork(
      double[] nodeLat,
      double[] nodeLon,
      int[] edgeFromNode,
      int[] edgeToNode,
      double[] edgeLengthMeters,
      byte[] edgeAccessBits,
      double[] carSpeedForwardKmh,
      double[] carSpeedBackwardKmh,
      int[] geometryStart,
      double[] geometryLat,
      double[] geometryLon,
      byte[] edgeFlags,
      FerryCrossings ferries) {
    this.nodeLat = nodeLat;
    this.nodeLon = nodeLon;
    this.edgeFromNode = edgeFromNode;
    this.edgeToNode = edgeToNode;
    this.edgeLengthMeters = edgeLengthMeters;
    this.edgeAccessBits = edgeAccessBits;
    this.carSpeedForwardKmh = carSpeedForwardKmh;
    this.carSpeedBackwardKmh = carSpeedBackwardKmh;
    this.geometryStart = geometryStart;
    this.geometryLat = geometryLat;
    this.geometryLon = geometryLon;
    this.edgeFlags = edgeFlags;
    this.ferries = ferries;
    this.incidenceStart = new int[nodeLat.length + 1];
    this.incidence = new int[edgeFromNode.length * 2];
    buildIncidence();
    this.spatialIndex = new StreetSpatialIndex(this);
  }

  public static StreetNetworkBuilder builder() {
    return new StreetNetworkBuilder();
  }

  /** Counting sort of edge ends by node: entries of each node in edge order, so deterministic. */
  private void buildIncidence() {
    for (int edge = 0; edge < edgeFromNode.length; edge++) {
      incidenceStart[edgeFromNode[edge] + 1]++;
      incidenceStart[edgeToNode[edge] + 1]++;
    }
    for (int node = 0; node < nodeLat.length; node++) {
      incidenceStart[node + 1] += incidenceStart[node];
    }
    int[] next = incidenceStart.clone();
    for (int edge = 0; edge < edgeFromNode.length; edge++) {
      incidence[next[edgeFromNode[edge]]++] = edge * 2;
      incidence[next[edgeToNode[edge]]++] = edge * 2 + 1;
    }
  }

  public int nodeCount() {
    return nodeLat.length;
  }

  public int edgeCount() {
    return edgeFromNode.length;
  }

  public double nodeLat(int node) {
    return nodeLat[node];
  }

  public double nodeLon(int node) {
    return nodeLon[node];
  }

  public int edgeFromNode(int edge) {
    return edgeFromNode[edge];
  }

  public int edgeToNode(int edge) {
    return edgeToNode[edge];
  }

  /** GraphHopper's edge distance: the sum of great-circle distances along the edge geometry. */
  public double edgeLengthMeters(int edge) {
    return edgeLengthMeters[edge];
  }

  /** Whether {@code mode} may use the edge from-to ({@code forward}) or to-from. */
  public boolean allows(int edge, StreetMode mode, boolean forward) {
    return (edgeAccessBits[edge] & StreetNetworkBuilder.accessBit(mode, forward)) != 0;
  }

  /** Whether {@code mode} may use the edge in at least one direction. */
  public boolean allowsAnyDirection(int edge, StreetMode mode) {
    return allows(edge, mode, true) || allows(edge, mode, false);
  }

  /**
   * Whether the edge is closed to through traffic of {@code mode} ({@code access=private} and the
   * like): usable at the start or end of a trip only.
   */
  public boolean isNoThrough(int edge, StreetMode mode) {
    return (edgeFlags[edge] & EdgeFlags.noThrough(mode)) != 0;
  }

  /**
   * Whether a search from {@code snap} and a search to it may apply the no-through rule differently
   * ({@link StreetRouter}): the snap is exactly at an end node of a through edge, and an edge
   * closed to the mode's through traffic meets that node. A search from the snap starts on the
   * through network (its edge counts as used), while a search to it takes any path that reaches the
   * node, including one that ends in that no-through area ({@link StreetTimes#secondsTo}). Between
   * snaps that are not at such a gate, a forward and a reverse search give the same times.
   */
  public boolean isAtNoThroughGate(StreetSnap snap, StreetMode mode) {
    if ((snap.fraction() != 0 && snap.fraction() != 1) || isNoThrough(snap.edge(), mode)) {
      return false;
    }
    int node = snap.fraction() == 0 ? edgeFromNode[snap.edge()] : edgeToNode[snap.edge()];
    for (int i = incidenceStart[node]; i < incidenceStart[node + 1]; i++) {
      if (isNoThrough(incidence[i] >>> 1, mode)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the edge is a ferry (never snapped to). */
  public boolean isFerry(int edge) {
    return (edgeFlags[edge] & EdgeFlags.FERRY) != 0;
  }

  /**
   * Whole seconds to cross a timed ferry edge (its share of the way's duration plus half its
   * interval), or -1 when the edge is not a timed ferry.
   */
  public int ferryCrossingSeconds(int edge) {
    int millis = isFerry(edge) ? ferries.crossingMillis(edge) : -1;
    return millis < 0 ? -1 : StreetTravel.seconds(millis);
  }

  /** Average car speed in the direction, from OSM tags via GraphHopper; 0 where cars may not go. */
  public double carSpeedKmh(int edge, boolean forward) {
    return forward ? carSpeedForwardKmh[edge] : carSpeedBackwardKmh[edge];
  }

  /** Points of the edge's shape including both end nodes (so at least 2). */
  public int edgePointCount(int edge) {
    return geometryStart[edge + 1] - geometryStart[edge] + 2;
  }

  /** Latitude of shape point {@code index}: 0 is the from-node, the last is the to-node. */
  public double edgePointLat(int edge, int index) {
    if (index == 0) {
      return nodeLat[edgeFromNode[edge]];
    }
    int pillars = geometryStart[edge + 1] - geometryStart[edge];
    return index > pillars
        ? nodeLat[edgeToNode[edge]]
        : geometryLat[geometryStart[edge] + index - 1];
  }

  /** Longitude of shape point {@code index}: 0 is the from-node, the last is the to-node. */
  public double edgePointLon(int edge, int index) {
    if (index == 0) {
      return nodeLon[edgeFromNode[edge]];
    }
    int pillars = geometryStart[edge + 1] - geometryStart[edge];
    return index > pillars
        ? nodeLon[edgeToNode[edge]]
        : geometryLon[geometryStart[edge] + index - 1];
  }

  /**
   * Nearest point on an edge usable by {@code mode} (in at least one direction), within {@code
   * maxDistanceMeters} in a straight line; ties go to the lower edge number. Ferries are never
   * snapped to: a point in the water belongs to the shore.
   */
  public Optional<StreetSnap> snap(
      double lat, double lon, StreetMode mode, double maxDistanceMeters) {
    return spatialIndex.snap(lat, lon, mode, maxDistanceMeters);
  }

  /** Writes the network in {@link StreetNetworkFormat}; the same network gives the same bytes. */
  public void write(DataOutputStream out) throws IOException {
    StreetNetworkFormat.write(this, out);
  }

  /** Reads a network written by {@link #write}; rejects other formats and versions. */
  public static StreetNetwork read(DataInputStream in) throws IOException {
    return StreetNetworkFormat.read(in);
  }
}
