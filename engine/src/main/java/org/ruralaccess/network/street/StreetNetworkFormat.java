package org.ruralaccess.network.street;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * On-disk layout of a {@link StreetNetwork}, version 2: the magic {@code RAE-STREET}, the version,
 * the node, edge and shape-point counts, then each column as big-endian primitives in index order,
 * then the {@link EdgeFlags} byte per edge and the {@link FerryCrossings} (version 2 added these
 * two: no-through-traffic edges and ferries, issue 11). Derived structures (incidence lists,
 * spatial grid) are rebuilt on read, so the bytes depend only on the columns.
 */
final class StreetNetworkFormat {

  static final String MAGIC = "RAE-STREET";
  static final int VERSION = 2;

  private StreetNetworkFormat() {}

  static void write(StreetNetwork network, DataOutputStream out) throws IOException {
    out.writeUTF(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(network.nodeLat.length);
    out.writeInt(network.edgeFromNode.length);
    out.writeInt(network.geometryLat.length);
    writeDoubles(out, network.nodeLat);
    writeDoubles(out, network.nodeLon);
    writeInts(out, network.edgeFromNode);
    writeInts(out, network.edgeToNode);
    writeDoubles(out, network.edgeLengthMeters);
    out.write(network.edgeAccessBits);
    writeDoubles(out, network.carSpeedForwardKmh);
    writeDoubles(out, network.carSpeedBackwardKmh);
    writeInts(out, network.geometryStart);
    writeDoubles(out, network.geometryLat);
    writeDoubles(out, network.geometryLon);
    out.write(network.edgeFlags);
    network.ferries.write(out);
    out.flush();
  }

  static StreetNetwork read(DataInputStream in) throws IOException {
    String magic = in.readUTF();
    if (!MAGIC.equals(magic)) {
      throw new IOException("not a street network (expected header " + MAGIC + ")");
    }
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException(
          "street network format version " + version + ", this engine reads " + VERSION);
    }
    int nodeCount = readCount(in);
    int edgeCount = readCount(in);
    int geometryCount = readCount(in);
    double[] nodeLat = readDoubles(in, nodeCount);
    double[] nodeLon = readDoubles(in, nodeCount);
    int[] fromNode = readNodes(in, edgeCount, nodeCount);
    int[] toNode = readNodes(in, edgeCount, nodeCount);
    double[] lengthMeters = readDoubles(in, edgeCount);
    byte[] accessBits = new byte[edgeCount];
    in.readFully(accessBits);
    double[] carForwardKmh = readDoubles(in, edgeCount);
    double[] carBackwardKmh = readDoubles(in, edgeCount);
    int[] geometryStart = readInts(in, edgeCount + 1);
    checkGeometryStart(geometryStart, geometryCount);
    double[] geometryLat = readDoubles(in, geometryCount);
    double[] geometryLon = readDoubles(in, geometryCount);
    byte[] edgeFlags = new byte[edgeCount];
    in.readFully(edgeFlags);
    FerryCrossings ferries = FerryCrossings.read(in, edgeCount);
    return new StreetNetwork(
        nodeLat,
        nodeLon,
        fromNode,
        toNode,
        lengthMeters,
        accessBits,
        carForwardKmh,
        carBackwardKmh,
        geometryStart,
        geometryLat,
        geometryLon,
        edgeFlags,
        ferries);
  }

  private static int readCount(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0) {
      throw new IOException("corrupt street network: negative count " + count);
    }
    return count;
  }

  private static int[] readNodes(DataInputStream in, int edgeCount, int nodeCount)
      throws IOException {
    int[] nodes = readInts(in, edgeCount);
    for (int node : nodes) {
      if (node < 0 || node >= nodeCount) {
        throw new IOException("corrupt street network: edge refers to node " + node);
      }
    }
    return nodes;
  }

  private static void checkGeometryStart(int[] geometryStart, int geometryCount)
      throws IOException {
    int previous = 0;
    for (int start : geometryStart) {
      if (start < previous || start > geometryCount) {
        throw new IOException("corrupt street network: bad edge geometry offsets");
      }
      previous = start;
    }
    if (previous != geometryCount) {
      throw new IOException("corrupt street network: bad edge geometry offsets");
    }
  }

  private static void writeInts(DataOutputStream out, int[] values) throws IOException {
    for (int value : values) {
      out.writeInt(value);
    }
  }

  private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
    for (double value : values) {
      out.writeDouble(value);
    }
  }

  private static int[] readInts(DataInputStream in, int count) throws IOException {
    int[] values = new int[count];
    for (int i = 0; i < count; i++) {
      values[i] = in.readInt();
    }
    return values;
  }

  private static double[] readDoubles(DataInputStream in, int count) throws IOException {
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      values[i] = in.readDouble();
    }
    return values;
  }
}
