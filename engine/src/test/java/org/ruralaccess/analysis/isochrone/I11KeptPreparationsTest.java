package org.ruralaccess.analysis.isochrone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.testing.RepoFiles;

/**
 * Prepared isochrone analyses kept between requests (issue 14's server latency), on regions/cobb
 * (CobbLinc route 30 and the Zone 2 flex trips): a kept analysis answers exactly as a fresh
 * preparation, repeated and concurrent requests prepare nothing more, parts are shared between
 * windows and cutoffs, the bound drops the least recently used, and a search cancelled between two
 * departures stops there and leaves its pooled search state fit for the next request.
 */
class I11KeptPreparationsTest {

  private static final LocalDate THURSDAY = LocalDate.of(2021, 12, 2);
  private static final IsochroneAnalysis.Place Z2A =
      new IsochroneAnalysis.Place("Z2A", "", 33.86701256815635, -84.61787939071655);
  private static Network network;
  private static IsochroneAnalysis.Place firstStop;

  @BeforeAll
  static void build() {
    network =
        new NetworkBuilder(line -> {})
            .build(RegionConfigReader.read(RepoFiles.resolve("regions/cobb")))
            .network();
    int stop = 0;
    while (!network.stopLinks().isLinked(stop)) {
      stop++;
    }
    firstStop =
        new IsochroneAnalysis.Place(
            "stop" + stop, "", network.transit().stopLat(stop), network.transit().stopLon(stop));
  }

  @Test
  void aKeptAnalysisAnswersExactlyAsAFreshOneAndPreparesNothingMore() {
    IsochronePreparations kept = kept(4);
    IsochroneSettings settings = settings(12 * 3600, 60, new int[] {1800, 3600}, false);
    for (IsochroneAnalysis.Place place : List.of(Z2A, firstStop, Z2A)) {
      IsochroneAnalysis.PlaceIsochrones fresh =
          IsochroneAnalysis.prepare(network, settings).compute(place);
      assertTrue(fresh.linked() && fresh.figures().get(1).areaKm2() > 1, place.id());
      assertEquals(text(fresh), text(kept.analysis(settings).compute(place)));
    }
    // 1 projection + 1 figures + 1 links + 1 day network + 1 timetable + 1 stop index + 1 stop
    // walks + 1 flex services + 1 analysis, made on the first request only
    assertEquals(9, kept.preparedCount());
    IsochroneSettings equal = settings(12 * 3600, 60, new int[] {1800, 3600}, false);
    assertSame(kept.analysis(settings), kept.analysis(equal));
    assertEquals(9, kept.preparedCount());
  }

  @Test
  void otherWindowsAndCutoffsShareTheStopWalksAndTimetable() {
    IsochronePreparations kept = kept(4);
    IsochroneAnalysis early = kept.analysis(settings(8 * 3600, 30, new int[] {900}, false));
    IsochroneAnalysis late = kept.analysis(settings(17 * 3600, 90, new int[] {1200, 2400}, false));
    assertNotSame(early, late);
    // the second analysis made only itself: 9 parts for the first, 1 for the second
    assertEquals(10, kept.preparedCount());
    assertEquals(1, kept.stopWalksPrepared());
    // an arrive-by catchment walks from the cells to the stops: a second table
    kept.analysis(settings(9 * 3600, 1, new int[] {1800}, true));
    assertEquals(2, kept.stopWalksPrepared());
    // and answers as a fresh one
    IsochroneSettings catchment = settings(9 * 3600, 1, new int[] {1800}, true);
    assertEquals(
        text(IsochroneAnalysis.prepare(network, catchment).compute(firstStop)),
        text(kept.analysis(catchment).compute(firstStop)));
  }

  @Test
  void concurrentFirstRequestsPrepareOnce() throws Exception {
    IsochronePreparations kept = kept(4);
    IsochroneSettings settings = settings(12 * 3600, 60, new int[] {1800, 3600}, false);
    int threads = 8;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<IsochroneAnalysis>> asked = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        asked.add(
            pool.submit(
                () -> {
                  start.await();
                  IsochroneAnalysis analysis = kept.analysis(settings);
                  analysis.compute(Z2A);
                  return analysis;
                }));
      }
      IsochroneAnalysis first = asked.get(0).get();
      for (Future<IsochroneAnalysis> other : asked) {
        assertSame(first, other.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(1, kept.stopWalksPrepared());
    assertEquals(9, kept.preparedCount());
  }

  @Test
  void theBoundDropsTheLeastRecentlyUsedAnalysis() {
    IsochronePreparations kept = kept(2);
    IsochroneSettings a = settings(12 * 3600, 10, new int[] {600}, false);
    IsochroneSettings b = settings(12 * 3600, 10, new int[] {900}, false);
    IsochroneSettings c = settings(12 * 3600, 10, new int[] {1200}, false);
    IsochroneAnalysis firstA = kept.analysis(a);
    kept.analysis(b);
    assertSame(firstA, kept.analysis(a)); // a is now the most recently used, b the least
    kept.analysis(c); // drops b
    assertSame(firstA, kept.analysis(a));
    long before = kept.preparedCount();
    kept.analysis(b); // made again (drops c), nothing else: the walks are still kept
    assertEquals(before + 1, kept.preparedCount());
    assertEquals(1, kept.stopWalksPrepared());
  }

  @Test
  void aCancelledSearchStopsWithinOneDepartureAndItsStateIsReusable() {
    IsochroneSettings settings = settings(12 * 3600, 60, new int[] {1800, 3600}, false);
    IsochroneAnalysis analysis = kept(4).analysis(settings);
    AtomicInteger checks = new AtomicInteger();
    Runnable cancelAtTenth =
        () -> {
          if (checks.incrementAndGet() == 10) {
            throw new CancellationException("past the time limit");
          }
        };
    assertThrows(
        CancellationException.class,
        () -> analysis.compute(List.of(Z2A), done -> {}, cancelAtTenth));
    // stopped at the 10th of the window's 60 departures, not after the whole search
    assertEquals(10, checks.get());
    // the same pooled search answers the next request as a fresh preparation does, checking
    // once per departure
    AtomicInteger all = new AtomicInteger();
    IsochroneAnalysis.PlaceIsochrones again =
        analysis.compute(List.of(Z2A), done -> {}, all::incrementAndGet).get(0);
    assertEquals(60, all.get());
    assertEquals(text(IsochroneAnalysis.prepare(network, settings).compute(Z2A)), text(again));
  }

  private static IsochronePreparations kept(int maxPerKind) {
    return new IsochronePreparations(network, network.zones(), network.destinations(), maxPerKind);
  }

  private static IsochroneSettings settings(
      int firstSeconds, int departures, int[] cutoffSeconds, boolean arriveBy) {
    return new IsochroneSettings(
        THURSDAY,
        firstSeconds,
        departures,
        60,
        arriveBy,
        TravelMode.TRANSIT,
        50,
        cutoffSeconds,
        100,
        network.info().routing(),
        CommunityTransportRequest.defaults());
  }

  /** Every polygon as WKT with its figures: equal text means the same output bytes. */
  private static String text(IsochroneAnalysis.PlaceIsochrones result) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < result.isochrones().size(); i++) {
      text.append(result.isochrones().get(i).wgs84().toText())
          .append(' ')
          .append(result.figures().get(i))
          .append('\n');
    }
    assertTrue(text.length() > 0);
    return text.toString();
  }
}
