package org.ruralaccess.analysis.comparison;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.analysis.accessibility.AccessibilityAnalysis;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.analysis.accessibility.RiderIndicators;
import org.ruralaccess.analysis.accessibility.RiderTransitTimes;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.export.TableCsvWriter;
import org.ruralaccess.ingest.region.RegionConfigReader;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.build.NetworkBuilder;
import org.ruralaccess.support.ProgressListener;
import org.ruralaccess.testing.RepoFiles;

/**
 * The rider runs share the request's own transit run (each recomputes only the zones where its
 * usable schemes can differ, {@link RiderTransitTimes#plan}): on Porto Alegre with the ILLUSTRATIVE
 * schemes of benchmarks/regions/poa-dial-a-ride (all 1,227 hexagons, general, older and disabled
 * riders, Monday 14:00-15:00), the rider indicator and community transport tables are byte for byte
 * those of rider runs that recompute every zone.
 */
class RiderRunSharingTest {

  @TempDir Path dir;

  @Test
  void sharedRiderRunsEqualFullRiderRuns() throws IOException {
    Network network =
        new NetworkBuilder(line -> {})
            .build(RegionConfigReader.read(RepoFiles.resolve("benchmarks/regions/poa-dial-a-ride")))
            .network();
    AccessibilityRequest request =
        new AccessibilityRequest(
            LocalDate.of(2019, 5, 13),
            ClockTime.parseSeconds("14:00"),
            ClockTime.parseSeconds("15:00"),
            60,
            50,
            List.of(TravelMode.TRANSIT),
            network.info().routing(),
            IndicatorSettings.defaults(),
            CommunityTransportRequest.defaults());
    List<RiderGroup> riders = List.of(RiderGroup.GENERAL, RiderGroup.OLDER, RiderGroup.DISABLED);
    List<String> notes = new ArrayList<>();
    ProgressListener progress =
        new ProgressListener() {
          @Override
          public void stage(String description, int workTotal) {}

          @Override
          public void advance(int workDone) {}

          @Override
          public void note(String line) {
            notes.add(line);
          }
        };
    RiderTransitTimes.Plan shared =
        RiderTransitTimes.plan(network, network.zones(), request, riders, true);
    RiderTransitTimes.Plan full =
        RiderTransitTimes.plan(network, network.zones(), request, riders, false);
    assertTrue(full.watches().isEmpty());
    // on a Monday, booked the day before: the general public may use south-east-dar (anyone),
    // older riders also north-dar and west-volunteer-cars (60+), disabled riders north-dar; with
    // none, three sets differ from the request's own (the general public's): three watches
    assertEquals(3, shared.watches().size());
    Map<TravelMode, int[][]> times =
        AccessibilityAnalysis.travelTimes(
            network,
            network.zones(),
            network.destinations(),
            request,
            request.modes(),
            shared.watches(),
            progress);
    RiderTransitTimes sharedTimes =
        shared.compute(network.destinations(), times.get(TravelMode.TRANSIT), progress);
    RiderTransitTimes fullTimes =
        full.compute(
            network.destinations(), times.get(TravelMode.TRANSIT), ProgressListener.SILENT);
    notes.forEach(System.out::println);
    // the schemes change some zone, so the comparison is not vacuous
    assertTrue(
        differingZones(fullTimes.withoutSchemes(), times.get(TravelMode.TRANSIT)) > 0,
        "community transport changed no zone");
    assertTrue(
        differingZones(fullTimes.byRider().get(RiderGroup.OLDER), times.get(TravelMode.TRANSIT))
            > 0,
        "older riders' schemes changed no zone");
    assertSameBytes(
        "riders",
        RiderIndicators.table(
            network.zones(), network.destinations(), times, sharedTimes, request.indicators()),
        RiderIndicators.table(
            network.zones(), network.destinations(), times, fullTimes, request.indicators()));
    CommunityTransportContribution.Result a =
        CommunityTransportContribution.compute(
            network.zones(), network.destinations(), sharedTimes, request.indicators());
    CommunityTransportContribution.Result b =
        CommunityTransportContribution.compute(
            network.zones(), network.destinations(), fullTimes, request.indicators());
    assertSameBytes("contribution", a.table(), b.table());
    assertSameBytes("changes", a.accessChanges(), b.accessChanges());
  }

  private static int differingZones(int[][] a, int[][] b) {
    int differing = 0;
    for (int z = 0; z < a.length; z++) {
      if (!java.util.Arrays.equals(a[z], b[z])) {
        differing++;
      }
    }
    return differing;
  }

  private void assertSameBytes(String name, ResultTable shared, ResultTable full)
      throws IOException {
    Path a = dir.resolve(name + "-shared.csv");
    Path b = dir.resolve(name + "-full.csv");
    TableCsvWriter.write(shared, a);
    TableCsvWriter.write(full, b);
    assertArrayEquals(Files.readAllBytes(b), Files.readAllBytes(a), name);
  }
}
