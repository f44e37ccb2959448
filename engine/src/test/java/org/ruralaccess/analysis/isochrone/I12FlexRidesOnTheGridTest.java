package org.ruralaccess.analysis.isochrone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralaccess.analysis.isochrone.BngStreets.X0;
import static org.ruralaccess.analysis.isochrone.BngStreets.Y0;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.ruralaccess.analysis.matrix.MatrixRequest;
import org.ruralaccess.analysis.matrix.TravelTimeMatrix;
import org.ruralaccess.ingest.community.SchemeFileReader;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.BookingAssumption;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.testing.SyntheticRegion;

/**
 * Dial-a-ride rides carried onto the grid, worked out by hand. One straight east-west road along
 * the row of cell centres {@code y = Y0}, from 4 km west to 7 km east of {@code X0}, nodes every
 * 100 m, cars at 36 km/h (10 m/s). An east-west grid meter there is 0.99737 m of the engine's
 * spherical distance (see {@link I04BusStopIslandTest}), so D grid meters east take D x 0.099737 s
 * by car and D x 0.99737 / 1.3333 s on foot (4.8 km/h).
 *
 * <p>The dial-a-ride (ILLUSTRATIVE, synthetic): area {@code X0 - 550 .. X0 + 6050}, {@code Y0 +-
 * 1050}, weekdays, one window 09:00-09:20, same-day booking with 60 minutes' notice, everyone, ride
 * = 1.5 x car time + 5 minutes. Bus stops A ({@code X0 - 3000}, outside the area) and H ({@code
 * X0}, inside, so a hub); buses A 09:00 -> H 09:05 and H 09:20 -> A 09:25. Routing defaults: 60 s
 * board slack, 20-minute walks. Extents are read on the part of a polygon around a given point of
 * the road (the 09:20 bus adds an island round A to some of them).
 */
class I12FlexRidesOnTheGridTest {

  private static final LocalDate TUESDAY = LocalDate.of(2024, 1, 9);
  private static final int NINE = 9 * 3600;
  private static final int[] CUTOFFS = {900, 1200};

  @TempDir static Path dir;
  private static Network network;

  @BeforeAll
  static void roadBusAndDialARide() throws Exception {
    BngStreets streets = new BngStreets();
    int previous = streets.node(X0 - 4000, Y0);
    for (int i = 1; i <= 110; i++) {
      int node = streets.node(X0 - 4000 + i * 100, Y0);
      streets.street(previous, node);
      previous = node;
    }
    StreetNetwork road = streets.build();
    double[] a = BngStreets.latLon(X0 - 3000, Y0);
    double[] h = BngStreets.latLon(X0, Y0);
    Map<String, String> gtfs = new LinkedHashMap<>();
    gtfs.put(
        "agency.txt",
        "agency_id,agency_name,agency_url,agency_timezone\n"
            + "ag,Agency,https://example.org,Europe/London\n");
    gtfs.put(
        "stops.txt",
        String.format(
            Locale.ROOT,
            "stop_id,stop_name,stop_lat,stop_lon\nA,A,%.8f,%.8f\nH,H,%.8f,%.8f\n",
            a[0],
            a[1],
            h[0],
            h[1]));
    gtfs.put("routes.txt", "route_id,agency_id,route_short_name,route_type\nR,ag,1,3\n");
    gtfs.put("trips.txt", "route_id,service_id,trip_id\nR,WEEKDAY,IN\nR,WEEKDAY,OUT\n");
    gtfs.put(
        "stop_times.txt",
        """
        trip_id,arrival_time,departure_time,stop_id,stop_sequence
        IN,09:00:00,09:00:00,A,1
        IN,09:05:00,09:05:00,H,2
        OUT,09:20:00,09:20:00,H,1
        OUT,09:25:00,09:25:00,A,2
        """);
    gtfs.put(
        "calendar.txt",
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            + "WEEKDAY,1,1,1,1,1,0,0,20240101,20241231\n");
    Network buses = SyntheticRegion.network(dir.resolve("gtfs"), gtfs, road);
    StringBuilder ring = new StringBuilder();
    double[][] corners = {
      {X0 - 550, Y0 - 1050},
      {X0 + 6050, Y0 - 1050},
      {X0 + 6050, Y0 + 1050},
      {X0 - 550, Y0 + 1050},
      {X0 - 550, Y0 - 1050}
    };
    for (double[] corner : corners) {
      double[] latLon = BngStreets.latLon(corner[0], corner[1]);
      ring.append(ring.isEmpty() ? "" : ", ")
          .append(String.format(Locale.ROOT, "[%.8f, %.8f]", latLon[1], latLon[0]));
    }
    Path file = dir.resolve("schemes.yaml");
    Files.writeString(
        file,
        """
        id: test
        schemes:
          - id: dar
            kind: dial_a_ride
            days: [monday, tuesday, wednesday, thursday, friday]
            hours: ["09:00-09:20"]
            area:
              geojson: {type: Polygon, coordinates: [[%s]]}
            booking: {type: same_day, notice_minutes: 60}
            eligibility: [everyone]
            vehicle_time: {factor: 1.5, offset_minutes: 5}
        """
            .formatted(ring));
    network = buses.withCommunityTransport(new CommunityTransport(SchemeFileReader.read(file)));
  }

  /**
   * From O at the hub H ({@code X0}), leaving every minute 09:00-09:09, median. A cell D grid
   * meters east on the road: car 0.099737 D s, ride r = 1.5 x car + 300, leaving at 09:00 + i
   * arrives at 09:00 + i + r, which must be by 09:20: the ride fits for i = 0 .. (1200 - r) / 60,
   * and the median (5th of 10 by nearest rank) is r when it fits for 5 departures, r <= 960.
   *
   * <ul>
   *   <li>15 minutes: D = 4,000: car 398.95 -> 399 s, r = 898.5 -> 899 s, in; D = 4,100: car 408.92
   *       -> 409 s, r = 913.5 -> 914 s, out; the edge where the times cross 900.5 s: 4,000 + 1.5 /
   *       15 x 100 = 4,010 m. Walking alone reaches 1,200 m: 900 s x 1.3333 / 0.99737 = 1,203 m.
   *   <li>20 minutes: the window, not the cutoff: D = 4,400: car 438.84 -> 439 s, r = 958.5 -> 959
   *       s, fits 5 departures (i = 0 .. 4), median 959; D = 4,500: car 448.82 -> 449 s, r = 973.5
   *       -> 974 s, fits only i = 0 .. 3, no median: unreached. The edge is half way to the
   *       unreached cell: 4,450 m.
   * </ul>
   */
  @Test
  void aDialARideFromHomeReachesTheCellsItsWindowAllows() {
    IsochroneAnalysis.PlaceIsochrones o = isochrones(X0, NINE, 10, BookingAssumption.dayBefore());
    Envelope fifteen = around(o.isochrones().get(0).metric(), X0);
    Envelope twenty = around(o.isochrones().get(1).metric(), X0);
    assertEquals(X0 + 4010, fifteen.getMaxX(), 100);
    assertEquals(X0 + 4450, twenty.getMaxX(), 100);
    // west of the area's edge (X0 - 550) only walking counts: 1,203 m in 15 minutes, and in 20
    // 1,200 x 1.3333 / 0.99737 = 1,604 m (the area's cells to the west are all within 375 s)
    assertEquals(X0 - 1203, fifteen.getMinX(), 100);
    assertEquals(X0 - 1604, twenty.getMinX(), 100);
    // the same medians from rae matrix's search, to points on the road
    int[] matrix = matrixMedians(X0, NINE, 10, X0 + 4000, X0 + 4400, X0 + 4500);
    assertEquals(899, matrix[0]);
    assertEquals(959, matrix[1]);
    // no flex median at 4,500 m: the matrix (max trip 120 minutes) walks, 4,500 x 0.99737 / 1.3333
    assertEquals(3366, matrix[2]);
  }

  /**
   * Booking: a rider booking on the day, 30 minutes ahead, cannot use a scheme needing 60 minutes'
   * notice; the isochrone is the walk alone, 1,203 m east in 15 minutes (as above).
   */
  @Test
  void aRiderWhoCannotBookInTimeOnlyWalks() {
    IsochroneAnalysis.PlaceIsochrones o = isochrones(X0, NINE, 10, BookingAssumption.sameDay(30));
    Envelope fifteen = around(o.isochrones().get(0).metric(), X0);
    assertEquals(X0 + 1203, fifteen.getMaxX(), 100);
    assertEquals(X0 - 1203, fifteen.getMinX(), 100);
  }

  /**
   * Bus then dial-a-ride (flex egress from a stop): from P at stop A ({@code X0 - 3000}, outside
   * the area) leaving at 08:59 (one departure): at A at once, the 09:00 bus (boarded by 08:59 with
   * the 60 s slack), at H 09:05, ride r from H on at 09:05 (inside the window), so a cell D meters
   * east of H takes 360 + r s, and r must end by 09:20 (r <= 900).
   *
   * <ul>
   *   <li>15 minutes: r <= 540, car <= 160 s. D = 1,600: car 159.58 -> 160 s, r = 540, 900 s in; D
   *       = 1,700: car 169.55 -> 170 s, r = 555, 915 s; edge at 1,600 + 0.5 / 15 x 100 = 1,603 m.
   *   <li>20 minutes: r <= 840. D = 3,600: car 359.05 -> 359 s, r = 838.5 -> 839, 1,199 s; D =
   *       3,700: car 369.03 -> 369 s, r = 853.5 -> 854, 1,214 s; edge at 3,600 + 1.5 / 15 x 100 =
   *       3,610 m.
   * </ul>
   *
   * Without the scheme the bus leaves only the walk from H: 540 s x 1.3333 / 0.99737 = 722 m east.
   */
  @Test
  void aBusThenADialARideReachesTheFarSideOfTheArea() {
    double p = X0 - 3000;
    int leave = NINE - 60;
    IsochroneAnalysis.PlaceIsochrones with = isochrones(p, leave, 1, BookingAssumption.dayBefore());
    assertEquals(X0 + 1603, around(with.isochrones().get(0).metric(), X0).getMaxX(), 100);
    assertEquals(X0 + 3610, around(with.isochrones().get(1).metric(), X0).getMaxX(), 100);
    IsochroneAnalysis.PlaceIsochrones without =
        isochrones(p, leave, 1, BookingAssumption.sameDay(30));
    assertEquals(X0 + 722, around(without.isochrones().get(0).metric(), X0).getMaxX(), 100);
    int[] matrix = matrixMedians(p, leave, 1, X0 + 1600, X0 + 3600, X0 + 3700);
    assertEquals(900, matrix[0]);
    assertEquals(1199, matrix[1]);
    assertEquals(1214, matrix[2]);
    GeometryFactory factory = new GeometryFactory();
    Geometry twenty = with.isochrones().get(1).metric();
    assertTrue(twenty.contains(factory.createPoint(new Coordinate(X0 + 3600, Y0))));
    assertFalse(twenty.contains(factory.createPoint(new Coordinate(X0 + 3700, Y0))));
  }

  /**
   * Catchment, rides straight into the destination: D at {@code X0 + 3,000}, arrive by 09:10. A
   * cell d grid meters from D rides r = 1.5 x 0.099737 d + 300 s, and must leave by 09:10 - r but
   * not before the window opens at 09:00: r <= 600, car <= 200 s, d <= 2,005 m. At d = 2,000: car
   * 199.47 -> 199 s, r = 598.5 -> 599 s, in; at 2,100 m: r = 614 s, no ride, and walking (2,100 x
   * 0.99737 / 1.3333 = 1,571 s) is beyond 20 minutes: unreached, so the edge is half way, 2,050 m
   * from D on both sides, for 15 and for 20 minutes alike (the window, not the cutoff, limits).
   */
  @Test
  void aCatchmentTakesTheRidesThatCanStartAfterTheWindowOpens() {
    IsochroneAnalysis.PlaceIsochrones d = catchment(X0 + 3000, NINE + 600);
    Envelope fifteen = around(d.isochrones().get(0).metric(), X0 + 3000);
    Envelope twenty = around(d.isochrones().get(1).metric(), X0 + 3000);
    assertEquals(X0 + 3000 - 2050, fifteen.getMinX(), 100);
    assertEquals(X0 + 3000 + 2050, fifteen.getMaxX(), 100);
    assertEquals(X0 + 3000 - 2050, twenty.getMinX(), 100);
    assertEquals(X0 + 3000 + 2050, twenty.getMaxX(), 100);
  }

  /**
   * Catchment, bus then a ride into the destination: D at {@code X0 + 1,600}, arrive by 09:15. From
   * H the ride takes 540 s (car 160 s, as above), so it must leave H by 09:06, and the 09:05 bus
   * from A makes it: at A by 08:59 (60 s board slack), 16 minutes before the deadline. Within 20
   * minutes, a cell w seconds' walk from A: 960 + w <= 1,200; 300 m west of A walks 300 x 0.99737 /
   * 1.3333 = 224 s (1,184 s, in), 400 m 299 s (1,259 s, out): the edge at 300 + 16.5 / 75 x 100 =
   * 322 m either side of A. Without the ride (booking on the day) nothing near A arrives in time.
   */
  @Test
  void aCatchmentReachesBackOverTheBusToTheRideIntoTheDestination() {
    IsochroneAnalysis.PlaceIsochrones d = catchment(X0 + 1600, NINE + 900);
    Envelope nearA = around(d.isochrones().get(1).metric(), X0 - 3000);
    assertEquals(X0 - 3000 - 322, nearA.getMinX(), 100);
    assertEquals(X0 - 3000 + 322, nearA.getMaxX(), 100);
  }

  /**
   * Catchment, a ride to a hub then the bus (flex access, backwards): D at A, arrive by 09:25 on
   * the 09:20 bus from H, boarded by 09:19. A cell in the area rides r to H, which must start by
   * 09:19 - r (and end by 09:20, the window's end), so its time is 09:25 - (09:19 - r) = 360 + r
   * seconds: the numbers of the bus-then-ride isochrone above, mirrored. Edges east of H at 1,603 m
   * (15 minutes) and 3,610 m (20 minutes); without the ride, the walk to H: 722 m.
   */
  @Test
  void aCatchmentReachesTheAreaThroughARideToTheBus() {
    IsochroneAnalysis.PlaceIsochrones with =
        catchment(X0 - 3000, NINE + 1500, BookingAssumption.dayBefore());
    assertEquals(X0 + 1603, around(with.isochrones().get(0).metric(), X0).getMaxX(), 100);
    assertEquals(X0 + 3610, around(with.isochrones().get(1).metric(), X0).getMaxX(), 100);
    IsochroneAnalysis.PlaceIsochrones without =
        catchment(X0 - 3000, NINE + 1500, BookingAssumption.sameDay(30));
    assertEquals(X0 + 722, around(without.isochrones().get(0).metric(), X0).getMaxX(), 100);
  }

  private static IsochroneAnalysis.PlaceIsochrones catchment(double x, int deadline) {
    return catchment(x, deadline, BookingAssumption.dayBefore());
  }

  private static IsochroneAnalysis.PlaceIsochrones catchment(
      double x, int deadline, BookingAssumption booking) {
    IsochroneSettings settings =
        new IsochroneSettings(
            TUESDAY,
            deadline,
            1,
            60,
            true,
            TravelMode.TRANSIT,
            50,
            CUTOFFS,
            100,
            RoutingSettings.DEFAULTS,
            new CommunityTransportRequest(true, RiderGroup.GENERAL, booking));
    double[] latLon = BngStreets.latLon(x, Y0);
    return IsochroneAnalysis.prepare(network, settings)
        .compute(List.of(new IsochroneAnalysis.Place("d", "", latLon[0], latLon[1])), n -> {})
        .get(0);
  }

  private static IsochroneAnalysis.PlaceIsochrones isochrones(
      double x, int firstSeconds, int departures, BookingAssumption booking) {
    IsochroneSettings settings =
        new IsochroneSettings(
            TUESDAY,
            firstSeconds,
            departures,
            60,
            false,
            TravelMode.TRANSIT,
            50,
            CUTOFFS,
            100,
            RoutingSettings.DEFAULTS,
            new CommunityTransportRequest(true, RiderGroup.GENERAL, booking));
    double[] latLon = BngStreets.latLon(x, Y0);
    return IsochroneAnalysis.prepare(network, settings)
        .compute(List.of(new IsochroneAnalysis.Place("o", "", latLon[0], latLon[1])), n -> {})
        .get(0);
  }

  /** {@code rae matrix}'s median seconds from (x, Y0) to points on the road, default settings. */
  private static int[] matrixMedians(double x, int firstSeconds, int departures, double... toX) {
    RoutingSettings routing = RoutingSettings.DEFAULTS;
    MatrixRequest request =
        new MatrixRequest(
            TUESDAY,
            firstSeconds,
            firstSeconds + departures * 60,
            60,
            TravelMode.TRANSIT,
            new int[] {50},
            -1,
            routing,
            new CommunityTransportRequest(true, RiderGroup.GENERAL, BookingAssumption.dayBefore()));
    double[] from = BngStreets.latLon(x, Y0);
    double[] lats = new double[toX.length];
    double[] lons = new double[toX.length];
    for (int i = 0; i < toX.length; i++) {
      double[] latLon = BngStreets.latLon(toX[i], Y0);
      lats[i] = latLon[0];
      lons[i] = latLon[1];
    }
    PointSet origin =
        new PointSet("o", List.of("o"), new double[] {from[0]}, new double[] {from[1]}, Map.of());
    List<String> ids =
        java.util.stream.IntStream.range(0, toX.length).mapToObj(i -> "d" + i).toList();
    PointSet destinations = new PointSet("d", ids, lats, lons, Map.of());
    int[][][] result = new int[1][][];
    TravelTimeMatrix.compute(
        network, origin, destinations, request, (o, values) -> result[0] = values, done -> {});
    int[] medians = new int[toX.length];
    for (int i = 0; i < toX.length; i++) {
      medians[i] = result[0][i][0];
    }
    return medians;
  }

  /** The envelope of the polygon's part holding the road's point {@code (x, Y0)}. */
  private static Envelope around(Geometry polygon, double x) {
    var point = new GeometryFactory().createPoint(new Coordinate(x, Y0));
    for (int i = 0; i < polygon.getNumGeometries(); i++) {
      if (polygon.getGeometryN(i).covers(point)) {
        return polygon.getGeometryN(i).getEnvelopeInternal();
      }
    }
    throw new AssertionError("(" + x + ", " + Y0 + ") is not in " + polygon);
  }
}
