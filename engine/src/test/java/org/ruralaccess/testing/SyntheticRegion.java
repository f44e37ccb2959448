package org.ruralaccess.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ruralaccess.ingest.gtfs.GtfsFeed;
import org.ruralaccess.ingest.gtfs.GtfsFeedReader;
import org.ruralaccess.ingest.gtfs.GtfsFeedSource;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.settings.BuildSettings;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.NetworkInfo;
import org.ruralaccess.network.link.StopLinker;
import org.ruralaccess.network.link.StopLinks;
import org.ruralaccess.network.link.StopTransfers;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetNetworkBuilder;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * Small hand-made regions for end-to-end tests: a straight north-south road of 1,111.95 m segments
 * (0.01 degrees of latitude on a sphere of radius 6,371,008.8 m) usable by every mode, and a GTFS
 * feed written from text blocks.
 */
public final class SyntheticRegion {

  /** One road segment: 6,371,008.8 m x 0.01 x pi / 180. */
  public static final double SEGMENT_METERS = 1111.95;

  private SyntheticRegion() {}

  /** A road along longitude 0 from latitude 50.00 northwards, {@code segments} segments long. */
  public static StreetNetwork road(int segments, double carSpeedKmh) {
    StreetNetworkBuilder builder = StreetNetwork.builder();
    int access =
        StreetNetworkBuilder.bothWays(StreetMode.WALK)
            | StreetNetworkBuilder.bothWays(StreetMode.BIKE)
            | StreetNetworkBuilder.bothWays(StreetMode.CAR);
    int previous = builder.addNode(50.0, 0.0);
    for (int i = 1; i <= segments; i++) {
      int node = builder.addNode(50.0 + i * 0.01, 0.0);
      builder.addEdge(previous, node, SEGMENT_METERS, access, carSpeedKmh, carSpeedKmh);
      previous = node;
    }
    return builder.build();
  }

  /** Writes GTFS files (name to content) into {@code dir} and builds a network on the road. */
  public static Network network(Path dir, Map<String, String> gtfsFiles, StreetNetwork streets)
      throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, String> file : gtfsFiles.entrySet()) {
      Files.writeString(dir.resolve(file.getKey()), file.getValue());
    }
    ImportIssues issues = new ImportIssues();
    GtfsFeed feed = GtfsFeedReader.read(new GtfsFeedSource("t", dir), issues);
    TransitNetwork transit = TransitFixtures.fromFeeds(List.of(feed), issues);
    StopLinks links = StopLinker.link(transit, streets, 300, issues);
    StopTransfers transfers = StopLinker.transfers(transit, streets, links, 1600, line -> {});
    NetworkInfo info =
        new NetworkInfo(
            "synthetic",
            dir.toString(),
            transit.timeZone().getId(),
            "test",
            List.of(),
            BuildSettings.DEFAULTS,
            RoutingSettings.DEFAULTS);
    return new Network(info, streets, transit, links, transfers);
  }
}
