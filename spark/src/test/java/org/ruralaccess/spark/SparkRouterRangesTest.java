package org.ruralaccess.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralaccess.analysis.matrix.MatrixRequest;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.BookingAssumption;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingSettings;

class SparkRouterRangesTest {

  @Test
  void originsAreCutIntoContiguousRangesOfAboutEqualSize() {
    // 10 origins, 4 parts: cuts at 10 x 1/4 = 2, 10 x 2/4 = 5, 10 x 3/4 = 7 (rounded down)
    List<int[]> ranges = SparkRouter.ranges(10, 4);
    assertEquals(4, ranges.size());
    assertArrayEquals(new int[] {0, 2}, ranges.get(0));
    assertArrayEquals(new int[] {2, 5}, ranges.get(1));
    assertArrayEquals(new int[] {5, 7}, ranges.get(2));
    assertArrayEquals(new int[] {7, 10}, ranges.get(3));
    // fewer origins than parts: one origin each
    assertEquals(3, SparkRouter.ranges(3, 8).size());
  }

  @Test
  void aJobSentToTheExecutorsRebuildsTheDriversRequest() throws Exception {
    MatrixRequest request =
        new MatrixRequest(
            LocalDate.of(2019, 5, 13),
            14 * 3600,
            15 * 3600,
            120,
            TravelMode.TRANSIT,
            new int[] {5, 50, 95},
            -1,
            new RoutingSettings(4.8, 15.5, 3, 60, 120, 20, 10, 4, 100),
            new CommunityTransportRequest(true, RiderGroup.OLDER, BookingAssumption.sameDay(90)));
    PointSet points =
        new PointSet(
            "p.csv", List.of("a", "b"), new double[] {1, 2}, new double[] {3, 4}, Map.of());
    RouteJob job = RouteJob.of("k", "/n.rae", "00", request, points, points);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(job);
    }
    RouteJob sent;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      sent = (RouteJob) in.readObject();
    }
    MatrixRequest rebuilt = sent.request();
    assertEquals(request.date(), rebuilt.date());
    assertEquals(request.fromSeconds(), rebuilt.fromSeconds());
    assertEquals(request.toSeconds(), rebuilt.toSeconds());
    assertEquals(request.stepSeconds(), rebuilt.stepSeconds());
    assertEquals(request.mode(), rebuilt.mode());
    assertArrayEquals(request.percentiles(), rebuilt.percentiles());
    assertEquals(request.arriveBySeconds(), rebuilt.arriveBySeconds());
    assertEquals(request.routing(), rebuilt.routing());
    assertEquals(request.communityTransport(), rebuilt.communityTransport());
    PointSet second = sent.origins().slice(1, 2);
    assertEquals(List.of("b"), second.ids());
    assertArrayEquals(new double[] {2}, second.lats());
    assertArrayEquals(new double[] {4}, second.lons());
  }
}
