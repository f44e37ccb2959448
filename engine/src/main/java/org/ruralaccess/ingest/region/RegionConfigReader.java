package org.ruralaccess.ingest.region;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ruralaccess.ingest.destinations.DestinationSource;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.settings.BuildSettings;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.support.ConfigErrors;
import org.ruralaccess.support.YamlDocument;

/**
 * Reads and validates {@code region.yaml}. Every problem (unknown or misspelt settings, missing
 * files, bad numbers, duplicate feed ids) is collected with its line and reported at once.
 */
public final class RegionConfigReader {

  public static final String FILE_NAME = "region.yaml";

  private static final Set<String> TOP_LEVEL_KEYS =
      Set.of(
          "name",
          "description",
          "timezone",
          "feeds",
          "osm",
          "build",
          "routing",
          "zones",
          "destinations",
          "communityTransport",
          "fetch"); // fetch: is read and checked by `rae fetch` (FetchPlanReader)
  private static final Set<String> FEED_KEYS = Set.of("id", "path");
  private static final Set<String> BUILD_KEYS =
      Set.of("maxStopLinkMeters", "maxTransferWalkMeters");
  private static final Set<String> ROUTING_KEYS =
      Set.of(
          "walkSpeedKmh",
          "bikeSpeedKmh",
          "bikeExtraMinutes",
          "boardSlackSeconds",
          "transferSlackSeconds",
          "maxWalkMinutes",
          "maxTransferWalkMinutes",
          "maxTransfers",
          "maxTripMinutes");

  private RegionConfigReader() {}

  /** Reads {@code region.yaml} from a region folder (or the file itself). */
  public static RegionConfig read(Path regionDirOrFile) {
    Path file =
        Files.isDirectory(regionDirOrFile) ? regionDirOrFile.resolve(FILE_NAME) : regionDirOrFile;
    if (!Files.exists(regionDirOrFile)) {
      throw new BadInputException(regionDirOrFile + ": region folder not found");
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(
          file + ": not found; a region folder needs a " + FILE_NAME + " (see README.md)");
    }
    YamlDocument document = YamlDocument.read(file);
    Path directory = file.toAbsolutePath().getParent();
    JsonNode root = document.root();
    if (root == null || !root.isObject()) {
      throw new BadInputException(file + ": expected a YAML mapping with name, feeds and osm");
    }
    ConfigErrors errors = new ConfigErrors(document);
    errors.rejectUnknownKeys(root, "", TOP_LEVEL_KEYS);
    String name = errors.requiredText(root, "", "name");
    String description = root.path("description").asText("");
    Optional<ZoneId> timeZone = readTimeZone(root, errors);
    List<RegionConfig.FeedConfig> feeds = readFeeds(root, directory, errors);
    Path osm = readOsm(root, directory, errors);
    BuildSettings build = readBuild(root.get("build"), errors);
    RoutingSettings routing = readRouting(root.get("routing"), errors);
    ZonesConfig zones = RegionDataConfigReader.readZones(root.get("zones"), directory, errors);
    List<DestinationSource> destinations =
        RegionDataConfigReader.readDestinations(root.get("destinations"), directory, osm, errors);
    CommunityTransportConfig communityTransport =
        CommunityTransportConfigReader.read(root.get("communityTransport"), directory, errors);
    errors.throwIfAny();
    return new RegionConfig(
        directory,
        name,
        description,
        timeZone,
        feeds,
        osm,
        build,
        routing,
        zones,
        destinations,
        communityTransport);
  }

  private static Optional<ZoneId> readTimeZone(JsonNode root, ConfigErrors errors) {
    JsonNode value = root.get("timezone");
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(value.asText().trim()));
    } catch (DateTimeException e) {
      errors.add(
          "/timezone",
          "'" + value.asText() + "' is not a time zone; expected an IANA name like Europe/London");
      return Optional.empty();
    }
  }

  private static List<RegionConfig.FeedConfig> readFeeds(
      JsonNode root, Path directory, ConfigErrors errors) {
    List<RegionConfig.FeedConfig> feeds = new ArrayList<>();
    JsonNode list = root.get("feeds");
    if (list == null || !list.isArray() || list.isEmpty()) {
      errors.add(
          list == null ? "" : "/feeds",
          "'feeds' must list at least one GTFS feed (- id: ..., path: ...)");
      return feeds;
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String pointer = "/feeds/" + i;
      JsonNode feed = list.get(i);
      if (!feed.isObject()) {
        errors.add(pointer, "each feed needs 'id' and 'path'");
        continue;
      }
      errors.rejectUnknownKeys(feed, pointer, FEED_KEYS);
      String id = errors.requiredText(feed, pointer, "id");
      String path = errors.requiredText(feed, pointer, "path");
      if (id != null && !id.matches("[A-Za-z0-9_-]+")) {
        errors.add(pointer + "/id", "feed id '" + id + "' may only use letters, digits, - and _");
      }
      if (id != null && !ids.add(id)) {
        errors.add(pointer + "/id", "feed id '" + id + "' is used twice; ids must be unique");
      }
      Path resolved = path == null ? null : directory.resolve(path).normalize();
      if (resolved != null && !Files.exists(resolved)) {
        errors.add(pointer + "/path", "GTFS feed not found: " + resolved + fetchHint(root));
      }
      if (id != null && resolved != null) {
        feeds.add(new RegionConfig.FeedConfig(id, resolved));
      }
    }
    return feeds;
  }

  private static Path readOsm(JsonNode root, Path directory, ConfigErrors errors) {
    String osm = errors.requiredText(root, "", "osm");
    if (osm == null) {
      return null;
    }
    Path resolved = directory.resolve(osm).normalize();
    if (!Files.isRegularFile(resolved)) {
      errors.add("/osm", "OpenStreetMap extract not found: " + resolved + fetchHint(root));
    }
    return resolved;
  }

  /** Regions that say where their inputs come from can fetch them. */
  private static String fetchHint(JsonNode root) {
    return root.has("fetch")
        ? " (download it with `rae fetch --region DIR`, or see the fetch: section of region.yaml)"
        : "";
  }

  private static BuildSettings readBuild(JsonNode node, ConfigErrors errors) {
    BuildSettings d = BuildSettings.DEFAULTS;
    if (node == null || node.isNull()) {
      return d;
    }
    errors.rejectUnknownKeys(node, "/build", BUILD_KEYS);
    return new BuildSettings(
        errors.number(node, "/build", "maxStopLinkMeters", d.maxStopLinkMeters(), 1, 5000),
        errors.number(
            node, "/build", "maxTransferWalkMeters", d.maxTransferWalkMeters(), 0, 10000));
  }

  private static RoutingSettings readRouting(JsonNode node, ConfigErrors errors) {
    RoutingSettings d = RoutingSettings.DEFAULTS;
    if (node == null || node.isNull()) {
      return d;
    }
    errors.rejectUnknownKeys(node, "/routing", ROUTING_KEYS);
    String p = "/routing";
    return new RoutingSettings(
        errors.number(node, p, "walkSpeedKmh", d.walkSpeedKmh(), 0.5, 10),
        errors.number(node, p, "bikeSpeedKmh", d.bikeSpeedKmh(), 2, 50),
        errors.integer(node, p, "bikeExtraMinutes", d.bikeExtraMinutes(), 0, 60),
        errors.integer(node, p, "boardSlackSeconds", d.boardSlackSeconds(), 0, 1800),
        errors.integer(node, p, "transferSlackSeconds", d.transferSlackSeconds(), 0, 1800),
        errors.integer(node, p, "maxWalkMinutes", d.maxWalkMinutes(), 0, 120),
        errors.integer(node, p, "maxTransferWalkMinutes", d.maxTransferWalkMinutes(), 0, 60),
        errors.integer(node, p, "maxTransfers", d.maxTransfers(), 0, 10),
        errors.integer(node, p, "maxTripMinutes", d.maxTripMinutes(), 1, 24 * 60));
  }
}
