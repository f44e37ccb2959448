package org.ruralaccess.analysis.isochrone;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryEditor;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Nested, valid, simplified isochrone polygons from a {@link TravelTimeGrid}, one per cutoff.
 *
 * <ol>
 *   <li>{@link ContourTracer} contours each cutoff; {@link RingAssembler} makes polygons with their
 *       holes. In exact arithmetic each is inside the next, and where they share boundary (half way
 *       to unreached cells) the vertices are identical.
 *   <li>The differences between consecutive contours are bands (0-15, 15-30, ... minutes) that tile
 *       the area without overlap: a JTS polygonal coverage.
 *   <li>{@link CoverageEdgeSimplifier} simplifies the coverage so that an edge shared by two bands
 *       is simplified once, the same way for both, no edge crosses another, and no boundary moves
 *       by more than {@link #SIMPLIFY_TOLERANCE_CELLS} of a cell (Douglas-Peucker); no ring is
 *       dropped (islands and holes stay).
 *   <li>Each band goes to WGS84 and each coordinate is rounded to {@link #WGS84_DECIMALS} decimals
 *       (about 0.1 m). Equal coordinates stay equal, so shared edges stay shared.
 *   <li>The isochrone of cutoff {@code i} is the union of bands {@code 1..i} ({@link
 *       CoverageUnion}, which only removes the shared edges and creates no new vertices), so the
 *       isochrone of a larger cutoff contains that of a smaller one exactly, coordinate for
 *       coordinate, then {@link Geometry#normalize()} for a fixed ring and vertex order.
 * </ol>
 *
 * <p>If rounding ever made a band invalid (two vertices closer than 0.1 m collapsing onto an edge),
 * the union would be invalid; it is then rebuilt with a noding overlay, which is valid but may miss
 * exact nesting by the rounding distance. {@link Result#repairedCutoffs} counts these.
 */
public final class IsochroneContours {

  /** Decimals of the WGS84 output: 1e-6 degrees is 0.11 m of latitude. */
  public static final int WGS84_DECIMALS = 6;

  /**
   * Simplification tolerance as a fraction of the cell size: Douglas-Peucker keeps every boundary
   * within this distance of the exact contour (the Porto Alegre test measures it).
   */
  public static final double SIMPLIFY_TOLERANCE_CELLS = 0.5;

  private static final GeometryFactory METRIC = new GeometryFactory();
  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
  private static final PrecisionModel ROUNDING = new PrecisionModel(Math.pow(10, WGS84_DECIMALS));

  private IsochroneContours() {}

  /** The isochrones and how many needed a repair after rounding (0 in every test so far). */
  public record Result(List<Isochrone> isochrones, int repairedCutoffs) {}

  /**
   * @param cutoffSeconds strictly increasing, positive
   */
  public static Result contour(TravelTimeGrid grid, int[] cutoffSeconds) {
    checkCutoffs(cutoffSeconds);
    int n = cutoffSeconds.length;
    Geometry[] bands = new Geometry[n];
    Geometry previous = null;
    for (int i = 0; i < n; i++) {
      Geometry contour =
          RingAssembler.assemble(ContourTracer.trace(grid, cutoffSeconds[i]), METRIC);
      bands[i] =
          previous == null || previous.isEmpty()
              ? contour
              : OverlayNGRobust.overlay(contour, previous, OverlayNG.DIFFERENCE);
      previous = contour;
    }
    Geometry[] simplified = simplify(bands, grid.grid().cellMeters());
    Geometry[] rounded = new Geometry[n];
    for (int i = 0; i < n; i++) {
      rounded[i] = round(grid.grid().projection().toWgs84(simplified[i]));
    }
    List<Isochrone> isochrones = new ArrayList<>();
    int repaired = 0;
    for (int i = 0; i < n; i++) {
      Geometry metric = unionOf(simplified, i, METRIC);
      Geometry wgs84 = unionOf(rounded, i, WGS84);
      if (!wgs84.isValid()) {
        repaired++;
        wgs84 = OverlayNGRobust.union(WGS84.buildGeometry(nonEmpty(rounded, i, WGS84)));
      }
      metric.normalize();
      wgs84.normalize();
      isochrones.add(new Isochrone(cutoffSeconds[i], metric, wgs84));
    }
    return new Result(List.copyOf(isochrones), repaired);
  }

  static void checkCutoffs(int[] cutoffSeconds) {
    if (cutoffSeconds.length == 0) {
      throw new IllegalArgumentException("at least one cutoff is needed");
    }
    for (int i = 0; i < cutoffSeconds.length; i++) {
      if (cutoffSeconds[i] <= 0 || (i > 0 && cutoffSeconds[i] <= cutoffSeconds[i - 1])) {
        throw new IllegalArgumentException(
            "cutoffs must be positive and increasing, got "
                + java.util.Arrays.toString(cutoffSeconds));
      }
    }
  }

  /** The non-empty bands simplified as one coverage; empty bands stay empty. */
  private static Geometry[] simplify(Geometry[] bands, double cellMeters) {
    List<Geometry> present = new ArrayList<>();
    for (Geometry band : bands) {
      if (!band.isEmpty()) {
        present.add(band);
      }
    }
    Geometry[] simplified =
        CoverageEdgeSimplifier.simplify(
            present.toArray(Geometry[]::new), SIMPLIFY_TOLERANCE_CELLS * cellMeters, METRIC);
    Geometry[] result = new Geometry[bands.length];
    int next = 0;
    for (int i = 0; i < bands.length; i++) {
      result[i] = bands[i].isEmpty() ? METRIC.createPolygon() : simplified[next++];
    }
    return result;
  }

  private static Geometry unionOf(Geometry[] bands, int last, GeometryFactory factory) {
    Geometry[] present = nonEmpty(bands, last, factory).toArray(Geometry[]::new);
    if (present.length == 0) {
      return factory.createPolygon();
    }
    Geometry union = present.length == 1 ? present[0].copy() : CoverageUnion.union(present);
    return union == null ? factory.createPolygon() : union;
  }

  private static List<Geometry> nonEmpty(Geometry[] bands, int last, GeometryFactory factory) {
    List<Geometry> present = new ArrayList<>();
    for (int i = 0; i <= last; i++) {
      if (!bands[i].isEmpty()) {
        present.add(bands[i]);
      }
    }
    if (present.isEmpty()) {
      present.add(factory.createPolygon());
    }
    return present;
  }

  /** Rounds every coordinate, drops repeated points and rings that collapse. */
  private static Geometry round(Geometry geometry) {
    GeometryEditor editor = new GeometryEditor(WGS84);
    return editor.edit(
        geometry,
        new GeometryEditor.CoordinateOperation() {
          @Override
          public Coordinate[] edit(Coordinate[] coordinates, Geometry component) {
            Coordinate[] rounded = new Coordinate[coordinates.length];
            for (int i = 0; i < coordinates.length; i++) {
              rounded[i] =
                  new Coordinate(
                      ROUNDING.makePrecise(coordinates[i].x),
                      ROUNDING.makePrecise(coordinates[i].y));
            }
            Coordinate[] distinct = CoordinateArrays.removeRepeatedPoints(rounded);
            if (component instanceof LinearRing && distinct.length < 4) {
              return null; // collapsed below a valid ring
            }
            return distinct;
          }
        });
  }
}
