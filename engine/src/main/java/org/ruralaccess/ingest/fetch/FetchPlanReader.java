package org.ruralaccess.ingest.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.support.ConfigErrors;
import org.ruralaccess.support.YamlDocument;

/**
 * Reads the {@code fetch:} section of a region's {@code region.yaml} (the rest of the file is the
 * region reader's). Every problem is collected with its line and reported at once.
 *
 * <pre>
 * fetch:
 *   bufferKm: 15
 *   bbox: [-2.9616, 50.5131, -1.7907, 51.0810]   # minLon, minLat, maxLon, maxLat
 *   gtfs:
 *     - url: https://data.bus-data.dft.gov.uk/timetable/download/gtfs-file/south_west/
 *       saveAs: ../../gtfs-feeds/bods-south-west-dorset.zip
 *   osm:
 *     url: https://download.geofabrik.de/europe/united-kingdom/england/dorset-latest.osm.pbf
 *     saveAs: ../../osm-extracts/dorset-latest.osm.pbf
 *   # or a list of such mappings: a county and its neighbours
 * </pre>
 */
public final class FetchPlanReader {

  public static final String FILE_NAME = "region.yaml";

  private static final Set<String> FETCH_KEYS = Set.of("bufferKm", "bbox", "gtfs", "osm");
  private static final Set<String> DOWNLOAD_KEYS = Set.of("url", "saveAs");
  private static final double MAX_BUFFER_KM = 500;

  private FetchPlanReader() {}

  /** Reads the plan from a region folder (or its {@code region.yaml}). */
  public static FetchPlan read(Path regionDirOrFile) {
    Path file =
        Files.isDirectory(regionDirOrFile) ? regionDirOrFile.resolve(FILE_NAME) : regionDirOrFile;
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(
          file + ": not found; a region folder needs a " + FILE_NAME + " with a fetch: section");
    }
    YamlDocument document = YamlDocument.read(file);
    ConfigErrors errors = new ConfigErrors(document);
    JsonNode root = document.root();
    JsonNode fetch = root == null ? null : root.get("fetch");
    if (fetch == null || !fetch.isObject()) {
      throw new BadInputException(
          file
              + ": no fetch: section; add one with bufferKm, bbox, gtfs and osm (see"
              + " docs/fetch.md) so that rae fetch knows what to download");
    }
    Path directory = file.toAbsolutePath().getParent();
    errors.rejectUnknownKeys(fetch, "/fetch", FETCH_KEYS);
    double bufferKm = readBufferKm(fetch, errors);
    BoundingBox bbox = readBbox(fetch, errors);
    List<FetchPlan.Download> gtfs = readGtfs(fetch, directory, errors);
    List<FetchPlan.Download> osm = readOsm(fetch, directory, errors);
    if (gtfs.isEmpty() && !fetch.has("osm") && errors.isEmpty()) {
      errors.add("/fetch", "nothing to fetch: give at least one gtfs feed or an osm extract");
    }
    if (errors.isEmpty()) {
      checkDistinctTargets(gtfs, errors);
    }
    errors.throwIfAny();
    String name = root.path("name").asText(directory.getFileName().toString());
    return new FetchPlan(directory, name, bbox, bufferKm * 1000, gtfs, osm);
  }

  private static double readBufferKm(JsonNode fetch, ConfigErrors errors) {
    JsonNode value = fetch.get("bufferKm");
    if (value == null || value.isNull()) {
      errors.add("/fetch", "missing required setting 'bufferKm' (kilometres, 0 for none)");
      return 0;
    }
    if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > MAX_BUFFER_KM) {
      errors.add(
          "/fetch/bufferKm",
          "'bufferKm' is '" + value.asText() + "'; expected kilometres from 0 to " + MAX_BUFFER_KM);
      return 0;
    }
    return value.asDouble();
  }

  private static BoundingBox readBbox(JsonNode fetch, ConfigErrors errors) {
    JsonNode value = fetch.get("bbox");
    String expected = "expected [minLon, minLat, maxLon, maxLat] in WGS84 degrees";
    if (value == null || value.isNull()) {
      errors.add("/fetch", "missing required setting 'bbox'; " + expected);
      return null;
    }
    if (!value.isArray() || value.size() != 4) {
      errors.add("/fetch/bbox", "'bbox' is " + value + "; " + expected);
      return null;
    }
    double[] edges = new double[4];
    for (int i = 0; i < 4; i++) {
      if (!value.get(i).isNumber()) {
        errors.add(
            "/fetch/bbox/" + i, "'" + value.get(i).asText() + "' is not a number; " + expected);
        return null;
      }
      edges[i] = value.get(i).asDouble();
    }
    try {
      return new BoundingBox(edges[0], edges[1], edges[2], edges[3]);
    } catch (IllegalArgumentException e) {
      errors.add("/fetch/bbox", e.getMessage() + "; " + expected);
      return null;
    }
  }

  private static List<FetchPlan.Download> readGtfs(
      JsonNode fetch, Path directory, ConfigErrors errors) {
    JsonNode list = fetch.get("gtfs");
    List<FetchPlan.Download> downloads = new ArrayList<>();
    if (list == null || list.isNull()) {
      return downloads;
    }
    if (!list.isArray()) {
      errors.add("/fetch/gtfs", "'gtfs' must be a list of feeds, each with url and saveAs");
      return downloads;
    }
    for (int i = 0; i < list.size(); i++) {
      FetchPlan.Download download =
          readDownload(list.get(i), "/fetch/gtfs/" + i, FetchPlan.Kind.GTFS, directory, errors);
      if (download != null) {
        downloads.add(download);
      }
    }
    return downloads;
  }

  /** One extract ({@code url}, {@code saveAs}), or a list of them (a county and its neighbours). */
  private static List<FetchPlan.Download> readOsm(
      JsonNode fetch, Path directory, ConfigErrors errors) {
    JsonNode node = fetch.get("osm");
    List<FetchPlan.Download> downloads = new ArrayList<>();
    if (node == null || node.isNull()) {
      return downloads;
    }
    if (!node.isArray()) {
      FetchPlan.Download one =
          readDownload(node, "/fetch/osm", FetchPlan.Kind.OSM, directory, errors);
      if (one != null) {
        downloads.add(one);
      }
      return downloads;
    }
    for (int i = 0; i < node.size(); i++) {
      FetchPlan.Download download =
          readDownload(node.get(i), "/fetch/osm/" + i, FetchPlan.Kind.OSM, directory, errors);
      if (download != null) {
        downloads.add(download);
      }
    }
    return downloads;
  }

  private static FetchPlan.Download readDownload(
      JsonNode node, String pointer, FetchPlan.Kind kind, Path directory, ConfigErrors errors) {
    if (!node.isObject()) {
      errors.add(pointer, "expected a mapping with url and saveAs");
      return null;
    }
    errors.rejectUnknownKeys(node, pointer, DOWNLOAD_KEYS);
    URI url = readUrl(node, pointer, errors);
    Path target = readTarget(node, pointer, kind, directory, errors);
    return url == null || target == null ? null : new FetchPlan.Download(kind, url, target);
  }

  private static URI readUrl(JsonNode node, String pointer, ConfigErrors errors) {
    JsonNode value = node.get("url");
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      errors.add(value == null ? pointer : pointer + "/url", "missing required setting 'url'");
      return null;
    }
    try {
      URI url = new URI(value.asText().trim());
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase();
      if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null) {
        return url;
      }
    } catch (URISyntaxException e) {
      // reported below with the expected form
    }
    errors.add(
        pointer + "/url",
        "'" + value.asText() + "' is not an http(s) address like https://host/file");
    return null;
  }

  private static Path readTarget(
      JsonNode node, String pointer, FetchPlan.Kind kind, Path directory, ConfigErrors errors) {
    JsonNode value = node.get("saveAs");
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      errors.add(
          value == null ? pointer : pointer + "/saveAs",
          "missing required setting 'saveAs' (a path relative to the region folder)");
      return null;
    }
    String text = value.asText().trim();
    String suffix = kind == FetchPlan.Kind.GTFS ? ".zip" : ".pbf";
    if (!text.toLowerCase().endsWith(suffix)) {
      errors.add(
          pointer + "/saveAs",
          "'" + text + "' must end in " + suffix + " for a " + kind.description());
      return null;
    }
    try {
      return directory.resolve(text).normalize();
    } catch (InvalidPathException e) {
      errors.add(pointer + "/saveAs", "'" + text + "' is not a valid path: " + e.getReason());
      return null;
    }
  }

  private static void checkDistinctTargets(List<FetchPlan.Download> gtfs, ConfigErrors errors) {
    Map<Path, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < gtfs.size(); i++) {
      Integer earlier = firstIndex.putIfAbsent(gtfs.get(i).target(), i);
      if (earlier != null) {
        errors.add(
            "/fetch/gtfs/" + i + "/saveAs",
            "same saveAs as gtfs[" + earlier + "]; each feed needs its own file");
      }
    }
  }
}
