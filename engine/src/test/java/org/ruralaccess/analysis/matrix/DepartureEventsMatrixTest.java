package org.ruralaccess.analysis.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.ruralaccess.analysis.community.CommunityBuses;
import org.ruralaccess.analysis.community.FlexServices;
import org.ruralaccess.ingest.points.PointCsvReader;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.network.DayTimetables;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.network.link.LinkedPoints;
import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.routing.RangeMode;
import org.ruralaccess.routing.RaptorTimetable;
import org.ruralaccess.routing.fixture.ThinnedTimetables;
import org.ruralaccess.testing.RepoFiles;

/**
 * On real networks, the travel time to every destination at every departure minute is the same
 * whether the range search runs its rounds only at boarding events ({@link
 * RangeMode#BOARDING_EVENTS}, what the matrix uses) or at every departure ({@link
 * RangeMode#EVERY_DEPARTURE}): Porto Alegre (frequent buses) with and without the illustrative
 * community transport schemes of {@code benchmarks/regions/poa-dial-a-ride} (flex access legs with
 * pickup windows, flex egress, door-to-door rides), and Newport (BODS) as published and thinned to
 * one trip an hour per pattern (a synthetic rural-like timetable, made here, never shipped).
 */
class DepartureEventsMatrixTest {

  @Test
  void portoAlegreWithAndWithoutCommunityTransportMinuteByMinute() {
    Network network = build("benchmarks/regions/poa-dial-a-ride");
    PointSet hexagons = PointCsvReader.read(RepoFiles.resolve("regions/poa/poa_hexgrid.csv"));
    LocalDate monday = LocalDate.of(2019, 5, 13);
    Comparison bus =
        compare(network, hexagons, 20, monday, "14:00", "16:00", off(), UnaryOperator.identity());
    Comparison flex =
        compare(
            network,
            hexagons,
            20,
            monday,
            "14:00",
            "16:00",
            CommunityTransportRequest.defaults(),
            UnaryOperator.identity());
    // 62 origins (every 20th of 1,227) x 1,227 destinations x 120 minutes
    assertEquals(62L * 1227 * 120, bus.compared());
    assertTrue(bus.reached() > bus.compared() / 4, bus.toString());
    // the schemes change some answers, so their legs were exercised in the comparison
    assertTrue(flex.originsDifferingFrom(bus) > 0, "community transport changed nothing");
  }

  @Test
  void newportAsPublishedAndThinnedToHourlyMinuteByMinute() {
    Network network = build("regions/newport");
    PointSet grid = PointCsvReader.read(RepoFiles.resolve("regions/newport/grid_1km.csv"));
    LocalDate tuesday = LocalDate.of(2023, 6, 13);
    Comparison published =
        compare(network, grid, 1, tuesday, "07:00", "10:00", off(), UnaryOperator.identity());
    Comparison hourly =
        compare(
            network,
            grid,
            1,
            tuesday,
            "07:00",
            "10:00",
            off(),
            timetable -> ThinnedTimetables.keepHeadway(timetable, 3600));
    // 88 grid points to 88, 180 minutes
    assertEquals(88L * 88 * 180, published.compared());
    assertTrue(published.reached() > 100_000, published.toString());
    assertTrue(hourly.reached() > 50_000, hourly.toString());
    assertTrue(hourly.originsDifferingFrom(published) > 0, "thinning changed nothing");
  }

  /**
   * Travel times of every {@code originStep}-th origin to every destination, per departure, in both
   * modes; fails at the first difference.
   */
  private static Comparison compare(
      Network baseNetwork,
      PointSet points,
      int originStep,
      LocalDate date,
      String from,
      String to,
      CommunityTransportRequest communityTransport,
      UnaryOperator<RaptorTimetable> timetableEdit) {
    MatrixRequest request =
        new MatrixRequest(
            date,
            ClockTime.parseSeconds(from),
            ClockTime.parseSeconds(to),
            60,
            TravelMode.TRANSIT,
            new int[] {50},
            -1,
            baseNetwork.info().routing(),
            communityTransport);
    // the same preparation as TravelTimeMatrix
    Network network =
        CommunityBuses.addTo(
            baseNetwork,
            CommunityBuses.activeFixedRoutes(
                baseNetwork.communityTransport(), communityTransport, date),
            date);
    RaptorTimetable timetable =
        timetableEdit.apply(
            DayTimetables.forDate(
                network,
                date,
                request.walkSpeedMetersPerSecond(),
                request.routing().maxTransferWalkMinutes() * 60,
                request.routing().transferSlackSeconds()));
    LinkedPoints linked = LinkedPoints.link(points, network.streets(), StreetMode.WALK);
    StopIndex stopIndex = StopIndex.of(network.transit(), network.stopLinks());
    EgressTable egress =
        EgressTable.build(
            network,
            stopIndex,
            linked,
            request.walkSpeedMetersPerSecond(),
            request.routing().maxWalkMinutes() * 60);
    FlexServices flex =
        FlexServices.forRequest(
            network,
            request.date(),
            request.routing(),
            request.communityTransport(),
            stopIndex,
            linked);
    TransitOriginSearch events =
        new TransitOriginSearch(
            network,
            stopIndex,
            timetable,
            egress,
            linked,
            request,
            flex,
            RangeMode.BOARDING_EVENTS);
    TransitOriginSearch reference =
        new TransitOriginSearch(
            network,
            stopIndex,
            timetable,
            egress,
            linked,
            request,
            flex,
            RangeMode.EVERY_DEPARTURE);
    int departures = request.departureCount();
    int[] hashes = new int[points.size()];
    long compared = 0;
    long reached = 0;
    for (int o = 0; o < points.size(); o += originStep) {
      int[][] expected =
          reference.travelTimes(
              linked.snap(o), points.lat(o), points.lon(o), request.fromSeconds(), departures);
      int[][] actual =
          events.travelTimes(
              linked.snap(o), points.lat(o), points.lon(o), request.fromSeconds(), departures);
      for (int i = 0; i < departures; i++) {
        for (int d = 0; d < points.size(); d++) {
          if (expected[i][d] != actual[i][d]) {
            assertEquals(
                expected[i][d],
                actual[i][d],
                "origin "
                    + o
                    + ", departure "
                    + ClockTime.format(request.fromSeconds() + i * 60)
                    + ", destination "
                    + d);
          }
          compared++;
          reached += expected[i][d] == Percentiles.UNREACHED ? 0 : 1;
        }
      }
      hashes[o] = java.util.Arrays.deepHashCode(actual);
    }
    return new Comparison(hashes, compared, reached);
  }

  private static CommunityTransportRequest off() {
    return CommunityTransportRequest.off();
  }

  private static Network build(String region) {
    return new NetworkBuilder(line -> {})
        .build(RegionConfigReader.read(RepoFiles.resolve(region)))
        .network();
  }

  /**
   * A hash of each compared origin's travel times (0 for the others), with counts to show that the
   * comparison was not vacuous.
   */
  private record Comparison(int[] originHashes, long compared, long reached) {

    /** Origins whose travel times differ (equal hashes could hide a difference; unequal cannot). */
    long originsDifferingFrom(Comparison other) {
      long differing = 0;
      for (int o = 0; o < originHashes.length; o++) {
        differing += originHashes[o] != other.originHashes[o] ? 1 : 0;
      }
      return differing;
    }

    @Override
    public String toString() {
      return reached + " of " + compared + " origin-destination-minutes reached";
    }
  }
}
