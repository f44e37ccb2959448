package org.ruralaccess.analysis.matrix;

import java.util.function.IntConsumer;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.network.Network;

/**
 * Who routes a matrix's origins: this JVM's cores ({@link #LOCAL}), or a cluster (the optional
 * {@code spark} module, issue 17) that splits the origins across machines. Either way the sink
 * receives every origin once, in origin order, with the values {@link TravelTimeMatrix#compute}
 * gives, so the output does not depend on who routed it.
 */
@FunctionalInterface
public interface OriginRouter {

  /** {@link TravelTimeMatrix#compute} on this machine. */
  OriginRouter LOCAL = TravelTimeMatrix::compute;

  /**
   * Whether this router routes on this JVM's cores as {@link TravelTimeMatrix#compute} does, so a
   * caller may route there itself (and share work between modes).
   */
  default boolean routesHere() {
    return this == LOCAL;
  }

  /**
   * @param originsDone told the number of origins routed so far (progress)
   */
  TravelTimeMatrix.LinkSummary route(
      Network network,
      PointSet origins,
      PointSet destinations,
      MatrixRequest request,
      TravelTimeMatrix.Sink sink,
      IntConsumer originsDone);
}
