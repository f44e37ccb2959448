package org.ruralaccess.ingest.community;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.community.BookingRule;
import org.ruralaccess.model.community.Eligibility;
import org.ruralaccess.model.community.FixedStop;
import org.ruralaccess.model.community.OperatingDays;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.model.community.SchemeKind;
import org.ruralaccess.model.community.ServiceArea;
import org.ruralaccess.model.community.TimeWindow;
import org.ruralaccess.support.ConfigErrors;
import org.ruralaccess.support.YamlDocument;

/**
 * Reads one scheme map of the planner scheme format (docs/community-transport.md) out of any YAML
 * document: a scheme file, or a scenario's {@code add-scheme}; and the scheme's fields one by one,
 * for a scenario's {@code change-scheme}. Every mistake goes to the {@link ConfigErrors} with its
 * line and reading goes on, so that the caller reports them all at once.
 */
public final class SchemeMapReader {

  /** The keys of one scheme map. */
  public static final Set<String> SCHEME_KEYS =
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

  /** Zone boundaries by code, for areas given as LSOA codes. */
  public interface Zones {
    /** The zones; when there are none to be had, an error at {@code pointer} and an empty map. */
    Map<String, Geometry> at(String pointer);
  }

  /** In-vehicle time = factor x car time + offset. */
  public record VehicleTime(double factor, double offsetSeconds) {}

  private final YamlDocument document;
  private final ConfigErrors errors;
  private final SchemeFields fields;
  private final Zones zones;

  public SchemeMapReader(YamlDocument document, ConfigErrors errors, Zones zones) {
    this.document = document;
    this.errors = errors;
    this.fields = new SchemeFields(errors);
    this.zones = zones;
  }

  /**
   * The zones file named by {@code zones_file} (relative to the document) and {@code
   * zones_id_property} (default LSOA21CD) in {@code holder}, read once on first use.
   *
   * @param where where the user should put {@code zones_file}, for the error when it is missing
   */
  public static Zones zonesFile(
      YamlDocument document,
      ConfigErrors errors,
      JsonNode holder,
      String holderPointer,
      String where) {
    return new Zones() {
      private Map<String, Geometry> read;

      @Override
      public Map<String, Geometry> at(String pointer) {
        if (read == null) {
          read = readZones(document, errors, holder, holderPointer, pointer, where);
        }
        return read;
      }
    };
  }

  private static Map<String, Geometry> readZones(
      YamlDocument document,
      ConfigErrors errors,
      JsonNode holder,
      String holderPointer,
      String pointer,
      String where) {
    JsonNode path = holder.get("zones_file");
    if (path == null || path.asText().isBlank()) {
      errors.add(pointer, "LSOA codes need 'zones_file' (a GeoJSON of zones) " + where);
      return Map.of();
    }
    Path zonesFile =
        document.file().toAbsolutePath().getParent().resolve(path.asText()).normalize();
    String at = holderPointer + "/zones_file";
    if (!Files.isRegularFile(zonesFile)) {
      errors.add(at, "zones file not found: " + zonesFile);
      return Map.of();
    }
    String idProperty = holder.path("zones_id_property").asText("LSOA21CD");
    try (InputStream in = Files.newInputStream(zonesFile)) {
      return GeoJsonAreas.readFeatures(in, zonesFile.toString(), idProperty);
    } catch (IOException e) {
      errors.add(at, "zones file cannot be read: " + e.getMessage());
    } catch (BadInputException e) {
      errors.add(at, e.getMessage());
    }
    return Map.of();
  }

  /**
   * The scheme at {@code pointer}, id {@code <namespace>:<id>}; null when its id or kind is missing
   * or bad (reported).
   */
  public Scheme scheme(JsonNode node, String pointer, String namespace) {
    if (node == null || !node.isObject()) {
      errors.add(pointer, "a scheme must be a map with 'id' and 'kind'");
      return null;
    }
    errors.rejectUnknownKeys(node, pointer, SCHEME_KEYS);
    String id = errors.requiredText(node, pointer, "id");
    String name = node.path("name").asText(id);
    String kindText = errors.requiredText(node, pointer, "kind");
    SchemeKind kind = kind(kindText, pointer + "/kind");
    OperatingDays days =
        new OperatingDays(
            weekdays(node.get("days"), pointer + "/days"),
            dateOr(node, pointer, "valid_from", LocalDate.MIN),
            dateOr(node, pointer, "valid_until", LocalDate.MAX),
            fields.dates(node.get("dates"), pointer + "/dates"),
            new TreeSet<>());
    if (days.weekdays().isEmpty() && days.addedDates().isEmpty() && !node.has("days")) {
      errors.add(pointer, "missing 'days' (weekdays the scheme runs) or 'dates'");
    }
    BookingRule booking = booking(node.get("booking"), pointer + "/booking");
    Eligibility eligibility = eligibility(node.get("eligibility"), pointer + "/eligibility");
    VehicleTime vehicle = vehicleTime(node.get("vehicle_time"), pointer + "/vehicle_time");
    List<FixedStop> stops = List.of();
    List<ServiceArea> areas = List.of();
    List<TimeWindow> windows = List.of();
    if (kind == SchemeKind.FIXED_ROUTE) {
      stops = stops(node.get("stops"), pointer + "/stops");
      for (String key : List.of("area", "hours", "vehicle_time")) {
        if (node.has(key)) {
          errors.add(pointer + "/" + key, notForFixedRoute(key));
        }
      }
    } else if (kind != null) {
      areas = area(node.get("area"), pointer + "/area", id);
      windows = hours(node.get("hours"), pointer + "/hours");
      if (!node.has("hours")) {
        errors.add(pointer, "missing 'hours' (e.g. [\"09:00-16:00\"])");
      }
      if (node.has("stops")) {
        errors.add(pointer + "/stops", "'stops' is only for fixed_route schemes; give an 'area'");
      }
    }
    if (id == null || kind == null || namespace == null) {
      return null;
    }
    return new Scheme(
        namespace + ":" + id,
        name,
        kind,
        areas,
        stops,
        days,
        windows,
        booking,
        eligibility,
        vehicle.factor(),
        vehicle.offsetSeconds(),
        document.file().toString());
  }

  /** The message for a setting a fixed-route scheme does not use. */
  public static String notForFixedRoute(String key) {
    return "'" + key + "' is not used by a fixed_route scheme; its times are on its stops";
  }

  private LocalDate dateOr(JsonNode node, String pointer, String key, LocalDate fallback) {
    return fields.date(node.get(key), pointer + "/" + key, fallback);
  }

  /** Weekdays such as [tuesday, friday]; empty when the list is absent. */
  public Set<DayOfWeek> weekdays(JsonNode list, String pointer) {
    return fields.weekdays(list, pointer);
  }

  /** A YYYY-MM-DD date, or null when absent or bad (reported). */
  public LocalDate date(JsonNode value, String pointer) {
    return fields.date(value, pointer, null);
  }

  /** Windows such as ["09:00-16:00"]. */
  public List<TimeWindow> hours(JsonNode list, String pointer) {
    return fields.windows(list, pointer);
  }

  /** {type: none | same_day | prior_days, ...}; none when absent. */
  public BookingRule booking(JsonNode node, String pointer) {
    return fields.booking(node, pointer);
  }

  /** A list of rider groups; everyone when absent. */
  public Eligibility eligibility(JsonNode list, String pointer) {
    return fields.eligibility(list, pointer);
  }

  /** {factor, offset_minutes}; 1 and 0 when absent. */
  public VehicleTime vehicleTime(JsonNode node, String pointer) {
    if (node != null) {
      errors.rejectUnknownKeys(node, pointer, Set.of("factor", "offset_minutes"));
    }
    double factor = errors.number(node, pointer, "factor", 1.0, 0.5, 10.0);
    double offsetMinutes = errors.number(node, pointer, "offset_minutes", 0.0, 0.0, 240.0);
    return new VehicleTime(factor, offsetMinutes * 60.0);
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

  /** {lsoa: [codes]} and/or {geojson: Polygon}; empty (reported) when missing. */
  public List<ServiceArea> area(JsonNode node, String pointer, String schemeId) {
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
      Geometry geometry = zones.at(pointer + "/lsoa").get(code);
      if (geometry == null) {
        errors.add(pointer + "/lsoa/" + i, "LSOA '" + code + "' is not in the zones file");
      } else {
        areas.add(new ServiceArea(code, geometry));
      }
    }
    return areas;
  }
}
