package org.ruralaccess.analysis.isochrone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.ruralaccess.analysis.community.FlexServices;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.model.community.ServiceArea;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.link.LinkedPoints;
import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.network.street.StreetMode;

/**
 * The cells that on-demand community transport (dial-a-ride, volunteer cars, GTFS-Flex zones) can
 * set a rider down in, as the destinations of the request's {@link FlexServices}: every cell linked
 * for walking whose centre lies in the area of a scheme the request may use. {@code FlexServices}
 * then applies the matrix's own rules to them, exactly as to the hexagons or LSOA points of {@code
 * rae matrix} (which schemes, hubs, windows, booking, eligibility, ride time = factor x car time +
 * offset from a car search to the cell centre's car link, its off-street walk included), so a cell
 * centre gets the flex arrival the matrix would give a destination at that point. Prepared once per
 * request; shared by the threads.
 *
 * <p>The cost grows with the area in cells: every cell of a scheme's area is a destination of each
 * of its hubs (one row per hub, cell and window). A 6 km x 5 km area at 100 m is 3,000 cells.
 */
final class FlexCells {

  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private final FlexServices services;
  private final int[] cellIds;

  private FlexCells(FlexServices services, int[] cellIds) {
    this.services = services;
    this.cellIds = cellIds;
  }

  /**
   * @param network the request's network (with its community buses), whose stops {@code stopIndex}
   *     indexes
   */
  static FlexCells prepare(
      Network network, IsochroneSettings settings, StopIndex stopIndex, CellLinks walkLinks) {
    List<Scheme> schemes =
        FlexServices.activeSchemes(
            network.communityTransport(), settings.communityTransport(), settings.date());
    PointSet points = cellsInAreas(schemes, walkLinks);
    FlexServices services =
        FlexServices.forRequest(
            network,
            settings.date(),
            routing(settings),
            settings.communityTransport(),
            stopIndex,
            LinkedPoints.link(points, network.streets(), StreetMode.WALK));
    int[] ids = new int[points.size()];
    for (int d = 0; d < ids.length; d++) {
      ids[d] = Integer.parseInt(points.id(d));
    }
    return new FlexCells(services, ids);
  }

  /**
   * The request's routing settings with the max trip time no longer than the largest cutoff: the
   * car searches of the rides stop there (a ride that does not fit cannot reach a cell in time),
   * which changes no time within the cutoffs.
   */
  static RoutingSettings routing(IsochroneSettings settings) {
    RoutingSettings r = settings.routing();
    int minutes = Math.min(r.maxTripMinutes(), (settings.maxTripSeconds() + 59) / 60);
    return new RoutingSettings(
        r.walkSpeedKmh(),
        r.bikeSpeedKmh(),
        r.bikeExtraMinutes(),
        r.boardSlackSeconds(),
        r.transferSlackSeconds(),
        r.maxWalkMinutes(),
        r.maxTransferWalkMinutes(),
        r.maxTransfers(),
        minutes);
  }

  /** The request's flex services, with the cells as destinations ({@link #cellId} of each). */
  FlexServices services() {
    return services;
  }

  boolean isEmpty() {
    return services.isEmpty();
  }

  int size() {
    return cellIds.length;
  }

  /** Grid id of flex destination {@code d}; increasing in {@code d}. */
  int cellId(int d) {
    return cellIds[d];
  }

  int[] cellIds() {
    return cellIds.clone();
  }

  /**
   * The linked cells whose centre is in some scheme's area, in increasing grid id, as points (id =
   * the grid id) at the cell centres in WGS84.
   */
  private static PointSet cellsInAreas(List<Scheme> schemes, CellLinks links) {
    List<Geometry> areas = new ArrayList<>();
    for (Scheme scheme : schemes) {
      scheme.areas().stream().map(ServiceArea::geometry).forEach(areas::add);
    }
    List<String> ids = new ArrayList<>();
    double[] lats = new double[16];
    double[] lons = new double[16];
    if (!areas.isEmpty()) {
      Geometry union = UnaryUnionOp.union(areas);
      PreparedGeometry area = PreparedGeometryFactory.prepare(union);
      CellGrid grid = links.grid();
      GridWindow window = metricWindow(grid, union);
      double[] latLon = new double[2];
      for (int y = 0; y < window.height(); y++) {
        for (int x = 0; x < window.width(); x++) {
          int column = window.column0() + x;
          int row = window.row0() + y;
          grid.projection().toWgs84(grid.centreX(column), grid.centreY(row), latLon);
          if (!area.covers(GEOMETRY.createPoint(new Coordinate(latLon[1], latLon[0])))
              || links.snap(column, row) == null) {
            continue;
          }
          if (ids.size() == lats.length) {
            lats = Arrays.copyOf(lats, lats.length * 2);
            lons = Arrays.copyOf(lons, lons.length * 2);
          }
          lats[ids.size()] = latLon[0];
          lons[ids.size()] = latLon[1];
          ids.add(Integer.toString(grid.cellId(column, row)));
        }
      }
    }
    return new PointSet(
        "flex cells",
        List.copyOf(ids),
        Arrays.copyOf(lats, ids.size()),
        Arrays.copyOf(lons, ids.size()),
        Map.of());
  }

  /**
   * The cells around the areas' vertices in the metric projection, 500 m (or a cell) wider on each
   * side: an area's edge, straight in degrees, bends in the projection by about 20 m over 30 km.
   */
  private static GridWindow metricWindow(CellGrid grid, Geometry areas) {
    double[] xy = new double[2];
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (Coordinate c : areas.getCoordinates()) {
      grid.projection().toMetric(c.y, c.x, xy);
      minX = Math.min(minX, xy[0]);
      minY = Math.min(minY, xy[1]);
      maxX = Math.max(maxX, xy[0]);
      maxY = Math.max(maxY, xy[1]);
    }
    double margin = Math.max(500, grid.cellMeters());
    int west = Math.max(0, grid.columnAt(minX - margin));
    int east = Math.min(grid.columns() - 1, grid.columnAt(maxX + margin));
    int south = Math.max(0, grid.rowAt(minY - margin));
    int north = Math.min(grid.rows() - 1, grid.rowAt(maxY + margin));
    if (west > east || south > north) {
      return new GridWindow(0, 0, 0, 0);
    }
    return new GridWindow(west, south, east - west + 1, north - south + 1);
  }
}
