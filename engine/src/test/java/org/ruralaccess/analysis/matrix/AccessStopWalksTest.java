package org.ruralaccess.analysis.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ruralaccess.ingest.points.PointCsvReader;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.network.link.LinkedPoints;
import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.routing.RangeRaptorWorker;
import org.ruralaccess.routing.RaptorTimetable;
import org.ruralaccess.routing.TimedAccessLegs;
import org.ruralaccess.testing.RepoFiles;

/**
 * The transit search walks on from its access stops once per origin ({@link
 * DirectWalks#addWalksViaAccessStops}), not at every departure: on Porto Alegre its travel times
 * equal, second by second at every departure, those of a plain reference that at each departure
 * walks on from every stop reached by a ride or by the access leg (no shortcut, no memory of walks
 * already taken) and compares with walking all the way.
 *
 * <p>Walking through an access stop is not always slower than walking all the way: access and
 * egress seconds are each rounded from milliseconds, so their sum can be one second less than the
 * whole walk rounded once. The test asserts such pairs occur in its sample, so leaving those walks
 * out (or counting them twice wrong) fails it.
 *
 * <p>The search of several sets of usable community transport schemes ({@link
 * SchemeSetsOriginSearch}) takes the same shortcut; on the community transport benchmark region
 * (Porto Alegre with ILLUSTRATIVE schemes) its values at every percentile 0-100 (so every
 * departure's seconds, sorted) equal each set's routed alone by {@link TransitOriginSearch}.
 */
class AccessStopWalksTest {

  private static final LocalDate MONDAY = LocalDate.of(2019, 5, 13);

  @Test
  void sameSecondsAsWalkingOnFromEveryStopAtEveryDeparture() {
    Network network =
        new NetworkBuilder(line -> {})
            .build(RegionConfigReader.read(RepoFiles.resolve("regions/poa")))
            .network();
    PointSet hexagons = PointCsvReader.read(RepoFiles.resolve("regions/poa/poa_hexgrid.csv"));
    MatrixRequest request = request(network, new int[] {50});
    LinkedPoints linked = LinkedPoints.link(hexagons, network.streets(), StreetMode.WALK);
    // the day's timetable, stop index and egress walks as the matrix prepares them
    TransitSetup setup = TransitSetup.prepare(network, linked, request);
    TransitOriginSearch search = setup.newSearch(request);
    Reference reference =
        new Reference(
            setup.network(), setup.stopIndex(), setup.timetable(), setup.egress(), linked, request);
    int departures = request.departureCount();
    long compared = 0;
    long viaAccessFaster = 0;
    for (int o = 0; o < hexagons.size(); o += 7) {
      int[][] expected =
          reference.travelTimes(o, hexagons.lat(o), hexagons.lon(o), request.fromSeconds());
      int[][] actual =
          search.travelTimes(
              linked.snap(o), hexagons.lat(o), hexagons.lon(o), request.fromSeconds(), departures);
      for (int i = 0; i < departures; i++) {
        if (!Arrays.equals(expected[i], actual[i])) {
          for (int d = 0; d < expected[i].length; d++) {
            assertEquals(
                expected[i][d],
                actual[i][d],
                "origin " + o + ", departure " + i + " minutes after 14:00, destination " + d);
          }
        }
        compared += expected[i].length;
      }
      viaAccessFaster += reference.viaAccessFasterThanWalking;
    }
    // 176 origins (every 7th of 1,227) x 1,227 destinations x 60 departures
    assertEquals(176L * 1227 * 60, compared);
    assertTrue(viaAccessFaster > 0, "no walk through an access stop beat walking all the way");
  }

  @Test
  void schemeSetsSameSecondsAsEachSetAloneOnTheCommunityTransportRegion() {
    Network network =
        new NetworkBuilder(line -> {})
            .build(RegionConfigReader.read(RepoFiles.resolve("benchmarks/regions/poa-dial-a-ride")))
            .network();
    PointSet hexagons = PointCsvReader.read(RepoFiles.resolve("regions/poa/poa_hexgrid.csv"));
    int[] every7th = IntStream.iterate(0, o -> o < hexagons.size(), o -> o + 7).toArray();
    PointSet origins =
        new PointSet(
            "every 7th hexagon",
            Arrays.stream(every7th).mapToObj(hexagons::id).toList(),
            Arrays.stream(every7th).mapToDouble(hexagons::lat).toArray(),
            Arrays.stream(every7th).mapToDouble(hexagons::lon).toArray(),
            Map.of());
    // every percentile: with 60 departures, the nearest ranks cover every departure's value
    MatrixRequest request = request(network, IntStream.rangeClosed(0, 100).toArray());
    CommunityTransportRequest on = CommunityTransportRequest.off().withEnabled(true);
    List<CommunityTransportRequest> sets =
        List.of(
            on.withRider(RiderGroup.GENERAL),
            on.withRider(RiderGroup.OLDER),
            on.withRider(RiderGroup.DISABLED),
            CommunityTransportRequest.off());
    int[][][][] shared = new int[sets.size()][origins.size()][][];
    SchemeSetsMatrix.compute(
        network,
        origins,
        hexagons,
        request,
        sets,
        (set, o, values) -> shared[set][o] = values,
        done -> {});
    long compared = 0;
    for (int k = 0; k < sets.size(); k++) {
      int[][][] alone = new int[origins.size()][][];
      TravelTimeMatrix.compute(
          network,
          origins,
          hexagons,
          request.withCommunityTransport(sets.get(k)),
          (o, values) -> alone[o] = values,
          done -> {});
      for (int o = 0; o < origins.size(); o++) {
        for (int d = 0; d < hexagons.size(); d++) {
          assertArrayEquals(
              alone[o][d], shared[k][o][d], "set " + k + ", origin " + o + ", destination " + d);
          compared++;
        }
      }
    }
    // 4 sets x 176 origins x 1,227 destinations, each 101 percentiles
    assertEquals(4L * 176 * 1227, compared);
  }

  /** Transit on Monday 2019-05-13, 14:00-15:00 every minute, the region's routing settings. */
  private static MatrixRequest request(Network network, int[] percentiles) {
    return new MatrixRequest(
        MONDAY,
        ClockTime.parseSeconds("14:00"),
        ClockTime.parseSeconds("15:00"),
        60,
        TravelMode.TRANSIT,
        percentiles,
        -1,
        network.info().routing(),
        CommunityTransportRequest.off());
  }

  /** The straightforward per-departure computation the search's shortcuts must agree with. */
  private static final class Reference {
    private final Network network;
    private final StopIndex stopIndex;
    private final RaptorTimetable timetable;
    private final EgressTable egress;
    private final LinkedPoints destinations;
    private final MatrixRequest request;
    private final RangeRaptorWorker worker;
    private final StreetRouter router;
    long viaAccessFasterThanWalking;

    Reference(
        Network network,
        StopIndex stopIndex,
        RaptorTimetable timetable,
        EgressTable egress,
        LinkedPoints destinations,
        MatrixRequest request) {
      this.network = network;
      this.stopIndex = stopIndex;
      this.timetable = timetable;
      this.egress = egress;
      this.destinations = destinations;
      this.request = request;
      this.worker = new RangeRaptorWorker(timetable);
      this.router = new StreetRouter(network.streets());
    }

    int[][] travelTimes(int o, double lat, double lon, int firstDeparture) {
      int departures = request.departureCount();
      int maxTrip = request.maxTripSeconds();
      int[][] values = new int[departures][destinations.size()];
      for (int[] row : values) {
        Arrays.fill(row, Percentiles.UNREACHED);
      }
      viaAccessFasterThanWalking = 0;
      if (destinations.snap(o) == null) {
        return values;
      }
      OriginWalk walk =
          OriginWalk.search(router, network, stopIndex, request, destinations.snap(o), lat, lon);
      int[] allTheWay = new int[destinations.size()];
      for (int d = 0; d < allTheWay.length; d++) {
        allTheWay[d] =
            destinations.snap(d) == null ? -1 : walk.walk().secondsTo(destinations.snap(d));
      }
      countViaAccessFaster(walk, allTheWay);
      if (!walk.reachesTransit(TimedAccessLegs.none())) {
        for (int[] row : values) {
          for (int d = 0; d < row.length; d++) {
            row[d] = allTheWay[d] >= 0 && allTheWay[d] <= maxTrip ? allTheWay[d] : row[d];
          }
        }
        return values;
      }
      int[] arrival = new int[destinations.size()];
      worker.route(
          walk.raptorRequest(request, firstDeparture, departures, TimedAccessLegs.none()),
          (departure, arrivals, changed, changedCount) -> {
            Arrays.fill(arrival, Integer.MAX_VALUE);
            for (int stop = 0; stop < timetable.stopCount(); stop++) {
              if (!arrivals.isReachedWithoutTransfer(stop)) {
                continue;
              }
              int offBoard = arrivals.nonTransferArrivalSeconds(stop);
              for (int e = egress.firstIndex(stop); e < egress.endIndex(stop); e++) {
                int d = egress.destination(e);
                arrival[d] = Math.min(arrival[d], offBoard + egress.walkSeconds(e));
              }
            }
            int[] row = values[(departure - firstDeparture) / request.stepSeconds()];
            for (int d = 0; d < row.length; d++) {
              int best =
                  arrival[d] == Integer.MAX_VALUE ? Integer.MAX_VALUE : arrival[d] - departure;
              if (allTheWay[d] >= 0) {
                best = Math.min(best, allTheWay[d]);
              }
              row[d] = best <= maxTrip ? best : Percentiles.UNREACHED;
            }
          });
      return values;
    }

    private void countViaAccessFaster(OriginWalk walk, int[] allTheWay) {
      int[] stops = walk.access()[0];
      for (int i = 0; i < stops.length; i++) {
        for (int e = egress.firstIndex(stops[i]); e < egress.endIndex(stops[i]); e++) {
          int d = egress.destination(e);
          int via = walk.access()[1][i] + egress.walkSeconds(e);
          if (allTheWay[d] < 0 || via < allTheWay[d]) {
            viaAccessFasterThanWalking++;
          }
        }
      }
    }
  }
}
