package org.ruralaccess.analysis.isochrone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Simplifies a polygonal coverage (the isochrone bands) so that the result still tiles the same way
 * and no boundary moves by more than the tolerance. The rings are cut at their nodes (vertices
 * where three or more edges meet) into chains; each chain shared by two bands is simplified once,
 * so both bands keep the very same coordinates; all chains go through JTS's {@link
 * TopologyPreservingSimplifier} together, which is Douglas-Peucker (each chain stays within the
 * tolerance of the original, a Hausdorff bound) plus checks that no simplified chain crosses or
 * jumps over another.
 *
 * <p>Why not JTS's {@code CoverageSimplifier}: it is area-based (Visvalingam-Whyatt), and on Porto
 * Alegre with a tolerance of half a cell it moved a boundary by 1.3 cells; the issue requires at
 * most half a cell. Its edge-finding class is not public, hence this small equivalent.
 */
final class CoverageEdgeSimplifier {

  private final GeometryFactory factory;
  private final Set<LineSegment> segments = new HashSet<>();
  private final Map<Coordinate, Integer> degree = new HashMap<>();
  private final Map<LineSegment, Integer> chainByFirstSegment = new HashMap<>();
  private final List<Coordinate[]> chains = new ArrayList<>();

  private CoverageEdgeSimplifier(GeometryFactory factory) {
    this.factory = factory;
  }

  /** The coverage with every boundary simplified within {@code tolerance}; empties stay empty. */
  static Geometry[] simplify(Geometry[] coverage, double tolerance, GeometryFactory factory) {
    return new CoverageEdgeSimplifier(factory).run(coverage, tolerance);
  }

  private Geometry[] run(Geometry[] coverage, double tolerance) {
    List<List<Coordinate[][]>> rings = new ArrayList<>(); // per geometry, per polygon, its rings
    for (Geometry geometry : coverage) {
      List<Coordinate[][]> polygons = new ArrayList<>();
      for (int p = 0; p < geometry.getNumGeometries(); p++) {
        Polygon polygon = (Polygon) geometry.getGeometryN(p);
        if (polygon.isEmpty()) {
          continue;
        }
        Coordinate[][] polygonRings = new Coordinate[polygon.getNumInteriorRing() + 1][];
        polygonRings[0] = ring(polygon.getExteriorRing());
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
          polygonRings[h + 1] = ring(polygon.getInteriorRingN(h));
        }
        for (Coordinate[] r : polygonRings) {
          countSegments(r);
        }
        polygons.add(polygonRings);
      }
      rings.add(polygons);
    }
    // each ring as a list of chain references: chain index, plus the sign for its direction
    List<List<int[][]>> ringChains = new ArrayList<>();
    for (List<Coordinate[][]> polygons : rings) {
      List<int[][]> polygonChains = new ArrayList<>();
      for (Coordinate[][] polygonRings : polygons) {
        int[][] refs = new int[polygonRings.length][];
        for (int r = 0; r < polygonRings.length; r++) {
          refs[r] = splitIntoChains(polygonRings[r]);
        }
        polygonChains.add(refs);
      }
      ringChains.add(polygonChains);
    }
    Coordinate[][] simplified = simplifyChains(tolerance);
    Geometry[] result = new Geometry[coverage.length];
    for (int g = 0; g < coverage.length; g++) {
      List<Coordinate[][]> polygons = rings.get(g);
      List<int[][]> refs = ringChains.get(g);
      Polygon[] built = new Polygon[polygons.size()];
      for (int p = 0; p < polygons.size(); p++) {
        int[][] polygonRefs = refs.get(p);
        LinearRing shell = factory.createLinearRing(join(polygonRefs[0], simplified));
        LinearRing[] holes = new LinearRing[polygonRefs.length - 1];
        for (int h = 0; h < holes.length; h++) {
          holes[h] = factory.createLinearRing(join(polygonRefs[h + 1], simplified));
        }
        built[p] = factory.createPolygon(shell, holes);
      }
      result[g] =
          built.length == 0
              ? factory.createPolygon()
              : built.length == 1 ? built[0] : factory.createMultiPolygon(built);
    }
    return result;
  }

  private static Coordinate[] ring(LineString ring) {
    return CoordinateArrays.removeRepeatedPoints(ring.getCoordinates());
  }

  /** Counts each distinct segment once at both its ends: a vertex of degree 2 is no node. */
  private void countSegments(Coordinate[] ring) {
    for (int i = 0; i + 1 < ring.length; i++) {
      LineSegment segment = new LineSegment(ring[i], ring[i + 1]);
      segment.normalize();
      if (segments.add(segment)) {
        degree.merge(ring[i], 1, Integer::sum);
        degree.merge(ring[i + 1], 1, Integer::sum);
      }
    }
  }

  /** The ring as chain references: {@code index + 1} forward, {@code -(index + 1)} reversed. */
  private int[] splitIntoChains(Coordinate[] ring) {
    int n = ring.length - 1; // distinct vertices; ring[n] == ring[0]
    int start = -1;
    for (int i = 0; i < n; i++) {
      if (degree.get(ring[i]) != 2) {
        start = i;
        break;
      }
    }
    if (start < 0) {
      start = smallestVertex(ring, n); // a free ring: start at a fixed vertex
    }
    List<Integer> refs = new ArrayList<>();
    List<Coordinate> chain = new ArrayList<>();
    chain.add(ring[start]);
    for (int k = 1; k <= n; k++) {
      Coordinate c = ring[(start + k) % n];
      chain.add(c);
      if (k == n || degree.get(c) != 2) {
        refs.add(chainReference(chain.toArray(Coordinate[]::new)));
        chain.clear();
        chain.add(c);
      }
    }
    return refs.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int smallestVertex(Coordinate[] ring, int n) {
    int best = 0;
    for (int i = 1; i < n; i++) {
      if (ring[i].compareTo(ring[best]) < 0) {
        best = i;
      }
    }
    return best;
  }

  /** The chain's index, registering it the first time; a chain is known by its first segment. */
  private int chainReference(Coordinate[] chain) {
    int last = chain.length - 1;
    LineSegment forward = new LineSegment(chain[0], chain[1]);
    LineSegment backward = new LineSegment(chain[last], chain[last - 1]);
    boolean reversed = compare(backward, forward) < 0;
    LineSegment key = reversed ? backward : forward;
    Integer index = chainByFirstSegment.get(key);
    if (index == null) {
      Coordinate[] canonical = chain.clone();
      if (reversed) {
        CoordinateArrays.reverse(canonical);
      }
      index = chains.size();
      chains.add(canonical);
      chainByFirstSegment.put(key, index);
    }
    return reversed ? -(index + 1) : index + 1;
  }

  private static int compare(LineSegment a, LineSegment b) {
    int first = a.p0.compareTo(b.p0);
    return first != 0 ? first : a.p1.compareTo(b.p1);
  }

  private Coordinate[][] simplifyChains(double tolerance) {
    LineString[] lines = new LineString[chains.size()];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = factory.createLineString(chains.get(i));
    }
    Geometry simplified =
        TopologyPreservingSimplifier.simplify(factory.createMultiLineString(lines), tolerance);
    if (simplified.getNumGeometries() != lines.length) {
      throw new IllegalStateException(
          "simplification changed the number of chains: "
              + lines.length
              + " -> "
              + simplified.getNumGeometries());
    }
    Coordinate[][] result = new Coordinate[lines.length][];
    for (int i = 0; i < lines.length; i++) {
      result[i] = simplified.getGeometryN(i).getCoordinates();
    }
    return result;
  }

  private static Coordinate[] join(int[] refs, Coordinate[][] simplified) {
    List<Coordinate> ring = new ArrayList<>();
    for (int ref : refs) {
      Coordinate[] chain = simplified[Math.abs(ref) - 1].clone();
      if (ref < 0) {
        CoordinateArrays.reverse(chain);
      }
      for (int i = ring.isEmpty() ? 0 : 1; i < chain.length; i++) {
        ring.add(chain[i]);
      }
    }
    return ring.toArray(Coordinate[]::new);
  }
}
