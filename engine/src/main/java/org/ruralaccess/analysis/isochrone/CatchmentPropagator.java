package org.ruralaccess.analysis.isochrone;

import org.ruralaccess.routing.ReverseRaptorListener;
import org.ruralaccess.routing.StopDepartures;

/**
 * Carries a reverse search's latest stop departures onto the cells, deadline by deadline, for an
 * arrive-by catchment: a cell's time for deadline {@code T} is {@code T} minus the latest time one
 * can leave it (walk to a stop and be there by the stop's latest departure, or walk all the way),
 * so a catchment's cutoff reads "can leave at or after {@code T - cutoff} and arrive by {@code T}".
 *
 * <p>It is {@link TransitGridPropagator} run on negated times: leaving later is arriving earlier in
 * negated time, deadlines (earliest first) are departures (latest first), and the stop-to-cell
 * walks are the cells' walks to the stops ({@link StopCellWalks} built in reverse). So the same
 * incremental, compressed bookkeeping and the same nearest-rank percentiles apply.
 */
public final class CatchmentPropagator {

  private final TransitGridPropagator negated;
  private int lastDeadline;

  /**
   * @param cellToStop walks from cells to stops ({@link
   *     org.ruralaccess.network.street.SearchDirection#REVERSE})
   */
  public CatchmentPropagator(StopCellWalks cellToStop) {
    this.negated = new TransitGridPropagator(cellToStop);
  }

  /**
   * @param directWalk each cell's walk to the destination, within the max trip time
   */
  public void begin(
      TravelTimeGrid directWalk,
      int firstDeadlineSeconds,
      int deadlineCount,
      int stepSeconds,
      int maxTripSeconds) {
    lastDeadline = firstDeadlineSeconds + (deadlineCount - 1) * stepSeconds;
    negated.begin(directWalk, -lastDeadline, deadlineCount, stepSeconds, maxTripSeconds);
  }

  /** One deadline's latest stop departures; deadlines come earliest first, one per step. */
  public void deadline(
      int deadlineSeconds, StopDepartureTimes departures, int[] changedStops, int changedCount) {
    negated.departure(
        -deadlineSeconds,
        stop -> {
          int seconds = departures.departureSeconds(stop);
          return seconds == TravelTimeGrid.UNREACHED ? TravelTimeGrid.UNREACHED : -seconds;
        },
        changedStops,
        changedCount);
  }

  /** Adapts a reverse range-RAPTOR's callbacks to {@link #deadline}. */
  public ReverseRaptorListener asReverseRaptorListener() {
    return asReverseRaptorListener(() -> {});
  }

  /** As {@link #asReverseRaptorListener()}, running {@code eachDeadline} first (it may throw). */
  public ReverseRaptorListener asReverseRaptorListener(Runnable eachDeadline) {
    RaptorView view = new RaptorView();
    return (deadlineSeconds, latest, changedStops, changedCount) -> {
      eachDeadline.run();
      view.departures = latest;
      deadline(deadlineSeconds, view, changedStops, changedCount);
    };
  }

  /**
   * Per cell, the percentiles over the deadlines of (deadline - latest departure from the cell).
   */
  public TravelTimeGrid[] percentiles(int[] percentiles) {
    return negated.percentiles(percentiles);
  }

  public long accessUpdates() {
    return negated.egressUpdates();
  }

  private static final class RaptorView implements StopDepartureTimes {
    StopDepartures departures;

    @Override
    public int departureSeconds(int stop) {
      return departures.isReached(stop)
          ? departures.departureSeconds(stop)
          : TravelTimeGrid.UNREACHED;
    }
  }
}
