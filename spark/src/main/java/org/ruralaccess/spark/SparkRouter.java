package org.ruralaccess.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.ruralaccess.analysis.matrix.MatrixRequest;
import org.ruralaccess.analysis.matrix.OriginRouter;
import org.ruralaccess.analysis.matrix.TravelTimeMatrix;
import org.ruralaccess.app.DistributedRouting;
import org.ruralaccess.app.LoadedNetwork;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;
import scala.Function0;
import scala.Function1;
import scala.Function2;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.BoxedUnit;
import scala.util.Try;

/**
 * Routes a matrix's origins on a Spark cluster: the origins cut into contiguous ranges (a few per
 * executor core, so a slow partition or a retried one holds the run up less), one Spark task per
 * range, each executor reading the network file once ({@link ExecutorRouting}); the driver gives
 * the partitions' rows to the sink in origin order as they arrive, keeping only the partitions that
 * came back before an earlier one. A failed task is retried by Spark (spark.task.maxFailures); the
 * rows of an origin do not depend on the attempt, so the output is the same.
 */
final class SparkRouter implements DistributedRouting.Router {

  private final JavaSparkContext context;
  private final LoadedNetwork loaded;
  private final String executorNetworkFile;
  private final TaskEvents tasks;
  private final ProgressListener progress;
  private String networkSha256;

  SparkRouter(
      JavaSparkContext context,
      LoadedNetwork loaded,
      String executorNetworkFile,
      TaskEvents tasks,
      ProgressListener progress) {
    this.context = context;
    this.loaded = loaded;
    this.executorNetworkFile = executorNetworkFile;
    this.tasks = tasks;
    this.progress = progress;
  }

  @Override
  public TravelTimeMatrix.LinkSummary route(
      Network network,
      PointSet origins,
      PointSet destinations,
      MatrixRequest request,
      TravelTimeMatrix.Sink sink,
      IntConsumer originsDone) {
    if (network != loaded.network()) {
      // a scenario's network exists only in this JVM: the executors have the file as built
      return OriginRouter.LOCAL.route(network, origins, destinations, request, sink, originsDone);
    }
    if (networkSha256 == null) {
      networkSha256 = ExecutorRouting.sha256(loaded.file());
    }
    RouteJob job =
        RouteJob.of(
            UUID.randomUUID().toString(),
            executorNetworkFile,
            networkSha256,
            request,
            origins,
            destinations);
    Broadcast<RouteJob> shared = context.broadcast(job);
    List<int[]> ranges = ranges(origins.size(), context.defaultParallelism() * 4);
    JavaRDD<int[]> rdd = context.parallelize(ranges, Math.max(1, ranges.size()));
    InOrder inOrder = new InOrder(ranges.size());
    SimpleFutureAction<BoxedUnit> future =
        context
            .sc()
            .submitJob(
                rdd.rdd(),
                new RoutePartition(shared),
                CollectionConverters.asScala(partitionIndices(ranges.size())).toSeq(),
                (Function2<Object, PartitionRows, BoxedUnit>)
                    (index, rows) -> {
                      inOrder.arrived((Integer) index, rows);
                      return BoxedUnit.UNIT;
                    },
                (Function0<BoxedUnit>) () -> BoxedUnit.UNIT);
    int done = 0;
    int originsUnlinked = 0;
    int destinationsUnlinked = 0;
    try {
      for (int p = 0; p < ranges.size(); p++) {
        PartitionRows rows = inOrder.next(p, future);
        for (int k = 0; k < rows.origins(); k++) {
          sink.origin(rows.firstOrigin() + k, rows.values(k));
        }
        done += rows.origins();
        originsDone.accept(done);
        originsUnlinked += rows.originsUnlinked();
        destinationsUnlinked = rows.destinationsUnlinked();
      }
    } finally {
      shared.destroy();
    }
    // the listener hears of the last tasks a moment after their results arrive
    try {
      context.sc().listenerBus().waitUntilEmpty(10_000);
    } catch (java.util.concurrent.TimeoutException late) {
      // the count below may miss the last few tasks: it is information, not output
    }
    progress.note("spark: " + ranges.size() + " ranges routed (" + tasks.takeFinished() + ")");
    return new TravelTimeMatrix.LinkSummary(originsUnlinked, destinationsUnlinked);
  }

  /** Contiguous ranges {from, to} of about equal size, at most {@code parts} of them. */
  static List<int[]> ranges(int origins, int parts) {
    int count = Math.max(1, Math.min(origins, parts));
    List<int[]> ranges = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int from = (int) ((long) origins * i / count);
      int to = (int) ((long) origins * (i + 1) / count);
      ranges.add(new int[] {from, to});
    }
    return ranges;
  }

  private static List<Object> partitionIndices(int count) {
    List<Object> indices = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      indices.add(i);
    }
    return indices;
  }

  @Override
  public void close() {
    context.stop();
  }

  /** The executor's function: route each range of the partition (one per partition). */
  private static final class RoutePartition
      implements Function1<scala.collection.Iterator<int[]>, PartitionRows>, Serializable {
    private final Broadcast<RouteJob> job;

    RoutePartition(Broadcast<RouteJob> job) {
      this.job = job;
    }

    @Override
    public PartitionRows apply(scala.collection.Iterator<int[]> ranges) {
      int[] range = ranges.next();
      FailOnce.maybeFail();
      return ExecutorRouting.route(job.value(), range[0], range[1]);
    }
  }

  /** Partitions that arrived out of order, until the sink can take them. */
  private static final class InOrder {
    private final Map<Integer, PartitionRows> waiting = new HashMap<>();

    InOrder(int partitions) {}

    synchronized void arrived(int partition, PartitionRows rows) {
      waiting.put(partition, rows);
      notifyAll();
    }

    /** Partition {@code p}, waiting for it; the job's failure when it failed. */
    synchronized PartitionRows next(int p, SimpleFutureAction<BoxedUnit> future) {
      while (!waiting.containsKey(p)) {
        if (future.isCompleted()) {
          Try<BoxedUnit> outcome = future.value().get();
          if (outcome.isFailure()) {
            throw failure(outcome.failed().get());
          }
          if (!waiting.containsKey(p)) {
            throw new IllegalStateException("spark job ended without partition " + p);
          }
          break;
        }
        try {
          wait(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          future.cancel();
          throw new IllegalStateException("interrupted while routing on spark", e);
        }
      }
      return waiting.remove(p);
    }
  }

  /**
   * Bad input found on an executor becomes one line (exit 2); anything else stays an internal error
   * with Spark's text.
   */
  static RuntimeException failure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(ExecutorInputException.MARK)) {
        return new BadInputException("--spark: " + ExecutorInputException.line(t.getMessage()));
      }
    }
    return failure instanceof RuntimeException runtime
        ? runtime
        : new IllegalStateException("spark job failed: " + failure.getMessage(), failure);
  }
}
