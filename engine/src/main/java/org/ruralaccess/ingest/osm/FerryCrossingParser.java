package org.ruralaccess.ingest.osm;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMReaderUtility;
import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.ev.IntEncodedValue;
import com.graphhopper.routing.util.FerrySpeedCalculator;
import com.graphhopper.routing.util.parsers.TagParser;
import com.graphhopper.storage.IntsRef;

/**
 * Times a ferry edge from its way's tags: the way's {@code duration} plus half its {@code interval}
 * (the average wait for a boat that leaves every interval), shared between the way's edges in
 * proportion to their length, in whole seconds. Only ways whose duration GraphHopper read and found
 * plausible ({@code speed_from_duration}, at least 0.1 km/h) are timed; an unreadable interval
 * counts as no wait. Stored in an int encoded value of {@value #BITS} bits (up to 72 hours).
 */
final class FerryCrossingParser implements TagParser {

  static final int BITS = 18;

  private final IntEncodedValue crossingSeconds;

  FerryCrossingParser(IntEncodedValue crossingSeconds) {
    this.crossingSeconds = crossingSeconds;
  }

  @Override
  public void handleWayTags(
      int edgeId, EdgeIntAccess edgeIntAccess, ReaderWay way, IntsRef relationFlags) {
    if (!FerrySpeedCalculator.isFerry(way) || !AccessTagRules.isTimedFerry(way)) {
      return;
    }
    double wayMeters = way.getTag("way_distance", Double.NaN);
    double edgeMeters = way.getTag("edge_distance", Double.NaN);
    if (!(wayMeters > 0) || !(edgeMeters >= 0)) {
      return;
    }
    double totalSeconds = OSMReaderUtility.parseDuration(way.getTag("duration")) + waitSeconds(way);
    long seconds = Math.round(totalSeconds * Math.min(1, edgeMeters / wayMeters));
    crossingSeconds.setInt(
        false, edgeId, edgeIntAccess, (int) Math.min(seconds, crossingSeconds.getMaxStorableInt()));
  }

  /** Half the interval between boats; 0 when the way has no readable {@code interval}. */
  static double waitSeconds(ReaderWay way) {
    String interval = way.getTag("interval");
    if (interval == null) {
      return 0;
    }
    try {
      return OSMReaderUtility.parseDuration(interval.strip()) / 2.0;
    } catch (IllegalArgumentException e) {
      return 0;
    }
  }
}
