package org.ruralaccess.ingest.gtfs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.network.transit.TransitNetwork;
import org.ruralaccess.testing.TransitFixtures;

/**
 * Blank times shared out along shapes, on {@code src/test/resources/gtfs/shapes}: stops S1, S2, S3
 * 0.010 degrees apart on the equator, each trip timed 40 minutes from S1 to S3 with S2 blank. The
 * shape LOOP detours north between S1 and S2: 0.030 degrees there, 0.010 degrees on to S3.
 */
class TripDistancesTest {

  private static TransitNetwork network;
  private static ImportIssues issues;

  @BeforeAll
  static void build() throws URISyntaxException {
    issues = new ImportIssues();
    Path feed = Path.of(TripDistancesTest.class.getResource("/gtfs/shapes").toURI());
    network =
        TransitFixtures.fromFeeds(
            List.of(GtfsFeedReader.read(new GtfsFeedSource("shp", feed), issues)), issues);
  }

  @Test
  void aBlankTimeIsSharedOutByDistanceAlongTheShape() {
    // S2 is 0.030 of 0.040 degrees along LOOP: 08:00 + 40 min * 3/4 = 08:30:00 = 30,600 s
    // (a straight line would put it halfway, 08:20:00).
    assertEquals(30_600, arrival("shp:T_LOOP", 1));
    assertEquals(30_600, departure("shp:T_LOOP", 1));
  }

  @Test
  void withoutAUsableShapeTheStraightLineDecides() {
    // halfway in a straight line: 20 minutes after the first stop
    assertEquals(33_600, arrival("shp:T_NO_SHAPE", 1)); // no shape_id: 09:20:00
    assertEquals(37_200, arrival("shp:T_UNKNOWN_SHAPE", 1)); // shape not in shapes.txt: 10:20
    assertEquals(40_800, arrival("shp:T_FAR_SHAPE", 1)); // shape 556 m from the stops: 11:20
    assertEquals(44_400, arrival("shp:T_BACKWARDS", 1)); // stops against LOOP: 12:20
  }

  @Test
  void fallbacksAreReportedOncePerShapeAndCounted() {
    Set<String> unused = new TreeSet<>();
    String summary = null;
    for (ImportIssue issue : issues.sorted()) {
      if (issue.code().equals("SHAPE_NOT_USED")) {
        unused.add(issue.entityId());
      } else if (issue.code().equals("STOP_TIMES_INTERPOLATED")) {
        summary = issue.message();
      }
    }
    assertEquals(Set.of("FAR", "LOOP", "NOWHERE"), unused);
    assertEquals(
        "5 trips have blank times, shared out by 0 shape_dist_traveled, 1 distance along the"
            + " shape, 4 straight-line distance",
        summary);
  }

  private static int trip(String tripId) {
    for (int trip = 0; trip < network.tripCount(); trip++) {
      if (network.tripId(trip).equals(tripId)) {
        return trip;
      }
    }
    throw new AssertionError("no trip " + tripId);
  }

  private static int arrival(String tripId, int stopPosition) {
    int trip = trip(tripId);
    int pattern = network.tripPattern(trip);
    return network.arrivalSeconds(pattern, trip - network.tripIndex(pattern, 0), stopPosition);
  }

  private static int departure(String tripId, int stopPosition) {
    int trip = trip(tripId);
    int pattern = network.tripPattern(trip);
    return network.departureSeconds(pattern, trip - network.tripIndex(pattern, 0), stopPosition);
  }
}
