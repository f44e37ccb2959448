package org.ruralaccess.app;

import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.function.IntConsumer;
import org.ruralaccess.analysis.matrix.MatrixRequest;
import org.ruralaccess.analysis.matrix.OriginRouter;
import org.ruralaccess.analysis.matrix.TravelTimeMatrix;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;

/**
 * A cluster that routes a run's origins on other machines (issue 17): {@code rae matrix} and {@code
 * rae accessibility} with {@code --spark MASTER_URL}. The engine has no cluster code and no cluster
 * dependency: the optional {@code spark} module (docs/spark.md) provides one through {@link
 * ServiceLoader} when its jar is on the class path.
 */
public interface DistributedRouting {

  /**
   * Connects to the cluster; a master that cannot be reached is a {@link BadInputException}.
   *
   * @param executorNetworkFile where the executors read the network file (a path they all share)
   */
  Router open(
      String masterUrl, LoadedNetwork loaded, Path executorNetworkFile, ProgressListener progress);

  /** Routes origins until closed; closing releases the cluster's resources. */
  interface Router extends OriginRouter, AutoCloseable {
    @Override
    void close();

    /** This machine's cores: nothing to release. */
    static Router local() {
      return new Router() {
        @Override
        public TravelTimeMatrix.LinkSummary route(
            Network network,
            PointSet origins,
            PointSet destinations,
            MatrixRequest request,
            TravelTimeMatrix.Sink sink,
            IntConsumer originsDone) {
          return OriginRouter.LOCAL.route(
              network, origins, destinations, request, sink, originsDone);
        }

        @Override
        public boolean routesHere() {
          return true;
        }

        @Override
        public void close() {}
      };
    }
  }

  /**
   * The router for a run: this machine when {@code masterUrl} is null, else the cluster of the
   * distributed-routing module on the class path (a clear line when there is none).
   *
   * @param executorNetworkFile null for the network's own path
   */
  static Router connect(
      String masterUrl, LoadedNetwork loaded, Path executorNetworkFile, ProgressListener progress) {
    if (masterUrl == null) {
      return Router.local();
    }
    DistributedRouting routing =
        ServiceLoader.load(DistributedRouting.class)
            .findFirst()
            .orElseThrow(
                () ->
                    new BadInputException(
                        "--spark needs the rae-spark module on the class path: run"
                            + " spark/rae-spark instead of rae (see docs/spark.md)"));
    return routing.open(
        masterUrl,
        loaded,
        executorNetworkFile == null ? loaded.file() : executorNetworkFile,
        progress);
  }
}
