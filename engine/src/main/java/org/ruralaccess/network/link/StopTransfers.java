package org.ruralaccess.network.link;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Precomputed stop-to-stop walks on the street network, as distances in meters so that a request's
 * walk speed turns them into seconds. Compressed sparse rows: the transfers from stop {@code s} are
 * at indexes {@code [firstIndex[s], firstIndex[s + 1])}, sorted by target stop. Distances include
 * both stops' off-street parts.
 */
public final class StopTransfers {

  private final int[] firstIndex;
  private final int[] toStop;
  private final int[] walkMeters;

  StopTransfers(int[] firstIndex, int[] toStop, int[] walkMeters) {
    this.firstIndex = firstIndex;
    this.toStop = toStop;
    this.walkMeters = walkMeters;
  }

  public int stopCount() {
    return firstIndex.length - 1;
  }

  public int transferCount() {
    return toStop.length;
  }

  public int firstIndex(int fromStop) {
    return firstIndex[fromStop];
  }

  public int endIndex(int fromStop) {
    return firstIndex[fromStop + 1];
  }

  public int toStop(int index) {
    return toStop[index];
  }

  public int walkMeters(int index) {
    return walkMeters[index];
  }

  public void write(DataOutputStream out) throws IOException {
    out.writeInt(firstIndex.length);
    for (int value : firstIndex) {
      out.writeInt(value);
    }
    out.writeInt(toStop.length);
    for (int i = 0; i < toStop.length; i++) {
      out.writeInt(toStop[i]);
      out.writeInt(walkMeters[i]);
    }
  }

  public static StopTransfers read(DataInputStream in) throws IOException {
    int[] first = new int[in.readInt()];
    for (int i = 0; i < first.length; i++) {
      first[i] = in.readInt();
    }
    int count = in.readInt();
    int[] to = new int[count];
    int[] meters = new int[count];
    for (int i = 0; i < count; i++) {
      to[i] = in.readInt();
      meters[i] = in.readInt();
    }
    return new StopTransfers(first, to, meters);
  }
}
