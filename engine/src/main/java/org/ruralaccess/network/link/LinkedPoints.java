package org.ruralaccess.network.link;

import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetSnap;

/**
 * Points snapped to the street network for one mode, done once per point set and mode. A point
 * further than {@link #MAX_SNAP_METERS} from any street usable by the mode is unlinked and
 * unreachable (counted, never silently moved).
 */
public final class LinkedPoints {

  /** As R5's point-set linking radius; the off-street part is walked. */
  public static final double MAX_SNAP_METERS = 1600;

  private final PointSet points;
  private final StreetSnap[] snaps;

  private LinkedPoints(PointSet points, StreetSnap[] snaps) {
    this.points = points;
    this.snaps = snaps;
  }

  public static LinkedPoints link(PointSet points, StreetNetwork streets, StreetMode mode) {
    StreetSnap[] snaps = new StreetSnap[points.size()];
    java.util.stream.IntStream.range(0, points.size())
        .parallel()
        .forEach(
            p ->
                snaps[p] =
                    streets.snap(points.lat(p), points.lon(p), mode, MAX_SNAP_METERS).orElse(null));
    return new LinkedPoints(points, snaps);
  }

  public PointSet points() {
    return points;
  }

  public int size() {
    return snaps.length;
  }

  /** The point on the street, or null when the point could not be linked. */
  public StreetSnap snap(int point) {
    return snaps[point];
  }

  public int unlinkedCount() {
    int count = 0;
    for (StreetSnap snap : snaps) {
      count += snap == null ? 1 : 0;
    }
    return count;
  }
}
