package org.ruralaccess.ingest.region;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ruralaccess.ingest.destinations.DestinationSource;
import org.ruralaccess.ingest.zones.ZoneInputs;
import org.ruralaccess.support.ConfigErrors;

/**
 * Reads the {@code zones:} and {@code destinations:} sections of region.yaml, collecting every
 * error with its line into the same {@link ConfigErrors} as the rest of the file.
 */
final class RegionDataConfigReader {

  private static final Set<String> BOUNDARY_KEYS =
      Set.of(
          "boundaries",
          "codeProperty",
          "nameProperty",
          "studyAreaProperty",
          "studyAreaValues",
          "population",
          "deprivation",
          "deprivationLookup",
          "ruralUrban",
          "postcodes",
          "centroids");
  private static final Set<String> POINT_KEYS = Set.of("points", "populationColumn");
  private static final Map<String, Set<String>> OPTIONS_BY_FORMAT =
      Map.of(
          "gias", Set.of("laCodes"),
          "epraccur", Set.of("postcodeAreas"),
          "hospitals", Set.of(),
          "csv", Set.of(),
          "opportunities", Set.of("columns"),
          "osm", Set.of("categories"));

  private RegionDataConfigReader() {}

  static ZonesConfig readZones(JsonNode node, Path directory, ConfigErrors errors) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      errors.add("/zones", "'zones' must be a mapping with 'boundaries' or 'points'");
      return null;
    }
    if (node.has("points")) {
      errors.rejectUnknownKeys(node, "/zones", POINT_KEYS);
      Path points = existingFile(node, "/zones", "points", directory, errors);
      String column = node.path("populationColumn").asText("population");
      return new ZonesConfig(null, points, column);
    }
    errors.rejectUnknownKeys(node, "/zones", BOUNDARY_KEYS);
    List<Path> boundaries = existingFiles(node, "/zones", "boundaries", directory, errors);
    if (boundaries.isEmpty()) {
      errors.add("/zones", "'zones' needs 'boundaries' (GeoJSON files) or 'points' (a CSV)");
    }
    ZoneInputs inputs =
        new ZoneInputs(
            boundaries,
            node.path("codeProperty").asText("LSOA21CD"),
            node.has("nameProperty") ? node.get("nameProperty").asText() : null,
            node.has("studyAreaProperty") ? node.get("studyAreaProperty").asText() : null,
            texts(node.get("studyAreaValues")),
            optionalFile(node, "/zones", "population", directory, errors),
            optionalFile(node, "/zones", "deprivation", directory, errors),
            optionalFile(node, "/zones", "deprivationLookup", directory, errors),
            optionalFile(node, "/zones", "ruralUrban", directory, errors),
            existingFiles(node, "/zones", "postcodes", directory, errors),
            optionalFile(node, "/zones", "centroids", directory, errors));
    return new ZonesConfig(inputs, null, null);
  }

  /**
   * @param osmFile the region's extract: an {@code osm} source without a {@code path} reads it
   */
  static List<DestinationSource> readDestinations(
      JsonNode node, Path directory, Path osmFile, ConfigErrors errors) {
    List<DestinationSource> sources = new ArrayList<>();
    if (node == null || node.isNull()) {
      return sources;
    }
    if (!node.isArray()) {
      errors.add("/destinations", "'destinations' must be a list of '- format: ..., path: ...'");
      return sources;
    }
    for (int i = 0; i < node.size(); i++) {
      String pointer = "/destinations/" + i;
      JsonNode entry = node.get(i);
      String format = errors.requiredText(entry, pointer, "format");
      Set<String> options = format == null ? null : OPTIONS_BY_FORMAT.get(format);
      if (format != null && options == null) {
        errors.add(
            pointer + "/format",
            "unknown destination format '"
                + format
                + "'; expected one of: "
                + String.join(", ", new java.util.TreeSet<>(OPTIONS_BY_FORMAT.keySet())));
        continue;
      }
      Set<String> known = new LinkedHashSet<>(List.of("format", "path"));
      if (options != null) {
        known.addAll(options);
      }
      errors.rejectUnknownKeys(entry, pointer, known);
      Path path =
          "osm".equals(format) && !entry.has("path")
              ? osmFile
              : existingFile(entry, pointer, "path", directory, errors);
      Map<String, String> values = new TreeMap<>();
      for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (options != null && options.contains(name)) {
          values.put(
              name,
              entry.get(name).isArray()
                  ? String.join(",", texts(entry.get(name)))
                  : entry.get(name).asText());
        }
      }
      if (format != null && path != null) {
        sources.add(new DestinationSource(format, path, values));
      }
    }
    return sources;
  }

  private static Set<String> texts(JsonNode node) {
    Set<String> values = new LinkedHashSet<>();
    if (node != null && node.isArray()) {
      node.forEach(v -> values.add(v.asText()));
    } else if (node != null && !node.isNull()) {
      values.add(node.asText());
    }
    return values;
  }

  private static Path optionalFile(
      JsonNode node, String pointer, String key, Path directory, ConfigErrors errors) {
    return node.has(key) ? existingFile(node, pointer, key, directory, errors) : null;
  }

  private static Path existingFile(
      JsonNode node, String pointer, String key, Path directory, ConfigErrors errors) {
    String text = errors.requiredText(node, pointer, key);
    if (text == null) {
      return null;
    }
    Path path = directory.resolve(text).normalize();
    if (!Files.isRegularFile(path)) {
      errors.add(pointer + "/" + key, "file not found: " + path);
      return null;
    }
    return path;
  }

  private static List<Path> existingFiles(
      JsonNode node, String pointer, String key, Path directory, ConfigErrors errors) {
    List<Path> paths = new ArrayList<>();
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return paths;
    }
    List<JsonNode> items = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(items::add);
    } else {
      items.add(value);
    }
    for (int i = 0; i < items.size(); i++) {
      Path path = directory.resolve(items.get(i).asText()).normalize();
      String itemPointer = pointer + "/" + key + (value.isArray() ? "/" + i : "");
      if (!Files.isRegularFile(path)) {
        errors.add(itemPointer, "file not found: " + path);
      } else {
        paths.add(path);
      }
    }
    return paths;
  }
}
