package org.ruralaccess.network.street;

import java.util.Arrays;

/**
 * Collects nodes and edges for a {@link StreetNetwork}; used by the OSM importer and by tests that
 * build synthetic streets. Nodes and edges are numbered in the order they are added.
 */
public final class StreetNetworkBuilder {

  private double[] nodeLat = new double[64];
  private double[] nodeLon = new double[64];
  private int nodeCount;

  private int[] edgeFromNode = new int[64];
  private int[] edgeToNode = new int[64];
  private double[] edgeLengthMeters = new double[64];
  private byte[] edgeAccessBits = new byte[64];
  private double[] carSpeedForwardKmh = new double[64];
  private double[] carSpeedBackwardKmh = new double[64];
  private int[] geometryStart = new int[65];
  private byte[] edgeFlags = new byte[64];
  private int edgeCount;
  private final java.util.TreeMap<Integer, Integer> ferryMillis = new java.util.TreeMap<>();

  private double[] geometryLat = new double[64];
  private double[] geometryLon = new double[64];
  private int geometryCount;

  StreetNetworkBuilder() {}

  /** The bit that grants {@code mode} the use of an edge in one direction. */
  public static int accessBit(StreetMode mode, boolean forward) {
    return 1 << (mode.ordinal() * 2 + (forward ? 0 : 1));
  }

  /** Both directions for {@code mode}. */
  public static int bothWays(StreetMode mode) {
    return accessBit(mode, true) | accessBit(mode, false);
  }

  public int addNode(double lat, double lon) {
    if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
      throw new IllegalArgumentException("invalid coordinate " + lat + ", " + lon);
    }
    if (nodeCount == nodeLat.length) {
      nodeLat = Arrays.copyOf(nodeLat, nodeCount * 2);
      nodeLon = Arrays.copyOf(nodeLon, nodeCount * 2);
    }
    nodeLat[nodeCount] = lat;
    nodeLon[nodeCount] = lon;
    return nodeCount++;
  }

  /** A straight edge with no shape points in between. */
  public int addEdge(
      int fromNode,
      int toNode,
      double lengthMeters,
      int accessBits,
      double carSpeedForwardKmh,
      double carSpeedBackwardKmh) {
    return addEdge(
        fromNode, toNode, lengthMeters, accessBits, carSpeedForwardKmh, carSpeedBackwardKmh, null);
  }

  /**
   * Adds an edge.
   *
   * @param accessBits OR of {@link #accessBit} values
   * @param carSpeedForwardKmh car speed from-to; must be positive when cars may go that way
   * @param pillarLatLon shape points strictly between the end nodes as lat, lon pairs, or null
   */
  public int addEdge(
      int fromNode,
      int toNode,
      double lengthMeters,
      int accessBits,
      double carSpeedForwardKmh,
      double carSpeedBackwardKmh,
      double[] pillarLatLon) {
    checkNode(fromNode);
    checkNode(toNode);
    if (!(lengthMeters >= 0) || Double.isInfinite(lengthMeters)) {
      throw new IllegalArgumentException("invalid edge length " + lengthMeters);
    }
    checkCarSpeed(accessBits, true, carSpeedForwardKmh);
    checkCarSpeed(accessBits, false, carSpeedBackwardKmh);
    if (edgeCount == edgeFromNode.length) {
      growEdges();
    }
    edgeFromNode[edgeCount] = fromNode;
    edgeToNode[edgeCount] = toNode;
    edgeLengthMeters[edgeCount] = lengthMeters;
    edgeAccessBits[edgeCount] = (byte) accessBits;
    this.carSpeedForwardKmh[edgeCount] = carSpeedForwardKmh;
    this.carSpeedBackwardKmh[edgeCount] = carSpeedBackwardKmh;
    addGeometry(pillarLatLon);
    geometryStart[edgeCount + 1] = geometryCount;
    return edgeCount++;
  }

  private void addGeometry(double[] pillarLatLon) {
    if (pillarLatLon == null) {
      return;
    }
    if (pillarLatLon.length % 2 != 0) {
      throw new IllegalArgumentException("pillar coordinates must come in lat, lon pairs");
    }
    int points = pillarLatLon.length / 2;
    if (geometryCount + points > geometryLat.length) {
      int capacity = Math.max(geometryLat.length * 2, geometryCount + points);
      geometryLat = Arrays.copyOf(geometryLat, capacity);
      geometryLon = Arrays.copyOf(geometryLon, capacity);
    }
    for (int i = 0; i < points; i++) {
      geometryLat[geometryCount] = pillarLatLon[2 * i];
      geometryLon[geometryCount] = pillarLatLon[2 * i + 1];
      geometryCount++;
    }
  }

  private void checkNode(int node) {
    if (node < 0 || node >= nodeCount) {
      throw new IllegalArgumentException("no node " + node);
    }
  }

  private static void checkCarSpeed(int accessBits, boolean forward, double speedKmh) {
    boolean carAllowed = (accessBits & accessBit(StreetMode.CAR, forward)) != 0;
    if (carAllowed ? !(speedKmh > 0) || Double.isInfinite(speedKmh) : speedKmh < 0) {
      throw new IllegalArgumentException("invalid car speed " + speedKmh + " km/h");
    }
  }

  private void growEdges() {
    int capacity = edgeCount * 2;
    edgeFromNode = Arrays.copyOf(edgeFromNode, capacity);
    edgeToNode = Arrays.copyOf(edgeToNode, capacity);
    edgeLengthMeters = Arrays.copyOf(edgeLengthMeters, capacity);
    edgeAccessBits = Arrays.copyOf(edgeAccessBits, capacity);
    carSpeedForwardKmh = Arrays.copyOf(carSpeedForwardKmh, capacity);
    carSpeedBackwardKmh = Arrays.copyOf(carSpeedBackwardKmh, capacity);
    geometryStart = Arrays.copyOf(geometryStart, capacity + 1);
    edgeFlags = Arrays.copyOf(edgeFlags, capacity);
  }

  /**
   * Closes an edge to through traffic of {@code mode}: it may be used at the start or the end of a
   * trip only (OSM {@code access=private} and the like).
   */
  public void markNoThrough(int edge, StreetMode mode) {
    checkEdge(edge);
    edgeFlags[edge] |= (byte) EdgeFlags.noThrough(mode);
  }

  /**
   * Marks an edge as a ferry. With {@code crossingMillis > 0} every mode allowed on it takes that
   * long to cross the whole edge; with 0 it keeps its speeds (an untimed ferry, which the importer
   * leaves to cars only).
   */
  public void markFerry(int edge, int crossingMillis) {
    checkEdge(edge);
    if (crossingMillis < 0) {
      throw new IllegalArgumentException("negative ferry crossing " + crossingMillis + " ms");
    }
    edgeFlags[edge] |= (byte) EdgeFlags.FERRY;
    if (crossingMillis > 0) {
      ferryMillis.put(edge, crossingMillis);
    } else {
      ferryMillis.remove(edge);
    }
  }

  /**
   * Closes to the mode's through traffic every through street it can reach only through no-through
   * edges (see {@link EnclosedStreets}); call after the last {@link #markNoThrough}.
   *
   * @return how many edges were closed
   */
  public int markEnclosedStreetsNoThrough(StreetMode mode) {
    java.util.BitSet enclosed =
        EnclosedStreets.find(
            nodeCount, edgeCount, edgeFromNode, edgeToNode, edgeAccessBits, edgeFlags, mode);
    for (int edge = enclosed.nextSetBit(0); edge >= 0; edge = enclosed.nextSetBit(edge + 1)) {
      edgeFlags[edge] |= (byte) EdgeFlags.noThrough(mode);
    }
    return enclosed.cardinality();
  }

  private void checkEdge(int edge) {
    if (edge < 0 || edge >= edgeCount) {
      throw new IllegalArgumentException("no edge " + edge);
    }
  }

  public int nodeCount() {
    return nodeCount;
  }

  public int edgeCount() {
    return edgeCount;
  }

  /** The finished network; the builder can still be used but the network does not change. */
  public StreetNetwork build() {
    return new StreetNetwork(
        Arrays.copyOf(nodeLat, nodeCount),
        Arrays.copyOf(nodeLon, nodeCount),
        Arrays.copyOf(edgeFromNode, edgeCount),
        Arrays.copyOf(edgeToNode, edgeCount),
        Arrays.copyOf(edgeLengthMeters, edgeCount),
        Arrays.copyOf(edgeAccessBits, edgeCount),
        Arrays.copyOf(carSpeedForwardKmh, edgeCount),
        Arrays.copyOf(carSpeedBackwardKmh, edgeCount),
        Arrays.copyOf(geometryStart, edgeCount + 1),
        Arrays.copyOf(geometryLat, geometryCount),
        Arrays.copyOf(geometryLon, geometryCount),
        Arrays.copyOf(edgeFlags, edgeCount),
        new FerryCrossings(
            ferryMillis.keySet().stream().mapToInt(Integer::intValue).toArray(),
            ferryMillis.values().stream().mapToInt(Integer::intValue).toArray()));
  }
}
