package org.ruralaccess.ingest.osm;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.util.parsers.TagParser;
import com.graphhopper.storage.IntsRef;
import java.util.List;
import java.util.Set;

/**
 * Marks the edges of ways closed to a mode's through traffic ({@link AccessTagRules#isNoThrough}),
 * in a boolean encoded value the graph copier turns into {@link
 * org.ruralaccess.network.street.EdgeFlags}. Whether the mode may use the edge at all is its access
 * parser's business; this only says "not as a through route".
 */
final class NoThroughTrafficParser implements TagParser {

  private final BooleanEncodedValue noThrough;
  private final List<String> keys;
  private final Set<String> rightsOfWay;

  NoThroughTrafficParser(BooleanEncodedValue noThrough, List<String> keys, Set<String> rights) {
    this.noThrough = noThrough;
    this.keys = keys;
    this.rightsOfWay = rights;
  }

  @Override
  public void handleWayTags(
      int edgeId, EdgeIntAccess edgeIntAccess, ReaderWay way, IntsRef relationFlags) {
    if (AccessTagRules.isNoThrough(way, keys, rightsOfWay)) {
      noThrough.setBool(false, edgeId, edgeIntAccess, true);
    }
  }
}
