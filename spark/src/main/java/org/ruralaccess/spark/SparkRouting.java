package org.ruralaccess.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.ruralaccess.app.DistributedRouting;
import org.ruralaccess.app.LoadedNetwork;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.support.ProgressListener;

/**
 * {@code --spark MASTER_URL}: the engine's {@link DistributedRouting} on Apache Spark, found by
 * {@link java.util.ServiceLoader} (META-INF/services) when this module is on the class path.
 */
public final class SparkRouting implements DistributedRouting {

  /** Seconds to wait for a standalone master's port before saying it cannot be reached. */
  private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

  @Override
  public Router open(
      String masterUrl, LoadedNetwork loaded, Path executorNetworkFile, ProgressListener progress) {
    SparkConf conf = new SparkConf().setAppName("rae " + loaded.file().getFileName());
    if (!masterUrl.equals("submit")) {
      checkReachable(masterUrl);
      conf.setMaster(masterUrl);
    } else if (!conf.contains("spark.master")) {
      throw new BadInputException(
          "--spark submit: no master given; run under spark-submit --master URL, or give"
              + " --spark URL");
    }
    quietTaskFailures();
    progress.note("spark: connecting to " + conf.get("spark.master"));
    JavaSparkContext context;
    try {
      context = new JavaSparkContext(conf);
    } catch (RuntimeException e) {
      throw new BadInputException(
          "--spark " + masterUrl + ": cannot start a Spark application: " + e.getMessage(), e);
    }
    context.setLogLevel("WARN");
    TaskEvents tasks = new TaskEvents(progress);
    context.sc().addSparkListener(tasks);
    progress.note(
        "spark: application "
            + context.sc().applicationId()
            + ", default parallelism "
            + context.defaultParallelism());
    return new SparkRouter(context, loaded, executorNetworkFile.toString(), tasks, progress);
  }

  /**
   * Spark logs a failed task with its stack trace, twice (the executor, then the scheduler); {@link
   * TaskFailures} says it in one line instead. slf4j-simple (the engine's logger) reads a logger's
   * level when the logger is made, so this is set before the context is.
   */
  private static void quietTaskFailures() {
    for (String logger :
        new String[] {
          "org.apache.spark.executor.Executor", "org.apache.spark.scheduler.TaskSetManager"
        }) {
      String key = "org.slf4j.simpleLogger.log." + logger;
      if (System.getProperty(key) == null) {
        System.setProperty(key, "off");
      }
    }
  }

  /**
   * A standalone master (spark://HOST:PORT[,HOST:PORT]) must answer on its port: Spark itself would
   * retry for a minute and then leave the run hanging or failing with a stack trace.
   */
  static void checkReachable(String masterUrl) {
    if (!masterUrl.startsWith("spark://")) {
      return; // local[N], yarn, k8s://: Spark reports those itself
    }
    IOException last = null;
    for (String hostPort : masterUrl.substring("spark://".length()).split(",")) {
      URI uri = URI.create("spark://" + hostPort);
      if (uri.getHost() == null || uri.getPort() < 0) {
        throw new BadInputException(
            "--spark " + masterUrl + ": not a master URL (spark://HOST:PORT)");
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), CONNECT_TIMEOUT_MILLIS);
        return; // one master of a high-availability list answering is enough
      } catch (IOException e) {
        last = e;
      }
    }
    throw new BadInputException(
        "--spark "
            + masterUrl
            + ": cannot reach the Spark master ("
            + last.getMessage()
            + "); is it running, and is its port open from here?");
  }
}
