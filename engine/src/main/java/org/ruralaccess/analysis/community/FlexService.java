package org.ruralaccess.analysis.community;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.model.community.TimeWindow;

/**
 * One community transport scheme as a request uses it: where it picks up and sets down (its area),
 * when (its windows) and how long the ride takes (factor x car time + offset). Every place in the
 * area serves as both pickup and drop-off, in any window of the scheme; a ride must end by the end
 * of the window it started in (GTFS-Flex's end_pickup_drop_off_window).
 */
final class FlexService {

  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private final Scheme scheme;
  private final PreparedGeometry area;
  private final Envelope envelope;
  private final List<TimeWindow> windows;

  FlexService(Scheme scheme, PreparedGeometry area) {
    this.scheme = scheme;
    this.area = area;
    this.envelope = area == null ? new Envelope() : area.getGeometry().getEnvelopeInternal();
    this.windows = scheme.windows();
  }

  Scheme scheme() {
    return scheme;
  }

  /** True when the point (WGS84) is inside the service area. */
  boolean covers(double lat, double lon) {
    return area != null
        && envelope.contains(lon, lat)
        && area.covers(GEOMETRY.createPoint(new Coordinate(lon, lat)));
  }

  PreparedGeometry area() {
    return area;
  }

  List<TimeWindow> windows() {
    return windows;
  }

  /** Door-to-door only (volunteer cars): no changing to or from scheduled transit. */
  boolean doorToDoorOnly() {
    return scheme.kind() == org.ruralaccess.model.community.SchemeKind.VOLUNTEER_CAR;
  }

  /** In-vehicle seconds for a drive of {@code carSeconds}: factor x car time + offset. */
  int rideSeconds(int carSeconds) {
    return (int)
        Math.round(scheme.vehicleTimeFactor() * carSeconds + scheme.vehicleTimeOffsetSeconds());
  }

  /** The longest drive whose ride fits in {@code maxRideSeconds}. */
  int maxCarSeconds(int maxRideSeconds) {
    double seconds =
        (maxRideSeconds - scheme.vehicleTimeOffsetSeconds())
            / Math.max(0.01, scheme.vehicleTimeFactor());
    return (int) Math.max(0, Math.min(maxRideSeconds * 100.0, Math.ceil(seconds)));
  }
}
