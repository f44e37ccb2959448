package org.ruralaccess.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ruralaccess.support.ConfigErrors;
import org.ruralaccess.support.YamlDocument;

/**
 * Reads one modification of a scenario file by its {@code type}; every problem goes to the {@link
 * ConfigErrors} with its line.
 */
final class ModificationReader {

  private static final Set<String> SELECTOR = Set.of("type", "route", "towards", "from", "to");

  private static final Map<String, Set<String>> KEYS = new TreeMap<>();

  static {
    KEYS.put(
        "add-route",
        Set.of(
            "type",
            "id",
            "shortName",
            "routeType",
            "stops",
            "runningMinutes",
            "carTimeFactor",
            "dwellSeconds",
            "departures",
            "headways",
            "days",
            "startDate",
            "endDate"));
    KEYS.put("remove-routes", Set.of("type", "routes"));
    KEYS.put("remove-trips", with(SELECTOR, "trips"));
    KEYS.put("change-headway", with(SELECTOR, "headwayMinutes"));
    KEYS.put("change-days", with(SELECTOR, "service", "days", "startDate", "endDate"));
    KEYS.put("adjust-speed", with(SELECTOR, "factor"));
    KEYS.put("adjust-dwell", with(SELECTOR, "stops", "dwellSeconds"));
    KEYS.put("add-stops", Set.of("type", "route", "after", "stops", "dwellSeconds"));
    KEYS.put("remove-stops", Set.of("type", "route", "stops"));
    KEYS.put("add-scheme", SchemeModificationReader.ADD_KEYS);
    KEYS.put("remove-schemes", SchemeModificationReader.REMOVE_KEYS);
    KEYS.put("change-scheme", SchemeModificationReader.CHANGE_KEYS);
  }

  private final ConfigErrors errors;
  private final ScenarioFields fields;
  private final SchemeModificationReader schemes;

  ModificationReader(YamlDocument document, ConfigErrors errors) {
    this.errors = errors;
    this.fields = new ScenarioFields(document, errors);
    this.schemes = new SchemeModificationReader(document, errors, fields);
  }

  private static Set<String> with(Set<String> base, String... more) {
    Set<String> all = new TreeSet<>(base);
    all.addAll(List.of(more));
    return all;
  }

  Modification read(JsonNode node, String at) {
    if (node == null || !node.isObject()) {
      errors.add(at, "a modification must be a map with a 'type'");
      return null;
    }
    String type = errors.requiredText(node, at, "type");
    if (type == null) {
      return null;
    }
    Set<String> known = KEYS.get(type);
    if (known == null) {
      errors.add(
          at + "/type",
          "unknown modification type '" + type + "'; expected one of: " + KEYS.keySet());
      return null;
    }
    errors.rejectUnknownKeys(node, at, known);
    // a modification with problems may hold nulls: ScenarioReader throws before anyone uses it
    return build(type, node, at, fields.line(at));
  }

  private Modification build(String type, JsonNode node, String at, int line) {
    return switch (type) {
      case "add-route" -> addRoute(node, at, line);
      case "remove-routes" -> new RemoveRoutes(line, fields.references(node, at, "routes", true));
      case "remove-trips" -> removeTrips(node, at, line);
      case "change-headway" ->
          new ChangeHeadway(
              line,
              fields.selector(node, at, true),
              fields.minutesAsSeconds(node, at, "headwayMinutes", true));
      case "change-days" ->
          new ChangeDays(
              line,
              fields.selector(node, at, false),
              fields.optionalReference(node, at, "service"),
              fields.serviceDays(node, at));
      case "adjust-speed" ->
          new AdjustSpeed(
              line,
              fields.selector(node, at, false),
              errors.number(node, at, "factor", 1, 0.1, 10));
      case "adjust-dwell" ->
          new AdjustDwell(
              line,
              fields.selector(node, at, false),
              fields.references(node, at, "stops", false),
              fields.requiredSeconds(node, at, "dwellSeconds"));
      case "add-stops" ->
          new AddStops(
              line,
              fields.reference(node, at, "route"),
              fields.reference(node, at, "after"),
              fields.stops(node, at, 1),
              errors.integer(node, at, "dwellSeconds", 0, 0, 3600));
      case "remove-stops" ->
          new RemoveStops(
              line,
              fields.reference(node, at, "route"),
              fields.references(node, at, "stops", true));
      case "add-scheme" -> schemes.add(node, at, line);
      case "remove-schemes" -> schemes.remove(node, at, line);
      case "change-scheme" -> schemes.change(node, at, line);
      default -> throw new IllegalStateException(type);
    };
  }

  private Modification removeTrips(JsonNode node, String at, int line) {
    boolean byId = node.has("trips");
    if (byId == node.has("route")) {
      errors.add(at, "remove-trips needs either 'trips' (trip ids) or 'route', not both");
      return null;
    }
    return byId
        ? new RemoveTrips(line, fields.references(node, at, "trips", true), null)
        : new RemoveTrips(line, List.of(), fields.selector(node, at, false));
  }

  private Modification addRoute(JsonNode node, String at, int line) {
    String id = errors.requiredText(node, at, "id");
    if (id != null && !id.matches("[A-Za-z0-9_.-]+")) {
      errors.add(at + "/id", "'" + id + "' may use letters, digits, '_', '.' and '-' only");
    }
    List<StopSpec> stops = fields.stops(node, at, 2);
    List<Integer> running = fields.minutesList(node, at, "runningMinutes");
    if (!stops.isEmpty() && !running.isEmpty() && running.size() != stops.size() - 1) {
      errors.add(
          at + "/runningMinutes",
          "'runningMinutes' has "
              + running.size()
              + " value(s); expected "
              + (stops.size() - 1)
              + ", one per pair of consecutive stops");
    }
    List<Integer> departures = fields.times(node, at, "departures");
    List<AddRoute.Headway> headways = fields.headways(node, at);
    if (departures.isEmpty() && headways.isEmpty()) {
      errors.add(at, "add-route needs 'departures' or 'headways' (or both)");
    }
    String shortName = node.path("shortName").asText(id);
    return new AddRoute(
        line,
        id,
        shortName,
        errors.integer(node, at, "routeType", 3, 0, 1702),
        stops,
        running,
        errors.number(node, at, "carTimeFactor", 1.25, 0.5, 5),
        errors.integer(node, at, "dwellSeconds", 0, 0, 3600),
        departures,
        headways,
        fields.serviceDays(node, at));
  }
}
