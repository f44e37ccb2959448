package org.ruralaccess.analysis.isochrone;

import java.util.Arrays;
import org.ruralaccess.analysis.community.FlexDestinationLegs;
import org.ruralaccess.analysis.community.FlexHubRides;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.routing.StopDepartures;

/**
 * One destination's community transport legs in an arrive-by catchment, {@link FlexGridLegs}
 * mirrored: rides from hubs into the destination are egress legs of the reverse range-RAPTOR
 * ({@link #egress}, per deadline, since a ride must also end by the window's end); rides from the
 * cells of the destination's scheme areas straight to it, and rides from the cells of any area to a
 * hub and on by transit, give those cells a latest departure, which the {@link CatchmentPropagator}
 * takes as one more way to leave each cell. The rules are {@link FlexDestinationLegs}' and {@link
 * FlexHubRides}' (those of {@code rae matrix} read backwards).
 *
 * <p>One instance per thread, with its search's propagator.
 */
final class FlexCatchmentLegs {

  private final FlexDestinationLegs legs;
  private final FlexHubRides hubRides;
  private final int[] localCell;
  // per flex cell: its latest departure so far, and the one last given the propagator
  private final int[] latest;
  private final int[] given;

  /**
   * @param cellToStop the reverse stop walks the propagator uses, with the flex cells among their
   *     local cells ({@link StopCellWalks#withCells})
   */
  FlexCatchmentLegs(
      FlexCells cells,
      FlexHubRides hubRides,
      StopCellWalks cellToStop,
      StreetNetwork streets,
      RoutingSettings routing) {
    this.legs = new FlexDestinationLegs(cells.services(), streets, routing);
    this.hubRides = hubRides;
    this.localCell = new int[cells.size()];
    for (int d = 0; d < localCell.length; d++) {
      localCell[d] = cellToStop.localCellOf(cells.cellId(d));
      if (localCell[d] < 0) {
        throw new IllegalArgumentException("flex cell " + cells.cellId(d) + " is not a local cell");
      }
    }
    this.latest = new int[localCell.length];
    this.given = new int[localCell.length];
  }

  /** Finds the rides into the destination and starts its window. */
  void prepare(double lat, double lon) {
    Arrays.fill(latest, Integer.MIN_VALUE);
    Arrays.fill(given, Integer.MIN_VALUE);
    legs.prepare(lat, lon);
  }

  boolean hasEgress() {
    return legs.hasEgress();
  }

  /** {stops, durations}: rides from hubs into the destination by {@code deadlineSeconds}. */
  int[][] egress(int deadlineSeconds) {
    return legs.egress(deadlineSeconds);
  }

  /**
   * After the propagator's own {@code deadline}: the rides straight into the destination and those
   * to hubs for this deadline, every cell whose latest departure got later given to the propagator.
   *
   * @param departures the reverse search's latest departures from the stops, or null when it
   *     reached none
   */
  void deadline(int deadlineSeconds, StopDepartures departures, CatchmentPropagator propagator) {
    legs.improveDirect(deadlineSeconds, latest);
    if (departures != null) {
      hubRides.improveFromHubs(
          stop ->
              departures.isReached(stop) ? departures.departureSeconds(stop) : Integer.MIN_VALUE,
          latest);
    }
    for (int d = 0; d < latest.length; d++) {
      if (latest[d] > given[d]) {
        given[d] = latest[d];
        propagator.improveCell(localCell[d], latest[d]);
      }
    }
  }
}
