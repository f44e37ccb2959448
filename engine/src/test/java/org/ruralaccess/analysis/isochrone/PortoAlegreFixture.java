package org.ruralaccess.analysis.isochrone;

import java.time.LocalDate;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.network.DayTimetables;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.routing.RaptorTimetable;
import org.ruralaccess.testing.RepoFiles;

/**
 * The Porto Alegre network (regions/poa: EPTC + Trensurb, r5r's settings) built once per test JVM,
 * with its 100 m grid in UTM 22 S, walk links within 300 m, and the timetable of Monday 2019-05-13.
 * Built in {@link #get}, not in a static initializer: the build's parallel workers call back into
 * lambdas, which would wait for this class's initialization forever.
 */
final class PortoAlegreFixture {

  static final LocalDate MONDAY = LocalDate.of(2019, 5, 13);

  private static PortoAlegreFixture instance;

  final Network network;
  final RoutingSettings routing;
  final double walkMetersPerSecond;
  final int maxWalkSeconds;
  final CellGrid grid;
  final CellLinks walkLinks;
  final StopIndex stopIndex;
  final RaptorTimetable mondayTimetable;

  private PortoAlegreFixture() {
    network =
        new NetworkBuilder(line -> {})
            .build(RegionConfigReader.read(RepoFiles.resolve("regions/poa")))
            .network();
    routing = network.info().routing();
    walkMetersPerSecond = routing.walkSpeedKmh() / 3.6;
    maxWalkSeconds = routing.maxWalkMinutes() * 60;
    grid = CellGrid.covering(network.streets(), GridProjection.forArea(-30.05, -51.2), 100, 300);
    walkLinks = new CellLinks(grid, network.streets(), StreetMode.WALK, 300);
    stopIndex = StopIndex.of(network.transit(), network.stopLinks());
    mondayTimetable =
        DayTimetables.forDate(
            network, MONDAY, walkMetersPerSecond, routing.maxTransferWalkMinutes() * 60, 0);
  }

  static synchronized PortoAlegreFixture get() {
    if (instance == null) {
      instance = new PortoAlegreFixture();
    }
    return instance;
  }

  StopCellWalks stopWalks(SearchDirection direction) {
    return StopCellWalks.build(
        walkLinks,
        network.streets(),
        network.stopLinks(),
        walkMetersPerSecond,
        maxWalkSeconds,
        direction);
  }

  Zone nearestZone(double lat, double lon) {
    Zone best = null;
    double bestMeters = Double.MAX_VALUE;
    for (Zone zone : network.zones().zones()) {
      double meters = Coordinate.distanceMeters(lat, lon, zone.originLat(), zone.originLon());
      if (meters < bestMeters) {
        bestMeters = meters;
        best = zone;
      }
    }
    return best;
  }
}
