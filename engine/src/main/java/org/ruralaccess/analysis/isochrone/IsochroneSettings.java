package org.ruralaccess.analysis.isochrone;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.settings.RoutingSettings;

/**
 * What {@link IsochroneAnalysis} needs from a request, already checked by the caller.
 *
 * @param firstSeconds the first departure of the window (forward), or the deadline (arrive-by)
 * @param departureCount departures every {@code stepSeconds} from {@code firstSeconds}; 1 for an
 *     arrive-by catchment (one deadline)
 * @param arriveBy catchments: the time from each cell is the deadline minus the latest departure
 *     from the cell that arrives in time
 * @param percentile of travel time over the window's departures, 0-100 (transit only)
 * @param cutoffSeconds increasing; the largest is the searches' max trip time, as in r5r
 * @param cellMeters cell size of the grid, 10 m to 2 km
 * @param routing the region's routing settings merged with the request's overrides
 */
public record IsochroneSettings(
    LocalDate date,
    int firstSeconds,
    int departureCount,
    int stepSeconds,
    boolean arriveBy,
    TravelMode mode,
    int percentile,
    int[] cutoffSeconds,
    double cellMeters,
    RoutingSettings routing,
    CommunityTransportRequest communityTransport) {

  public IsochroneSettings {
    cutoffSeconds = cutoffSeconds.clone();
    if (cutoffSeconds.length == 0) {
      throw new IllegalArgumentException("at least one cutoff");
    }
    communityTransport =
        communityTransport == null ? CommunityTransportRequest.defaults() : communityTransport;
  }

  @Override
  public int[] cutoffSeconds() {
    return cutoffSeconds.clone();
  }

  /** Equal when every field is (the cutoffs by value): a key of prepared analyses. */
  @Override
  public boolean equals(Object other) {
    return other instanceof IsochroneSettings o
        && date.equals(o.date)
        && firstSeconds == o.firstSeconds
        && departureCount == o.departureCount
        && stepSeconds == o.stepSeconds
        && arriveBy == o.arriveBy
        && mode == o.mode
        && percentile == o.percentile
        && Arrays.equals(cutoffSeconds, o.cutoffSeconds)
        && Double.compare(cellMeters, o.cellMeters) == 0
        && routing.equals(o.routing)
        && communityTransport.equals(o.communityTransport);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
                date,
                firstSeconds,
                departureCount,
                stepSeconds,
                arriveBy,
                mode,
                percentile,
                cellMeters,
                routing,
                communityTransport)
            * 31
        + Arrays.hashCode(cutoffSeconds);
  }

  @Override
  public String toString() {
    return "IsochroneSettings["
        + date
        + " from "
        + firstSeconds
        + " s, "
        + departureCount
        + " x "
        + stepSeconds
        + " s, "
        + (arriveBy ? "arrive-by, " : "")
        + mode
        + ", p"
        + percentile
        + ", cutoffs "
        + Arrays.toString(cutoffSeconds)
        + " s, "
        + cellMeters
        + " m, "
        + routing
        + ", "
        + communityTransport
        + "]";
  }

  /** The largest cutoff: nothing beyond it is searched. */
  public int maxTripSeconds() {
    return cutoffSeconds[cutoffSeconds.length - 1];
  }

  double walkMetersPerSecond() {
    return routing.walkSpeedKmh() / 3.6;
  }
}
