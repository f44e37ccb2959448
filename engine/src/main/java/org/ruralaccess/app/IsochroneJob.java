package org.ruralaccess.app;

import java.nio.file.Path;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.settings.RoutingOverrides;

/**
 * Isochrones (or arrive-by catchments) as a user asks for them; {@link IsochroneOperation#run}
 * checks every value against the network and answers with features.
 *
 * @param places from where (isochrones) or to where (catchments)
 * @param time a departure window for isochrones ({@link MatrixJob.Departing}); a deadline for
 *     catchments ({@link MatrixJob.ArrivingBy}, its step unused: one deadline)
 * @param percentile of travel time over the window's departures, 0-100 (transit isochrones)
 * @param cutoffMinutes increasing, each at most the max trip time
 * @param cellMeters the grid's cell size, 10 to 2,000 m (100 by default)
 * @param scenarioFile a scenario to apply to the network first, or null
 */
public record IsochroneJob(
    Places places,
    MatrixJob.Time time,
    TravelMode mode,
    int percentile,
    int[] cutoffMinutes,
    double cellMeters,
    RoutingOverrides routing,
    CommunityTransportRequest communityTransport,
    Path scenarioFile) {

  /** The default cell size, meters. */
  public static final double DEFAULT_CELL_METERS = 100;

  /** Where the isochrones start (or, for catchments, end). */
  public sealed interface Places {
    /** True for catchments: the places are destinations reached by a deadline. */
    default boolean arriveBy() {
      return false;
    }
  }

  /** From a point ({@code --lat/--lon}). */
  public record FromPoint(double lat, double lon) implements Places {}

  /** From a zone's population-weighted origin ({@code --zone}). */
  public record FromZone(String code) implements Places {}

  /** From every zone of the network ({@code --all-zones}), in the network's zone order. */
  public record FromAllZones() implements Places {}

  /** To a point ({@code --to-lat/--to-lon}). */
  public record ToPoint(double lat, double lon) implements Places {
    @Override
    public boolean arriveBy() {
      return true;
    }
  }

  /** To a destination of the network ({@code --to-destination ID}). */
  public record ToDestination(String id) implements Places {
    @Override
    public boolean arriveBy() {
      return true;
    }
  }

  /** To every destination of a category ({@code --all-destinations CATEGORY}). */
  public record ToCategory(String category) implements Places {
    @Override
    public boolean arriveBy() {
      return true;
    }
  }

  public IsochroneJob {
    cutoffMinutes = cutoffMinutes.clone();
    routing = routing == null ? RoutingOverrides.NONE : routing;
    communityTransport =
        communityTransport == null ? CommunityTransportRequest.defaults() : communityTransport;
  }

  @Override
  public int[] cutoffMinutes() {
    return cutoffMinutes.clone();
  }
}
