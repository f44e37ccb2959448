package org.ruralaccess.ingest.region;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ruralaccess.support.ConfigErrors;

/**
 * Reads the {@code communityTransport:} section of region.yaml ({@code flexFeeds:} and {@code
 * schemes:}), adding every error with its line to the same {@link ConfigErrors} as the rest of the
 * file. The files themselves are read by the build; here only their presence is checked, so that a
 * missing file is reported with the region.yaml line that names it.
 */
final class CommunityTransportConfigReader {

  private static final String POINTER = "/communityTransport";
  private static final Set<String> SECTION_KEYS = Set.of("flexFeeds", "schemes");
  private static final Set<String> FEED_KEYS = Set.of("id", "path");

  private CommunityTransportConfigReader() {}

  static CommunityTransportConfig read(JsonNode node, Path directory, ConfigErrors errors) {
    if (node == null || node.isNull()) {
      return CommunityTransportConfig.none();
    }
    if (!node.isObject()) {
      errors.add(
          POINTER, "'communityTransport' must be a mapping with 'flexFeeds' and/or 'schemes'");
      return CommunityTransportConfig.none();
    }
    errors.rejectUnknownKeys(node, POINTER, SECTION_KEYS);
    return new CommunityTransportConfig(
        flexFeeds(node.get("flexFeeds"), directory, errors),
        schemeFiles(node.get("schemes"), directory, errors));
  }

  private static List<CommunityTransportConfig.FlexFeedConfig> flexFeeds(
      JsonNode list, Path directory, ConfigErrors errors) {
    List<CommunityTransportConfig.FlexFeedConfig> feeds = new ArrayList<>();
    if (list == null || list.isNull()) {
      return feeds;
    }
    String pointer = POINTER + "/flexFeeds";
    if (!list.isArray()) {
      errors.add(pointer, "'flexFeeds' must be a list of '- id: ..., path: ...'");
      return feeds;
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String at = pointer + "/" + i;
      JsonNode feed = list.get(i);
      if (!feed.isObject()) {
        errors.add(at, "each flex feed needs 'id' and 'path'");
        continue;
      }
      errors.rejectUnknownKeys(feed, at, FEED_KEYS);
      String id = errors.requiredText(feed, at, "id");
      String path = errors.requiredText(feed, at, "path");
      if (id != null && !id.matches("[A-Za-z0-9_-]+")) {
        errors.add(at + "/id", "flex feed id '" + id + "' may only use letters, digits, - and _");
      } else if (id != null && !ids.add(id)) {
        errors.add(at + "/id", "flex feed id '" + id + "' is used twice; ids must be unique");
      }
      Path resolved = path == null ? null : directory.resolve(path).normalize();
      if (resolved != null && !Files.exists(resolved)) {
        errors.add(
            at + "/path", "GTFS-Flex feed not found: " + resolved + " (expected a folder or zip)");
      } else if (id != null && resolved != null) {
        feeds.add(new CommunityTransportConfig.FlexFeedConfig(id, resolved));
      }
    }
    return feeds;
  }

  private static List<Path> schemeFiles(JsonNode list, Path directory, ConfigErrors errors) {
    List<Path> files = new ArrayList<>();
    if (list == null || list.isNull()) {
      return files;
    }
    String pointer = POINTER + "/schemes";
    if (!list.isArray()) {
      errors.add(pointer, "'schemes' must be a list of scheme file paths");
      return files;
    }
    Set<Path> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String at = pointer + "/" + i;
      JsonNode item = list.get(i);
      if (!item.isValueNode() || item.asText().isBlank()) {
        errors.add(at, "expected the path of a scheme file (YAML)");
        continue;
      }
      Path resolved = directory.resolve(item.asText().trim()).normalize();
      if (!Files.isRegularFile(resolved)) {
        errors.add(at, "scheme file not found: " + resolved);
      } else if (!seen.add(resolved)) {
        errors.add(at, "scheme file " + resolved + " is listed twice");
      } else {
        files.add(resolved);
      }
    }
    return files;
  }
}
