package org.ruralaccess.network.transit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralaccess.ingest.gtfs.GtfsFeedReader;
import org.ruralaccess.ingest.gtfs.GtfsFeedSource;
import org.ruralaccess.ingest.gtfs.GtfsTestFeeds;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.testing.TransitFixtures;

/** The binary format: deterministic bytes, and a round trip that loses nothing. */
class TransitNetworkSerializationTest {

  @Test
  void newportRoundTripsToEqualNetworkAndIdenticalBytes() throws IOException {
    TransitNetwork built = build("newport", "newport-20230613_gtfs.zip");
    byte[] first = bytes(built);
    assertArrayEquals(first, bytes(built), "written twice");
    assertArrayEquals(
        first, bytes(build("newport", "newport-20230613_gtfs.zip")), "built and written twice");
    TransitNetwork read = TransitNetwork.read(new DataInputStream(new ByteArrayInputStream(first)));
    assertArrayEquals(first, bytes(read), "read then written");
    assertSameContent(built, read);
  }

  @Test
  void syntheticRoundTripKeepsNullsAndTransfers() throws IOException {
    ImportIssues issues = new ImportIssues();
    TransitNetwork built =
        TransitFixtures.fromFeeds(
            List.of(GtfsFeedReader.read(new GtfsFeedSource("syn", SyntheticFeed.path()), issues)),
            issues);
    TransitNetwork read =
        TransitNetwork.read(new DataInputStream(new ByteArrayInputStream(bytes(built))));
    assertSameContent(built, read);
  }

  @Test
  void otherBytesAreRefused() {
    byte[] notANetwork = {1, 2, 3, 4, 5, 6, 7, 8};
    IOException e =
        assertThrows(
            IOException.class,
            () -> TransitNetwork.read(new DataInputStream(new ByteArrayInputStream(notANetwork))));
    assertTrue(e.getMessage().contains("not a transit network"), e.getMessage());
  }

  private static void assertSameContent(TransitNetwork a, TransitNetwork b) {
    assertEquals(a.timeZone(), b.timeZone());
    assertEquals(a.stopCount(), b.stopCount());
    for (int s = 0; s < a.stopCount(); s++) {
      assertEquals(a.stopId(s), b.stopId(s));
      assertEquals(a.stopName(s), b.stopName(s));
      assertEquals(a.stopLat(s), b.stopLat(s));
      assertEquals(a.stopLon(s), b.stopLon(s));
      assertEquals(s, b.findStop(a.stopId(s)).orElseThrow());
    }
    assertEquals(a.routeCount(), b.routeCount());
    for (int r = 0; r < a.routeCount(); r++) {
      assertEquals(
          List.of(
              a.routeId(r),
              String.valueOf(a.routeShortName(r)),
              a.routeType(r),
              String.valueOf(a.agencyName(r))),
          List.of(
              b.routeId(r),
              String.valueOf(b.routeShortName(r)),
              b.routeType(r),
              String.valueOf(b.agencyName(r))));
    }
    assertEquals(a.patternCount(), b.patternCount());
    for (int p = 0; p < a.patternCount(); p++) {
      assertEquals(a.patternRoute(p), b.patternRoute(p));
      assertArrayEquals(a.patternStops(p), b.patternStops(p));
      assertEquals(a.patternTripCount(p), b.patternTripCount(p));
      for (int i = 0; i < a.patternStops(p).length; i++) {
        assertEquals(a.canBoard(p, i), b.canBoard(p, i));
        assertEquals(a.canAlight(p, i), b.canAlight(p, i));
        for (int t = 0; t < a.patternTripCount(p); t++) {
          assertEquals(a.arrivalSeconds(p, t, i), b.arrivalSeconds(p, t, i));
          assertEquals(a.departureSeconds(p, t, i), b.departureSeconds(p, t, i));
        }
      }
    }
    assertEquals(a.tripCount(), b.tripCount());
    for (int t = 0; t < a.tripCount(); t++) {
      assertEquals(a.tripId(t), b.tripId(t));
      assertEquals(a.tripService(t), b.tripService(t));
      assertEquals(a.tripBlockId(t), b.tripBlockId(t));
      assertEquals(a.tripPattern(t), b.tripPattern(t));
    }
    assertEquals(a.serviceCount(), b.serviceCount());
    assertEquals(a.firstServiceDate(), b.firstServiceDate());
    assertEquals(a.lastServiceDate(), b.lastServiceDate());
    for (LocalDate d = a.firstServiceDate(); !d.isAfter(a.lastServiceDate()); d = d.plusDays(1)) {
      assertEquals(a.activeTripCount(d), b.activeTripCount(d), d.toString());
    }
    assertEquals(a.transferRuleCount(), b.transferRuleCount());
    for (int r = 0; r < a.transferRuleCount(); r++) {
      assertEquals(a.transferFromStop(r), b.transferFromStop(r));
      assertEquals(a.transferToStop(r), b.transferToStop(r));
      assertEquals(a.transferMinSeconds(r), b.transferMinSeconds(r));
      assertEquals(a.transferForbidden(r), b.transferForbidden(r));
    }
  }

  private static TransitNetwork build(String feedId, String file) {
    ImportIssues issues = new ImportIssues();
    return TransitFixtures.fromFeeds(
        List.of(GtfsFeedReader.read(new GtfsFeedSource(feedId, GtfsTestFeeds.feed(file)), issues)),
        issues);
  }

  private static byte[] bytes(TransitNetwork network) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    network.write(new DataOutputStream(buffer));
    return buffer.toByteArray();
  }
}
