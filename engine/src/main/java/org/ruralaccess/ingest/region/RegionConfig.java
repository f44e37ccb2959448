package org.ruralaccess.ingest.region;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.ruralaccess.ingest.destinations.DestinationSource;
import org.ruralaccess.model.settings.BuildSettings;
import org.ruralaccess.model.settings.RoutingSettings;

/**
 * A study region as described by {@code region.yaml}: its name, time zone, the GTFS feeds and the
 * OpenStreetMap extract that make its network, and the settings of the build and of routing.
 * Validated on load by {@link RegionConfigReader}; paths are resolved against the region folder.
 *
 * @param timeZone the region's time zone when given; otherwise the feeds' agency time zone is used
 * @param zones where the zones come from, or null when the region has none (routing only)
 * @param destinations destination sources, possibly empty
 * @param communityTransport GTFS-Flex feeds and scheme files; {@link
 *     CommunityTransportConfig#none()} when the region names none
 * @param osmFile the first OpenStreetMap extract (the one, usually)
 * @param osmExtracts every extract {@code osm:} names, in its order (one, or a list merged at build
 *     time)
 */
public record RegionConfig(
    Path directory,
    String name,
    String description,
    Optional<ZoneId> timeZone,
    List<FeedConfig> feeds,
    Path osmFile,
    BuildSettings build,
    RoutingSettings routing,
    ZonesConfig zones,
    List<DestinationSource> destinations,
    CommunityTransportConfig communityTransport,
    List<Path> osmExtracts) {

  public RegionConfig {
    osmExtracts = List.copyOf(osmExtracts);
  }

  /**
   * This region with its OpenStreetMap data read from {@code merged} (the extracts merged into one
   * file): streets, and destinations from OSM that read the region's extract.
   */
  public RegionConfig withMergedOsm(Path merged) {
    List<DestinationSource> moved =
        destinations.stream()
            .map(
                d ->
                    "osm".equals(d.format()) && osmFile != null && osmFile.equals(d.path())
                        ? new DestinationSource(d.format(), merged, d.options())
                        : d)
            .toList();
    return new RegionConfig(
        directory,
        name,
        description,
        timeZone,
        feeds,
        merged,
        build,
        routing,
        zones,
        moved,
        communityTransport,
        osmExtracts);
  }

  /** One GTFS feed (zip or folder); its id namespaces every GTFS id of the feed. */
  public record FeedConfig(String id, Path path) {}
}
