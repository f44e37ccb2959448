package org.ruralaccess.ingest.region;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a region's community transport comes from ({@code communityTransport:} in region.yaml):
 * GTFS-Flex v2 feeds and planner-written scheme files, paths resolved against the region folder.
 *
 * @param flexFeeds GTFS-Flex feeds (folder or zip), each with an id that namespaces its trips
 * @param schemeFiles scheme YAML files (see docs/community-transport.md), in the order listed
 */
public record CommunityTransportConfig(List<FlexFeedConfig> flexFeeds, List<Path> schemeFiles) {

  public CommunityTransportConfig {
    flexFeeds = List.copyOf(flexFeeds);
    schemeFiles = List.copyOf(schemeFiles);
  }

  /** A region without community transport. */
  public static CommunityTransportConfig none() {
    return new CommunityTransportConfig(List.of(), List.of());
  }

  public boolean isEmpty() {
    return flexFeeds.isEmpty() && schemeFiles.isEmpty();
  }

  /** One GTFS-Flex feed; its id prefixes its scheme ids ({@code <id>:<trip_id>}). */
  public record FlexFeedConfig(String id, Path path) {}
}
