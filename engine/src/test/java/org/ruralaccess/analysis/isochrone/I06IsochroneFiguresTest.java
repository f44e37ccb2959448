package org.ruralaccess.analysis.isochrone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ruralaccess.analysis.isochrone.BngStreets.BNG;
import static org.ruralaccess.analysis.isochrone.BngStreets.X0;
import static org.ruralaccess.analysis.isochrone.BngStreets.Y0;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * An isochrone that is the BNG square (X0, Y0) .. (X0 + 1,000, Y0 + 1,000) in grid meters, with
 * zones and destinations placed by hand around it.
 */
class I06IsochroneFiguresTest {

  private static final GeometryFactory FACTORY = new GeometryFactory();

  @Test
  void areaResidentsAndDestinationsInside() {
    Geometry square = box(X0, Y0, X0 + 1000, Y0 + 1000);
    Isochrone isochrone = new Isochrone(1800, square, BNG.toWgs84(square));
    List<Zone> zones =
        List.of(
            // straddles the east edge: 500 of its 1,000 m width inside, so half its 1,000 people
            areaZone("E01", box(X0 + 500, Y0, X0 + 1500, Y0 + 1000), 1000, true),
            // wholly inside: all 200
            areaZone("E02", box(X0 + 100, Y0 + 100, X0 + 400, Y0 + 400), 200, true),
            // wholly outside
            areaZone("E03", box(X0 + 2000, Y0, X0 + 3000, Y0 + 1000), 5000, true),
            // inside, but a neighbouring zone kept for its services only: not counted
            areaZone("W01", box(X0 + 100, Y0 + 600, X0 + 400, Y0 + 900), 700, false));
    DestinationSet destinations =
        new DestinationSet(
            List.of(
                destination("gp", X0 + 200, Y0 + 200),
                destination("gp", X0 + 800, Y0 + 900),
                destination("gp", X0 + 1200, Y0 + 500),
                destination("primary_school", X0 + 500, Y0 + 500),
                destination("hospital", X0 - 50, Y0 + 500)));
    IsochroneFigures.Figures figures =
        new IsochroneFigures(BNG, new ZoneSet(zones), destinations).of(isochrone);
    assertEquals(1.0, figures.areaKm2(), 1e-9); // 1,000 m x 1,000 m
    // (the zones are stored in WGS84; projected back their 1 km edges move by millimetres: 0.01)
    assertEquals(500 + 200, figures.residents(), 0.01);
    assertEquals("area-weighted", figures.residentsMethod());
    assertEquals(
        Map.of("gp", 2, "hospital", 0, "primary_school", 1), figures.destinationsByCategory());
  }

  @Test
  void pointZonesCountWhenTheirPointIsInside() {
    Geometry square = box(X0, Y0, X0 + 1000, Y0 + 1000);
    Isochrone isochrone = new Isochrone(1800, square, BNG.toWgs84(square));
    List<Zone> hexagons =
        List.of(pointZone("h1", X0 + 10, Y0 + 990, 120), pointZone("h2", X0 + 1010, Y0 + 500, 80));
    IsochroneFigures.Figures figures =
        new IsochroneFigures(BNG, new ZoneSet(hexagons), new DestinationSet(List.of()))
            .of(isochrone);
    assertEquals(120, figures.residents(), 0);
    assertEquals("zone points", figures.residentsMethod());
    // postcode-style weighted points: 30 inside, 45 outside
    double[] a = BngStreets.latLon(X0 + 300, Y0 + 300);
    double[] b = BngStreets.latLon(X0 + 300, Y0 - 300);
    assertEquals(
        30,
        IsochroneFigures.residentsFrom(
            isochrone, new double[] {a[0], b[0]}, new double[] {a[1], b[1]}, new double[] {30, 45}),
        0);
  }

  private static Geometry box(double x1, double y1, double x2, double y2) {
    return FACTORY.createPolygon(
        new Coordinate[] {
          new Coordinate(x1, y1),
          new Coordinate(x2, y1),
          new Coordinate(x2, y2),
          new Coordinate(x1, y2),
          new Coordinate(x1, y1)
        });
  }

  private static Zone areaZone(String code, Geometry metric, double population, boolean inStudy) {
    double[] centre = BngStreets.latLon(metric.getCentroid().getX(), metric.getCentroid().getY());
    return new Zone(
        code,
        code,
        BNG.toWgs84(metric),
        inStudy,
        population,
        new double[0],
        0,
        null,
        centre[0],
        centre[1],
        "given");
  }

  private static Zone pointZone(String code, double x, double y, double population) {
    double[] latLon = BngStreets.latLon(x, y);
    return new Zone(
        code, code, null, true, population, new double[0], 0, null, latLon[0], latLon[1], "given");
  }

  private static Destination destination(String category, double x, double y) {
    double[] latLon = BngStreets.latLon(x, y);
    return new Destination(category + x + y, "", category, latLon[0], latLon[1], 1);
  }
}
