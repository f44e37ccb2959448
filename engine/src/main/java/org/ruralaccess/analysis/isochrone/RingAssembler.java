package org.ruralaccess.analysis.isochrone;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Turns the oriented rings of {@link ContourTracer} into JTS polygons: counter-clockwise rings are
 * shells, clockwise rings holes, and each hole goes to the smallest shell around it (rings never
 * cross or touch, so a hole lies in exactly one innermost shell). An unreachable lake inside the
 * reached area is such a hole.
 */
final class RingAssembler {

  private RingAssembler() {}

  /** A Polygon, a MultiPolygon, or an empty Polygon when there are no rings. */
  static Geometry assemble(List<double[]> rings, GeometryFactory factory) {
    List<Shell> shells = new ArrayList<>();
    List<double[]> holes = new ArrayList<>();
    for (double[] ring : rings) {
      double area = signedArea(ring);
      if (area > 0) {
        shells.add(new Shell(ring, area, envelope(ring)));
      } else {
        holes.add(ring);
      }
    }
    if (shells.isEmpty()) {
      return factory.createPolygon();
    }
    assignHoles(shells, holes);
    Polygon[] polygons = new Polygon[shells.size()];
    for (int i = 0; i < shells.size(); i++) {
      Shell shell = shells.get(i);
      LinearRing[] holeRings = new LinearRing[shell.holes.size()];
      for (int h = 0; h < holeRings.length; h++) {
        holeRings[h] = linearRing(shell.holes.get(h), factory);
      }
      polygons[i] = factory.createPolygon(linearRing(shell.ring, factory), holeRings);
    }
    return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
  }

  private static void assignHoles(List<Shell> shells, List<double[]> holes) {
    if (holes.isEmpty()) {
      return;
    }
    STRtree index = new STRtree();
    for (Shell shell : shells) {
      index.insert(shell.envelope, shell);
    }
    for (double[] hole : holes) {
      Coordinate probe = new Coordinate(hole[0], hole[1]);
      Shell best = null;
      for (Object candidate : index.query(new Envelope(probe))) {
        Shell shell = (Shell) candidate;
        if ((best == null || shell.area < best.area)
            && PointLocation.isInRing(probe, shell.coordinates())) {
          best = shell;
        }
      }
      if (best == null) {
        throw new IllegalStateException("contour hole outside every shell at " + probe);
      }
      best.holes.add(hole);
    }
  }

  /** Shoelace formula; positive for counter-clockwise rings. */
  static double signedArea(double[] ring) {
    double sum = 0;
    double x0 = ring[0];
    double y0 = ring[1];
    for (int i = 2; i + 3 < ring.length; i += 2) {
      sum += (ring[i] - x0) * (ring[i + 3] - y0) - (ring[i + 2] - x0) * (ring[i + 1] - y0);
    }
    return sum / 2;
  }

  private static Envelope envelope(double[] ring) {
    Envelope envelope = new Envelope();
    for (int i = 0; i < ring.length; i += 2) {
      envelope.expandToInclude(ring[i], ring[i + 1]);
    }
    return envelope;
  }

  private static LinearRing linearRing(double[] ring, GeometryFactory factory) {
    return factory.createLinearRing(new PackedCoordinateSequence.Double(ring, 2, 0));
  }

  private static final class Shell {
    final double[] ring;
    final double area;
    final Envelope envelope;
    final List<double[]> holes = new ArrayList<>();
    private Coordinate[] coordinates;

    Shell(double[] ring, double area, Envelope envelope) {
      this.ring = ring;
      this.area = area;
      this.envelope = envelope;
    }

    Coordinate[] coordinates() {
      if (coordinates == null) {
        coordinates = new Coordinate[ring.length / 2];
        for (int i = 0; i < coordinates.length; i++) {
          coordinates[i] = new Coordinate(ring[2 * i], ring[2 * i + 1]);
        }
      }
      return coordinates;
    }
  }
}
