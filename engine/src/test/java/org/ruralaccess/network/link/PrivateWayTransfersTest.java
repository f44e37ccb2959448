package org.ruralaccess.network.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.ruralaccess.ingest.osm.OsmStreetImporter;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.testing.RepoFiles;

/**
 * Stop-to-stop transfers follow the no-through-traffic rule, on the hand-made {@code
 * gated-estate.osm} (see {@code GatedEstateTest} for the drawing and the lengths): stops at X and Y
 * on the public lanes either side of a private estate, and stop H inside it.
 */
class PrivateWayTransfersTest {

  @Test
  void aTransferGoesRoundTheEstateNotThroughIt() {
    StreetNetwork streets =
        OsmStreetImporter.importFile(
            RepoFiles.root().resolve("engine/src/test/resources/street/gated-estate.osm"),
            new ImportIssues(),
            m -> {},
            0);
    double[] lats = {-0.0005, -0.0005, -0.0002};
    double[] lons = {0, 0.002, 0.001};
    StopLinks links = new StopLinks(3);
    for (int stop = 0; stop < 3; stop++) {
      links.set(stop, streets.snap(lats[stop], lons[stop], StreetMode.WALK, 200).orElseThrow());
    }
    PointGrid grid = new PointGrid(lats, lons, new boolean[] {true, true, true}, 250);
    int[][] targets = new int[3][];
    int[][] meters = new int[3][];
    StreetRouter router = new StreetRouter(streets);
    for (int stop = 0; stop < 3; stop++) {
      StopLinker.transfersFrom(stop, links, grid, lats, lons, 1600, router, targets, meters);
    }
    // X -> Y round by the public footpath: 1,000.755 m, not 333.585 m through the estate;
    // X -> H into the estate: 55.597 + 111.195 + 22.239 = 189.031 m
    assertArrayEquals(new int[] {1, 2}, targets[0]);
    assertArrayEquals(new int[] {1001, 189}, meters[0]);
    // H -> X and H -> Y: out of the estate either way, 189.031 m
    assertArrayEquals(new int[] {0, 1}, targets[2]);
    assertArrayEquals(new int[] {189, 189}, meters[2]);
  }
}
