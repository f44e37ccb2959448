package org.ruralaccess.cli;

import java.nio.file.Path;
import org.ruralaccess.app.DistributedRouting;
import org.ruralaccess.app.LoadedNetwork;
import org.ruralaccess.support.ProgressListener;
import picocli.CommandLine.Option;

/**
 * The distributed-run flags of {@code rae matrix} and {@code rae accessibility} (issue 17): the
 * origins routed on an Apache Spark cluster by the optional spark module (docs/spark.md).
 */
final class SparkOptions {

  @Option(
      names = "--spark",
      paramLabel = "MASTER_URL",
      description =
          "route the origins on an Apache Spark cluster: spark://HOST:7077, local[N], yarn,"
              + " k8s://..., or submit (the master spark-submit was given); needs spark/rae-spark,"
              + " see docs/spark.md. The output is the same as without it")
  String masterUrl;

  @Option(
      names = "--spark-network",
      paramLabel = "FILE",
      description =
          "with --spark: the network file's path on the executors, when it differs from"
              + " --network's (a shared folder mounted elsewhere)")
  Path executorNetworkFile;

  DistributedRouting.Router connect(LoadedNetwork loaded, ProgressListener progress) {
    if (masterUrl == null && executorNetworkFile != null) {
      throw new org.ruralaccess.model.BadInputException("--spark-network needs --spark");
    }
    return DistributedRouting.connect(masterUrl, loaded, executorNetworkFile, progress);
  }
}
