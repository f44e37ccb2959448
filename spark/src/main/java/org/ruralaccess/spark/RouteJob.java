package org.ruralaccess.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.matrix.MatrixRequest;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.BookingAssumption;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingSettings;

/**
 * What every executor needs to route its share of one matrix, sent once per executor (a Spark
 * broadcast): the network file to read and its fingerprint, the request, and the points. Plain
 * values only, so the engine's records need not be {@link Serializable}; {@link #request()} and the
 * point sets rebuild them with their canonical constructors.
 *
 * @param key one per routed matrix: executors keep its prepared searches under it
 * @param networkFile the network file's path on the executors
 * @param networkSha256 the driver's file, so an executor with another file fails clearly
 */
record RouteJob(
    String key,
    String networkFile,
    String networkSha256,
    String date,
    int fromSeconds,
    int toSeconds,
    int stepSeconds,
    String mode,
    int[] percentiles,
    int arriveBySeconds,
    double[] routingNumbers,
    int[] routingCounts,
    boolean communityTransport,
    String rider,
    String bookingType,
    int bookingNoticeMinutes,
    int bookingDaysAhead,
    Points origins,
    Points destinations)
    implements Serializable {

  /** A point set's ids and positions (its value columns do not affect routing). */
  record Points(String source, String[] ids, double[] lats, double[] lons) implements Serializable {
    static Points of(PointSet points) {
      return new Points(
          points.source(), points.ids().toArray(String[]::new), points.lats(), points.lons());
    }

    PointSet pointSet() {
      return new PointSet(source, List.of(ids), lats, lons, Map.of());
    }

    /** Points {@code from} (inclusive) to {@code to} (exclusive), for one partition. */
    PointSet slice(int from, int to) {
      return new PointSet(
          source,
          List.of(ids).subList(from, to),
          java.util.Arrays.copyOfRange(lats, from, to),
          java.util.Arrays.copyOfRange(lons, from, to),
          Map.of());
    }
  }

  static RouteJob of(
      String key,
      String networkFile,
      String networkSha256,
      MatrixRequest request,
      PointSet origins,
      PointSet destinations) {
    RoutingSettings r = request.routing();
    CommunityTransportRequest ct = request.communityTransport();
    return new RouteJob(
        key,
        networkFile,
        networkSha256,
        request.date().toString(),
        request.fromSeconds(),
        request.toSeconds(),
        request.stepSeconds(),
        request.mode().name(),
        request.percentiles(),
        request.arriveBySeconds(),
        new double[] {r.walkSpeedKmh(), r.bikeSpeedKmh()},
        new int[] {
          r.bikeExtraMinutes(),
          r.boardSlackSeconds(),
          r.transferSlackSeconds(),
          r.maxWalkMinutes(),
          r.maxTransferWalkMinutes(),
          r.maxTransfers(),
          r.maxTripMinutes()
        },
        ct.enabled(),
        ct.rider().name(),
        ct.booking().type().name(),
        ct.booking().noticeMinutes(),
        ct.booking().daysAhead(),
        Points.of(origins),
        Points.of(destinations));
  }

  /** The driver's request, rebuilt. */
  MatrixRequest request() {
    RoutingSettings routing =
        new RoutingSettings(
            routingNumbers[0],
            routingNumbers[1],
            routingCounts[0],
            routingCounts[1],
            routingCounts[2],
            routingCounts[3],
            routingCounts[4],
            routingCounts[5],
            routingCounts[6]);
    CommunityTransportRequest ct =
        new CommunityTransportRequest(
            communityTransport,
            RiderGroup.valueOf(rider),
            new BookingAssumption(
                BookingAssumption.Type.valueOf(bookingType),
                bookingNoticeMinutes,
                bookingDaysAhead));
    return new MatrixRequest(
        LocalDate.parse(date),
        fromSeconds,
        toSeconds,
        stepSeconds,
        TravelMode.valueOf(mode),
        percentiles,
        arriveBySeconds,
        routing,
        ct);
  }
}
