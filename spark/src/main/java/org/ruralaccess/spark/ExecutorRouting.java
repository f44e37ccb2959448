package org.ruralaccess.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ruralaccess.analysis.matrix.TravelTimeMatrix;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.store.NetworkStore;

/**
 * The executor's side: the network read once per JVM (per file), the destinations linked and the
 * searches prepared once per routed matrix (kept for the last two), then a partition's origins
 * routed on the executor's cores by the engine's own {@link TravelTimeMatrix}.
 */
final class ExecutorRouting {

  private static final Map<String, Network> NETWORKS = new LinkedHashMap<>();
  private static final Map<String, TravelTimeMatrix.Prepared> PREPARED =
      new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TravelTimeMatrix.Prepared> eldest) {
          return size() > 2;
        }
      };

  private ExecutorRouting() {}

  /** Routes origins {@code from} to {@code to} (exclusive) of the job. */
  static PartitionRows route(RouteJob job, int from, int to) {
    TravelTimeMatrix.Prepared prepared = prepared(job);
    PointSet origins = job.origins().slice(from, to);
    int width = job.request().isArriveBy() ? 2 : job.percentiles().length;
    int[][] flat = new int[to - from][];
    TravelTimeMatrix.LinkSummary links =
        prepared.compute(
            origins,
            (origin, values) -> flat[origin] = PartitionRows.flatten(values, width),
            n -> {});
    return new PartitionRows(
        from,
        job.destinations().ids().length,
        width,
        flat,
        links.originsUnlinked(),
        links.destinationsUnlinked());
  }

  private static TravelTimeMatrix.Prepared prepared(RouteJob job) {
    synchronized (PREPARED) {
      TravelTimeMatrix.Prepared known = PREPARED.get(job.key());
      if (known == null) {
        known =
            TravelTimeMatrix.prepare(network(job), job.destinations().pointSet(), job.request());
        PREPARED.put(job.key(), known);
      }
      return known;
    }
  }

  private static Network network(RouteJob job) {
    synchronized (NETWORKS) {
      Network known = NETWORKS.get(job.networkFile());
      if (known != null) {
        return known;
      }
      Path file = Path.of(job.networkFile());
      String host = host();
      if (!Files.isRegularFile(file)) {
        throw new ExecutorInputException(
            "network file "
                + file
                + " not found on executor "
                + host
                + "; every executor reads it from that path (a shared folder), or give"
                + " --spark-network with its path there (docs/spark.md)");
      }
      String sha256 = sha256(file);
      if (!sha256.equals(job.networkSha256())) {
        throw new ExecutorInputException(
            "network file "
                + file
                + " on executor "
                + host
                + " is not the driver's (sha256 "
                + sha256.substring(0, 12)
                + " here, "
                + job.networkSha256().substring(0, 12)
                + " on the driver); copy the same file to every executor");
      }
      try {
        known = NetworkStore.read(file);
      } catch (BadInputException e) {
        throw new ExecutorInputException("on executor " + host + ": " + e.getMessage());
      }
      NETWORKS.put(job.networkFile(), known);
      return known;
    }
  }

  static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new ExecutorInputException("cannot read network file " + file + ": " + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "(unknown host)";
    }
  }
}
