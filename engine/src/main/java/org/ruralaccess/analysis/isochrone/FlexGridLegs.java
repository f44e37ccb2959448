package org.ruralaccess.analysis.isochrone;

import java.util.Arrays;
import org.ruralaccess.analysis.community.FlexOriginLegs;
import org.ruralaccess.analysis.community.FlexServices;
import org.ruralaccess.analysis.community.HubArrivals;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetTimes;
import org.ruralaccess.routing.RaptorListener;
import org.ruralaccess.routing.StopArrivals;
import org.ruralaccess.routing.TimedAccessLegs;

/**
 * One origin's community transport legs on the grid, the way {@code TransitOriginSearch} adds them
 * for destinations: rides from home to hub stops are access legs of the range-RAPTOR ({@link
 * #access}); at each departure, rides from the stops the search reached on to the cells of a
 * scheme's area (each hub reached earlier followed once, {@link FlexServices#reachFromStop} then
 * {@link FlexServices#followReached}), and rides straight from home, or from a hub within a walk,
 * to those cells ({@link FlexOriginLegs#improveDirect}) give the cells' flex arrivals, which the
 * {@link TransitGridPropagator} takes as one more way to each cell. Same calls, same order, same
 * arrays as the matrix: the cells are {@link FlexCells}' destinations.
 *
 * <p>One instance per thread, with its search's propagator.
 */
final class FlexGridLegs {

  private final FlexServices services;
  private final FlexOriginLegs originLegs;
  private final HubArrivals hubArrivals;
  private final int[] localCell;
  // per flex cell: its best arrival so far this window, and the arrival last given the propagator
  private final int[] arrival;
  private final int[] given;

  /**
   * @param walks the stop walks the propagator uses, with the flex cells among their local cells
   *     ({@link StopCellWalks#withCells})
   */
  FlexGridLegs(
      FlexCells cells, StopCellWalks walks, StreetNetwork streets, RoutingSettings routing) {
    this.services = cells.services();
    this.originLegs = new FlexOriginLegs(services, streets, routing);
    this.hubArrivals = new HubArrivals(services.hubCount());
    this.localCell = new int[cells.size()];
    for (int d = 0; d < localCell.length; d++) {
      localCell[d] = walks.localCellOf(cells.cellId(d));
      if (localCell[d] < 0) {
        throw new IllegalArgumentException("flex cell " + cells.cellId(d) + " is not a local cell");
      }
    }
    this.arrival = new int[localCell.length];
    this.given = new int[localCell.length];
  }

  /**
   * Finds the origin's legs and starts its window.
   *
   * @param walk the origin's walk search, read for hubs within the walk limit
   */
  void prepare(double lat, double lon, StreetTimes walk) {
    Arrays.fill(arrival, Integer.MAX_VALUE);
    Arrays.fill(given, Integer.MAX_VALUE);
    hubArrivals.clear();
    originLegs.prepare(lat, lon, walk);
  }

  /** Flex rides from home to hub stops, for the range-RAPTOR request. */
  TimedAccessLegs access() {
    return originLegs.access();
  }

  /**
   * The propagator's listener followed, at each departure, by the flex rides to the cells from the
   * stops whose arrival changed and from home.
   */
  RaptorListener listener(TransitGridPropagator propagator, Runnable eachDeparture) {
    RaptorListener cells = propagator.asRaptorListener(eachDeparture);
    return (departureSeconds, arrivals, changedStops, changedCount) -> {
      cells.departure(departureSeconds, arrivals, changedStops, changedCount);
      departure(departureSeconds, arrivals, changedStops, changedCount, propagator);
    };
  }

  /**
   * After the propagator's own {@code departure}: the flex rides of this departure, then every cell
   * whose flex arrival got earlier given to the propagator.
   *
   * @param arrivals the search's arrivals, or null when no stop is reached
   */
  void departure(
      int departureSeconds,
      StopArrivals arrivals,
      int[] changedStops,
      int changedCount,
      TransitGridPropagator propagator) {
    for (int i = 0; i < changedCount; i++) {
      int stop = changedStops[i];
      if (arrivals.isReached(stop)) {
        // a walk to a community transport pickup is a walk to a boarding, as a transfer is
        services.reachFromStop(stop, arrivals.arrivalSeconds(stop), hubArrivals);
      }
    }
    services.followReached(hubArrivals, arrival);
    originLegs.improveDirect(departureSeconds, arrival);
    for (int d = 0; d < arrival.length; d++) {
      if (arrival[d] < given[d]) {
        given[d] = arrival[d];
        propagator.improveCell(localCell[d], arrival[d]);
      }
    }
  }
}
