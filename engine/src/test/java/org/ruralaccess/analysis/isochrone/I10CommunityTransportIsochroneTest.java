package org.ruralaccess.analysis.isochrone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.BookingAssumption;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.testing.RepoFiles;

/**
 * Community transport in transit isochrones, on regions/cobb (CobbLinc route 30 and the Zone 2
 * route-deviation flex trips feeding it, OpenTripPlanner's flex test set): from Z2A, inside Flex
 * Zone 2, a flex ride to the route 30 transfer point is an access leg, so the bus's corridor joins
 * the isochrone; without community transport only the walk around Z2A remains.
 */
class I10CommunityTransportIsochroneTest {

  private static final LocalDate THURSDAY = LocalDate.of(2021, 12, 2);
  private static Network network;

  @BeforeAll
  static void build() {
    network =
        new NetworkBuilder(line -> {})
            .build(RegionConfigReader.read(RepoFiles.resolve("regions/cobb")))
            .network();
  }

  @Test
  void flexRidesToTheHubWidenTheIsochrone() {
    IsochroneAnalysis.Place z2a =
        new IsochroneAnalysis.Place("Z2A", "", 33.86701256815635, -84.61787939071655);
    IsochroneAnalysis.PlaceIsochrones with = isochrones(true, z2a);
    IsochroneAnalysis.PlaceIsochrones without = isochrones(false, z2a);
    double withKm2 = with.figures().get(1).areaKm2();
    double withoutKm2 = without.figures().get(1).areaKm2();
    System.err.printf("Z2A 60 min: %.2f km2 with, %.2f km2 without%n", withKm2, withoutKm2);
    // every cell's time with the schemes is at most its time without (one more way to the same
    // stops), so the polygon with them holds the one without, up to the contouring of cells whose
    // neighbours differ (simplified within half a cell): under 1 % of the area left outside
    var metricWith = with.isochrones().get(1).metric();
    var metricWithout = without.isochrones().get(1).metric();
    double outsideKm2 = metricWithout.difference(metricWith).getArea() / 1e6;
    System.err.printf("without but not with: %.4f km2%n", outsideKm2);
    assertTrue(outsideKm2 < 0.01 * withoutKm2, outsideKm2 + " km2");
    // measured: 24.43 km2 with the flex ride to the route 30 transfer point, 15.98 km2 without
    assertTrue(withKm2 > withoutKm2 + 5, withKm2 + " vs " + withoutKm2);
    assertEquals(
        without.isochrones().get(0).wgs84().getArea(),
        isochrones(false, z2a).isochrones().get(0).wgs84().getArea());
  }

  private static IsochroneAnalysis.PlaceIsochrones isochrones(
      boolean communityTransport, IsochroneAnalysis.Place place) {
    IsochroneSettings settings =
        new IsochroneSettings(
            THURSDAY,
            12 * 3600 + 1800,
            60,
            60,
            false,
            TravelMode.TRANSIT,
            50,
            new int[] {1800, 3600},
            100,
            network.info().routing(),
            new CommunityTransportRequest(
                communityTransport, RiderGroup.GENERAL, BookingAssumption.parse("day-before")));
    return IsochroneAnalysis.prepare(network, settings).compute(List.of(place), done -> {}).get(0);
  }
}
