package org.ruralaccess.network.link;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Optional;
import org.ruralaccess.network.street.StreetSnap;

/**
 * Where each transit stop joins the walk network: a column store indexed by stop, with the edge,
 * the fraction along it and the off-street distance. Stops further than the build's link distance
 * from any walkable street (coach stops outside the extract, say) are unlinked: reachable by
 * transit, not on foot.
 */
public final class StopLinks {

  private final int[] edge;
  private final double[] fraction;
  private final double[] offStreetMeters;
  private final double[] snappedLat;
  private final double[] snappedLon;

  StopLinks(int stopCount) {
    this(
        filled(stopCount),
        new double[stopCount],
        new double[stopCount],
        new double[stopCount],
        new double[stopCount]);
  }

  private StopLinks(
      int[] edge, double[] fraction, double[] offStreetMeters, double[] lat, double[] lon) {
    this.edge = edge;
    this.fraction = fraction;
    this.offStreetMeters = offStreetMeters;
    this.snappedLat = lat;
    this.snappedLon = lon;
  }

  private static int[] filled(int count) {
    int[] edges = new int[count];
    java.util.Arrays.fill(edges, -1);
    return edges;
  }

  void set(int stop, StreetSnap snap) {
    edge[stop] = snap.edge();
    fraction[stop] = snap.fraction();
    offStreetMeters[stop] = snap.offStreetMeters();
    snappedLat[stop] = snap.lat();
    snappedLon[stop] = snap.lon();
  }

  public int stopCount() {
    return edge.length;
  }

  public boolean isLinked(int stop) {
    return edge[stop] >= 0;
  }

  public int linkedCount() {
    int count = 0;
    for (int e : edge) {
      count += e >= 0 ? 1 : 0;
    }
    return count;
  }

  /** The stop's point on the walk network, or empty when the stop is unlinked. */
  public Optional<StreetSnap> findSnap(int stop) {
    if (!isLinked(stop)) {
      return Optional.empty();
    }
    return Optional.of(
        new StreetSnap(
            edge[stop], fraction[stop], offStreetMeters[stop], snappedLat[stop], snappedLon[stop]));
  }

  public void write(DataOutputStream out) throws IOException {
    out.writeInt(edge.length);
    for (int stop = 0; stop < edge.length; stop++) {
      out.writeInt(edge[stop]);
      out.writeDouble(fraction[stop]);
      out.writeDouble(offStreetMeters[stop]);
      out.writeDouble(snappedLat[stop]);
      out.writeDouble(snappedLon[stop]);
    }
  }

  public static StopLinks read(DataInputStream in) throws IOException {
    int count = in.readInt();
    StopLinks links = new StopLinks(count);
    for (int stop = 0; stop < count; stop++) {
      links.edge[stop] = in.readInt();
      links.fraction[stop] = in.readDouble();
      links.offStreetMeters[stop] = in.readDouble();
      links.snappedLat[stop] = in.readDouble();
      links.snappedLon[stop] = in.readDouble();
    }
    return links;
  }
}
