package org.ruralaccess.ingest.gtfs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onebusaway.gtfs.model.AgencyAndId;
import org.onebusaway.gtfs.model.ShapePoint;
import org.onebusaway.gtfs.model.Stop;
import org.onebusaway.gtfs.model.StopTime;
import org.onebusaway.gtfs.model.Trip;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;

/**
 * Distance along a trip at each of its stops, which {@link StopTimeInterpolator} shares a blank
 * stretch of the timetable by, in this order of preference:
 *
 * <ol>
 *   <li>{@code shape_dist_traveled} of stop_times.txt, when every stop of the trip has it (the feed
 *       says how far along each stop is);
 *   <li>the distance along the trip's shape (shapes.txt), the stops placed on it by {@link
 *       ShapeProjection}, when the trip has a {@code shape_id} with at least two points and every
 *       stop lies within 150 m of it in order;
 *   <li>the straight-line distance between consecutive stops otherwise (no shape, an unknown or
 *       one-point shape, a stop off the shape, or stops running against it), reported once per
 *       shape ({@code SHAPE_NOT_USED}).
 * </ol>
 *
 * A bus follows its shape, so a stretch round a loop or up a valley road is longer than the line
 * between its stops; sharing time by shape distance puts the stops after the detour later. Only
 * trips with a blank time need the distances at all. Shapes and placements are computed once per
 * shape and per (shape, stop sequence): a feed's trips repeat a few hundred patterns.
 */
final class TripDistances {

  private final GtfsFeed feed;
  private final ImportIssues issues;
  private final Map<AgencyAndId, double[][]> shapes = new HashMap<>();
  private final Map<String, double[]> placements = new HashMap<>();
  private final java.util.Set<AgencyAndId> reportedShapes = new java.util.HashSet<>();

  /** Marks a (shape, stops) placement that failed, so that it is tried and reported once. */
  private static final double[] UNUSABLE = new double[0];

  private int byShapeDistTraveled;
  private int byShape;
  private int byStraightLine;

  TripDistances(GtfsFeed feed, ImportIssues issues) {
    this.feed = feed;
    this.issues = issues;
  }

  /** Distances along the trip at each stop (any unit, non-decreasing). */
  double[] along(Trip trip, List<StopTime> stopTimes, Stop[] stops) {
    if (stopTimes.stream().allMatch(StopTime::isShapeDistTraveledSet)) {
      byShapeDistTraveled++;
      return stopTimes.stream().mapToDouble(StopTime::getShapeDistTraveled).toArray();
    }
    double[] alongShape = trip.getShapeId() == null ? UNUSABLE : alongShape(trip, stops);
    if (alongShape != UNUSABLE) {
      byShape++;
      return alongShape;
    }
    byStraightLine++;
    return straightLine(stops);
  }

  private double[] alongShape(Trip trip, Stop[] stops) {
    StringBuilder key = new StringBuilder(trip.getShapeId().toString());
    for (Stop stop : stops) {
      key.append('|').append(stop.getId().getId());
    }
    return placements.computeIfAbsent(
        key.toString(),
        k -> {
          double[][] shape = shape(trip.getShapeId());
          double[] stopLat = new double[stops.length];
          double[] stopLon = new double[stops.length];
          for (int i = 0; i < stops.length; i++) {
            stopLat[i] = stops[i].getLat();
            stopLon[i] = stops[i].getLon();
          }
          double[] along = ShapeProjection.distancesAlong(shape[0], shape[1], stopLat, stopLon);
          if (along == null) {
            reportUnused(trip, shape[0].length);
            return UNUSABLE;
          }
          return along;
        });
  }

  private double[][] shape(AgencyAndId shapeId) {
    return shapes.computeIfAbsent(
        shapeId,
        id -> {
          List<ShapePoint> points =
              feed.dao().getShapePointsForShapeId(id).stream()
                  .sorted(java.util.Comparator.comparingInt(ShapePoint::getSequence))
                  .toList();
          double[] lat = points.stream().mapToDouble(ShapePoint::getLat).toArray();
          double[] lon = points.stream().mapToDouble(ShapePoint::getLon).toArray();
          return new double[][] {lat, lon};
        });
  }

  private void reportUnused(Trip trip, int shapePoints) {
    if (!reportedShapes.add(trip.getShapeId())) {
      return;
    }
    String shapeId = trip.getShapeId().getId();
    String why =
        shapePoints < 2
            ? "has " + shapePoints + " point(s) in shapes.txt"
            : "is more than "
                + Math.round(ShapeProjection.MAX_OFFSET_METERS)
                + " m from a stop of trip "
                + trip.getId().getId()
                + ", or its stops run against it (first seen)";
    issues.add(
        ImportIssue.of(
            Severity.INFO,
            "SHAPE_NOT_USED",
            feed.fileLabel("shapes.txt"),
            0,
            shapeId,
            "shape "
                + shapeId
                + " "
                + why
                + "; blank times of trips with these stops are shared by straight-line distance"));
  }

  private static double[] straightLine(Stop[] stops) {
    double[] along = new double[stops.length];
    for (int i = 1; i < stops.length; i++) {
      along[i] =
          along[i - 1]
              + Coordinate.distanceMeters(
                  stops[i - 1].getLat(),
                  stops[i - 1].getLon(),
                  stops[i].getLat(),
                  stops[i].getLon());
    }
    return along;
  }

  /** Trips whose distances came from stop_times' shape_dist_traveled, shapes, straight lines. */
  int[] counts() {
    return new int[] {byShapeDistTraveled, byShape, byStraightLine};
  }
}
