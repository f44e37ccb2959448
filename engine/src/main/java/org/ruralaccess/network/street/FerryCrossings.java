package org.ruralaccess.network.street;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The crossing time of every timed ferry edge, stored sparsely (a county has a handful of ferry
 * edges among a million): edge numbers ascending with their milliseconds beside them. The time is
 * the edge's share of the OSM way's {@code duration} plus half its {@code interval} (the average
 * wait), shared between the way's edges in proportion to their length, so riding the whole way
 * takes the tagged duration plus the average wait. Every mode that may use the edge takes this time
 * whatever its speed.
 */
public final class FerryCrossings {

  private final int[] edges;
  private final int[] millis;

  FerryCrossings(int[] edges, int[] millis) {
    this.edges = edges;
    this.millis = millis;
  }

  /** Milliseconds to cross the whole edge, or -1 when it is not a timed ferry. */
  int crossingMillis(int edge) {
    int index = Arrays.binarySearch(edges, edge);
    return index >= 0 ? millis[index] : -1;
  }

  int count() {
    return edges.length;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(edges.length);
    for (int i = 0; i < edges.length; i++) {
      out.writeInt(edges[i]);
      out.writeInt(millis[i]);
    }
  }

  static FerryCrossings read(DataInputStream in, int edgeCount) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > edgeCount) {
      throw new IOException("corrupt street network: " + count + " ferry crossings");
    }
    int[] edges = new int[count];
    int[] millis = new int[count];
    for (int i = 0; i < count; i++) {
      edges[i] = in.readInt();
      millis[i] = in.readInt();
      if (edges[i] < 0 || edges[i] >= edgeCount || (i > 0 && edges[i] <= edges[i - 1])) {
        throw new IOException("corrupt street network: bad ferry edge " + edges[i]);
      }
      if (millis[i] <= 0) {
        throw new IOException("corrupt street network: ferry crossing of " + millis[i] + " ms");
      }
    }
    return new FerryCrossings(edges, millis);
  }
}
