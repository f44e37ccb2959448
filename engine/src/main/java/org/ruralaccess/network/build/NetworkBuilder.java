package org.ruralaccess.network.build;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ruralaccess.ingest.gtfs.GtfsFeed;
import org.ruralaccess.ingest.gtfs.GtfsFeedReader;
import org.ruralaccess.ingest.gtfs.GtfsFeedSource;
import org.ruralaccess.ingest.gtfs.TransitTablesReader;
import org.ruralaccess.ingest.osm.OsmStreetImporter;
import org.ruralaccess.ingest.region.CommunityTransportConfig;
import org.ruralaccess.ingest.region.RegionConfig;
import org.ruralaccess.model.EngineVersion;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.NetworkInfo;
import org.ruralaccess.network.NetworkSummary;
import org.ruralaccess.network.link.StopLinker;
import org.ruralaccess.network.link.StopLinks;
import org.ruralaccess.network.link.StopTransfers;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.transit.TransitNetwork;
import org.ruralaccess.network.transit.TransitNetworkBuilder;

/**
 * Builds a region's network from its GTFS feeds and OSM extract: read feeds, build the transit
 * column stores, read community transport, import streets, link stops, precompute transfers.
 * Reports progress step by step and collects every data problem for the build report.
 */
public final class NetworkBuilder {

  /** The built network and its report; the network is absent when an ERROR was found. */
  public record Result(Network network, BuildReport report) {}

  private final Consumer<String> progress;

  public NetworkBuilder(Consumer<String> progress) {
    this.progress = progress;
  }

  public Result build(RegionConfig region) {
    ImportIssues issues = new ImportIssues();
    List<NetworkInfo.InputFile> inputs = new ArrayList<>();
    List<GtfsFeed> feeds = new ArrayList<>();
    for (RegionConfig.FeedConfig feed : region.feeds()) {
      Stopwatch watch =
          step("reading GTFS feed '" + feed.id() + "' (" + feed.path().getFileName() + ")");
      feeds.add(GtfsFeedReader.read(new GtfsFeedSource(feed.id(), feed.path()), issues));
      inputs.add(InputChecksums.describe("gtfs:" + feed.id(), feed.path()));
      watch.done();
    }
    Stopwatch watch = step("building timetables (patterns, trips, calendars)");
    TransitNetwork transit = TransitNetworkBuilder.build(TransitTablesReader.read(feeds, issues));
    watch.done();
    checkTimeZone(region, transit, issues);
    CommunityTransport communityTransport = communityTransport(region, transit, issues, inputs);
    AnswerChecks.checkTrips(transit, communityTransport, issues);

    watch = step("importing streets from " + region.osmFile().getFileName() + " (walk, bike, car)");
    StreetNetwork streets =
        OsmStreetImporter.importFile(
            region.osmFile(),
            issues,
            progress,
            OsmStreetImporter.DEFAULT_MIN_NETWORK_SIZE,
            FerryStops.of(transit));
    inputs.add(InputChecksums.describe("osm", region.osmFile()));
    watch.done();

    watch = step("linking stops to the walk network");
    StopLinks links = StopLinker.link(transit, streets, region.build().maxStopLinkMeters(), issues);
    AnswerChecks.checkLinks(transit, streets, links, issues);
    watch.done();
    watch =
        step(
            "precomputing walking transfers up to "
                + Math.round(region.build().maxTransferWalkMeters())
                + " m");
    StopTransfers transfers =
        StopLinker.transfers(
            transit, streets, links, region.build().maxTransferWalkMeters(), progress);
    watch.done();

    watch = step("reading zones and destinations");
    RegionDataLoader.RegionData regionData = RegionDataLoader.load(region, issues, progress);
    inputs.addAll(regionData.inputs());
    watch.done();

    NetworkInfo info =
        new NetworkInfo(
            region.name(),
            region.directory().toString(),
            region.timeZone().orElse(transit.timeZone()).getId(),
            EngineVersion.current(),
            inputs,
            region.build(),
            region.routing());
    Network network =
        new Network(
            info,
            streets,
            transit,
            links,
            transfers,
            regionData.zones(),
            regionData.destinations(),
            communityTransport);
    BuildReport report =
        new BuildReport(region.name(), NetworkSummary.counts(network), issues.sorted());
    boolean failed = issues.count(Severity.ERROR) > 0;
    return new Result(failed ? null : network, report);
  }

  /** Read before the streets, so that a bad scheme file fails the build early. */
  private CommunityTransport communityTransport(
      RegionConfig region,
      TransitNetwork transit,
      ImportIssues issues,
      List<NetworkInfo.InputFile> inputs) {
    CommunityTransportConfig config = region.communityTransport();
    if (config.isEmpty()) {
      return CommunityTransport.none();
    }
    Stopwatch watch =
        step(
            "reading community transport ("
                + count(config.flexFeeds().size(), "GTFS-Flex feed")
                + ", "
                + count(config.schemeFiles().size(), "scheme file")
                + ")");
    CommunityTransport schemes = CommunityTransportBuilder.build(config, transit, issues);
    for (CommunityTransportConfig.FlexFeedConfig feed : config.flexFeeds()) {
      inputs.add(InputChecksums.describe("flex:" + feed.id(), feed.path()));
    }
    for (Path file : config.schemeFiles()) {
      inputs.add(InputChecksums.describe("schemes:" + file.getFileName(), file));
    }
    progress.accept("  " + count(schemes.schemes().size(), "scheme"));
    watch.done();
    return schemes;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static void checkTimeZone(
      RegionConfig region, TransitNetwork transit, ImportIssues issues) {
    ZoneId feedZone = transit.timeZone();
    region
        .timeZone()
        .filter(zone -> !zone.equals(feedZone))
        .ifPresent(
            zone ->
                issues.add(
                    ImportIssue.of(
                        Severity.WARNING,
                        "TIME_ZONE_MISMATCH",
                        "region.yaml",
                        0,
                        null,
                        "region.yaml says "
                            + zone
                            + " but the feeds' agency_timezone is "
                            + feedZone
                            + "; GTFS times are read in the feeds' zone")));
  }

  private Stopwatch step(String what) {
    progress.accept(what + "...");
    return new Stopwatch(what, progress);
  }

  private record Stopwatch(String what, Consumer<String> progress, long startNanos) {
    Stopwatch(String what, Consumer<String> progress) {
      this(what, progress, System.nanoTime());
    }

    void done() {
      long millis = (System.nanoTime() - startNanos) / 1_000_000;
      progress.accept(String.format("  done in %.1f s", millis / 1000.0));
    }
  }
}
