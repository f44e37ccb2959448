package org.ruralaccess.ingest.community;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.ruralaccess.ingest.region.ConfigErrors;
import org.ruralaccess.ingest.region.YamlDocument;
import org.ruralaccess.model.BadInputException;

/**
 * Reads a planner's scheme file (YAML, see docs/community-transport.md) into {@link Scheme}s with
 * ids {@code <file id>:<scheme id>}. Every mistake in the file is collected with its line and
 * reported together in one {@link BadInputException}.
 */
public final class SchemeFileReader {

  private static final Set<String> TOP_KEYS =
      Set.of("id", "zones_file", "zones_id_property", "schemes");
  private static final Set<String> SCHEME_KEYS =
      Set.of(
          "id",
          "name",
          "kind",
          "days",
          "dates",
          "valid_from",
          "valid_until",
          "stops",
          "area",
          "hours",
          "booking",
          "eligibility",
          "vehicle_time");
  private static final Set<String> STOP_KEYS = Set.of("stop_id", "name", "lat", "lon", "time");

  private final YamlDocument document;
  private final ConfigErrors errors;
  private final SchemeFields fields;
  private Map<String, Geometry> zones;

  private SchemeFileReader(YamlDocument document) {
    this.document = document;
    this.errors = new ConfigErrors(document);
    this.fields = new SchemeFields(errors);
  }

  public static List<Scheme> read(Path file) {
    return new SchemeFileReader(YamlDocument.read(file)).schemes();
  }

  private List<Scheme> schemes() {
    JsonNode root = document.root();
    if (root == null || !root.isObject()) {
      throw BadInputException.at(
          document.file().toString(), 1, null, "expected a mapping with 'id' and 'schemes'");
    }
    errors.rejectUnknownKeys(root, "", TOP_KEYS);
    String fileId = errors.requiredText(root, "", "id");
    JsonNode list = root.get("schemes");
    List<Scheme> schemes = new ArrayList<>();
    if (list == null || !list.isArray() || list.isEmpty()) {
      errors.add("", "missing required setting 'schemes' (a list of at least one scheme)");
    } else {
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        Scheme scheme = scheme(list.get(i), "/schemes/" + i, fileId);
        if (scheme != null && !ids.add(scheme.id())) {
          errors.add("/schemes/" + i + "/id", "scheme id '" + scheme.id() + "' is used twice");
        }
        schemes.add(scheme);
      }
    }
    errors.throwIfAny();
    return schemes;
  }

  private Scheme scheme(JsonNode node, String pointer, String fileId) {
    errors.rejectUnknownKeys(node, pointer, SCHEME_KEYS);
    String id = errors.requiredText(node, pointer, "id");
    String name = node.path("name").asText(id);
    String kindText = errors.requiredText(node, pointer, "kind");
    SchemeKind kind = kind(kindText, pointer + "/kind");
    LocalDate from = fields.date(node.get("valid_from"), pointer + "/valid_from", LocalDate.MIN);
    LocalDate until = fields.date(node.get("valid_until"), pointer + "/valid_until", LocalDate.MAX);
    OperatingDays days =
        new OperatingDays(
            fields.weekdays(node.get("days"), pointer + "/days"),
            from,
            until,
            fields.dates(node.get("dates"), pointer + "/dates"),
            new java.util.TreeSet<>());
    if (days.weekdays().isEmpty() && days.addedDates().isEmpty() && !node.has("days")) {
      errors.add(pointer, "missing 'days' (weekdays the scheme runs) or 'dates'");
    }
    BookingRule booking = fields.booking(node.get("booking"), pointer + "/booking");
    Eligibility eligibility = fields.eligibility(node.get("eligibility"), pointer + "/eligibility");
    JsonNode vehicle = node.get("vehicle_time");
    if (vehicle != null) {
      errors.rejectUnknownKeys(
          vehicle, pointer + "/vehicle_time", Set.of("factor", "offset_minutes"));
    }
    double factor = errors.number(vehicle, pointer + "/vehicle_time", "factor", 1.0, 0.5, 10.0);
    double offsetMinutes =
        errors.number(vehicle, pointer + "/vehicle_time", "offset_minutes", 0.0, 0.0, 240.0);
    List<FixedStop> stops = List.of();
    List<ServiceArea> areas = List.of();
    List<TimeWindow> windows = List.of();
    if (kind == SchemeKind.FIXED_ROUTE) {
      stops = stops(node.get("stops"), pointer + "/stops");
      for (String key : List.of("area", "hours", "vehicle_time")) {
        if (node.has(key)) {
          errors.add(
              pointer + "/" + key,
              "'" + key + "' is not used by a fixed_route scheme;" + " its times are on its stops");
        }
      }
    } else if (kind != null) {
      areas = area(node.get("area"), pointer + "/area", id);
      windows = fields.windows(node.get("hours"), pointer + "/hours");
      if (!node.has("hours")) {
        errors.add(pointer, "missing 'hours' (e.g. [\"09:00-16:00\"])");
      }
      if (node.has("stops")) {
        errors.add(pointer + "/stops", "'stops' is only for fixed_route schemes; give an 'area'");
      }
    }
    if (id == null || kind == null || fileId == null) {
      return null;
    }
    return new Scheme(
        fileId + ":" + id,
        name,
        kind,
        areas,
        stops,
        days,
        windows,
        booking,
        eligibility,
        factor,
        offsetMinutes * 60.0,
        document.file().toString());
  }

  private SchemeKind kind(String text, String pointer) {
    if (text == null) {
      return null;
    }
    return switch (text) {
      case "fixed_route" -> SchemeKind.FIXED_ROUTE;
      case "dial_a_ride" -> SchemeKind.DIAL_A_RIDE;
      case "volunteer_car" -> SchemeKind.VOLUNTEER_CAR;
      default -> {
        errors.add(
            pointer,
            "kind '" + text + "' is not known; expected fixed_route, dial_a_ride or volunteer_car");
        yield null;
      }
    };
  }

  private List<FixedStop> stops(JsonNode list, String pointer) {
    List<FixedStop> stops = new ArrayList<>();
    if (list == null || !list.isArray() || list.size() < 2) {
      errors.add(pointer, "a fixed_route needs 'stops', a list of at least two stops");
      return stops;
    }
    int previous = -1;
    for (int i = 0; i < list.size(); i++) {
      JsonNode stop = list.get(i);
      String at = pointer + "/" + i;
      errors.rejectUnknownKeys(stop, at, STOP_KEYS);
      int time = fields.clockSeconds(stop.get("time"), at + "/time");
      if (time >= 0 && time < previous) {
        errors.add(
            at + "/time",
            "time "
                + stop.get("time").asText()
                + " is before the previous stop's; times must not decrease along the route");
      }
      previous = Math.max(previous, time);
      if (stop.hasNonNull("stop_id")) {
        String stopId = stop.get("stop_id").asText();
        stops.add(
            new FixedStop(
                stopId, stop.path("name").asText(stopId), Double.NaN, Double.NaN, time, time));
      } else {
        String name = errors.requiredText(stop, at, "name");
        double lat = errors.number(stop, at, "lat", Double.NaN, -90, 90);
        double lon = errors.number(stop, at, "lon", Double.NaN, -180, 180);
        if (!stop.has("lat") || !stop.has("lon")) {
          errors.add(at, "a stop needs 'stop_id' (a GTFS stop) or 'name', 'lat' and 'lon'");
        }
        stops.add(new FixedStop(null, name, lat, lon, time, time));
      }
    }
    return stops;
  }

  private List<ServiceArea> area(JsonNode node, String pointer, String schemeId) {
    if (node == null || !node.isObject()) {
      errors.add(
          pointer.substring(0, pointer.lastIndexOf('/')),
          "missing 'area': give 'lsoa' (a list of codes) or 'geojson' (a Polygon)");
      return List.of();
    }
    errors.rejectUnknownKeys(node, pointer, Set.of("lsoa", "geojson"));
    List<ServiceArea> areas = new ArrayList<>();
    if (node.has("geojson")) {
      try {
        areas.add(
            new ServiceArea(
                schemeId + "#area",
                GeoJsonAreas.polygonal(
                    node.get("geojson"), document.file().toString(), "scheme '" + schemeId + "'")));
      } catch (BadInputException e) {
        errors.add(pointer + "/geojson", e.getMessage());
      }
    }
    JsonNode codes = node.get("lsoa");
    for (int i = 0; codes != null && i < codes.size(); i++) {
      String code = codes.get(i).asText().trim();
      Geometry geometry = zones(pointer + "/lsoa").get(code);
      if (geometry == null) {
        errors.add(pointer + "/lsoa/" + i, "LSOA '" + code + "' is not in the zones file");
      } else {
        areas.add(new ServiceArea(code, geometry));
      }
    }
    return areas;
  }

  /** The zones file named at the top, read once on first use; empty (with an error) if absent. */
  private Map<String, Geometry> zones(String pointer) {
    if (zones != null) {
      return zones;
    }
    zones = Map.of();
    JsonNode path = document.root().get("zones_file");
    if (path == null || path.asText().isBlank()) {
      errors.add(pointer, "LSOA codes need 'zones_file' (a GeoJSON of zones) at the top");
      return zones;
    }
    Path zonesFile =
        document.file().toAbsolutePath().getParent().resolve(path.asText()).normalize();
    if (!Files.isRegularFile(zonesFile)) {
      errors.add("/zones_file", "zones file not found: " + zonesFile);
      return zones;
    }
    String idProperty = document.root().path("zones_id_property").asText("LSOA21CD");
    try (InputStream in = Files.newInputStream(zonesFile)) {
      zones = GeoJsonAreas.readFeatures(in, zonesFile.toString(), idProperty);
    } catch (IOException e) {
      errors.add("/zones_file", "zones file cannot be read: " + e.getMessage());
    } catch (BadInputException e) {
      errors.add("/zones_file", e.getMessage());
    }
    return zones;
  }
}
