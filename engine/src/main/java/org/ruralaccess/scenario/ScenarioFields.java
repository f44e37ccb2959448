package org.ruralaccess.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.support.ConfigErrors;
import org.ruralaccess.support.YamlDocument;

/** Typed fields of scenario modifications (ids, times, days, stops), each error with its line. */
final class ScenarioFields {

  private static final Set<String> NEW_STOP_KEYS = Set.of("id", "name", "lat", "lon");
  private static final Set<String> HEADWAY_KEYS = Set.of("from", "to", "minutes");

  private final YamlDocument document;
  private final ConfigErrors errors;

  ScenarioFields(YamlDocument document, ConfigErrors errors) {
    this.document = document;
    this.errors = errors;
  }

  int line(String pointer) {
    return document.lineOf(pointer);
  }

  Reference reference(JsonNode node, String at, String key) {
    String id = errors.requiredText(node, at, key);
    return id == null ? null : new Reference(id, line(at + "/" + key));
  }

  Reference optionalReference(JsonNode node, String at, String key) {
    return node.has(key) ? reference(node, at, key) : null;
  }

  List<Reference> references(JsonNode node, String at, String key, boolean required) {
    JsonNode list = node.get(key);
    List<Reference> references = new ArrayList<>();
    if (list == null) {
      if (required) {
        errors.add(at, "missing required setting '" + key + "' (a list of ids)");
      }
      return references;
    }
    if (!list.isArray() || list.isEmpty()) {
      errors.add(at + "/" + key, "'" + key + "' must be a non-empty list of ids");
      return references;
    }
    for (int i = 0; i < list.size(); i++) {
      String pointer = at + "/" + key + "/" + i;
      if (!list.get(i).isValueNode() || list.get(i).asText().isBlank()) {
        errors.add(pointer, "expected an id such as feed:1234");
      } else {
        references.add(new Reference(list.get(i).asText().trim(), line(pointer)));
      }
    }
    return references;
  }

  /** route, optional towards (last stop) and optional from/to departure band. */
  TripSelector selector(JsonNode node, String at, boolean bandRequired) {
    Reference route = reference(node, at, "route");
    Reference towards = optionalReference(node, at, "towards");
    int from = -1;
    int to = -1;
    if (bandRequired || node.has("from") || node.has("to")) {
      from = time(node.get("from"), at + "/from", "from");
      to = time(node.get("to"), at + "/to", "to");
      if (from >= 0 && to >= 0 && to <= from) {
        errors.add(at + "/to", "'to' must be later than 'from'");
      }
    }
    return new TripSelector(route, towards, from, to);
  }

  private int time(JsonNode value, String pointer, String key) {
    if (value == null || value.isNull()) {
      errors.add(
          pointer.substring(0, pointer.lastIndexOf('/')), "missing required time '" + key + "'");
      return -1;
    }
    try {
      return ClockTime.parseSeconds(value.asText());
    } catch (IllegalArgumentException e) {
      errors.add(pointer, e.getMessage() + " (e.g. \"07:30\")");
      return -1;
    }
  }

  List<Integer> times(JsonNode node, String at, String key) {
    List<Integer> times = new ArrayList<>();
    JsonNode list = node.get(key);
    if (list == null) {
      return times;
    }
    if (!list.isArray()) {
      errors.add(at + "/" + key, "'" + key + "' must be a list of times such as [\"07:30\"]");
      return times;
    }
    for (int i = 0; i < list.size(); i++) {
      times.add(time(list.get(i), at + "/" + key + "/" + i, key));
    }
    return times;
  }

  int minutesAsSeconds(JsonNode node, String at, String key, boolean required) {
    if (required && !node.has(key)) {
      errors.add(at, "missing required setting '" + key + "'");
      return 0;
    }
    return (int) Math.round(errors.number(node, at, key, 1, 0.1, 1440) * 60);
  }

  int requiredSeconds(JsonNode node, String at, String key) {
    if (!node.has(key)) {
      errors.add(at, "missing required setting '" + key + "'");
      return 0;
    }
    return errors.integer(node, at, key, 0, 0, 3600);
  }

  /** Running minutes (decimals allowed) as whole seconds; empty when the key is absent. */
  List<Integer> minutesList(JsonNode node, String at, String key) {
    List<Integer> seconds = new ArrayList<>();
    JsonNode list = node.get(key);
    if (list == null) {
      return seconds; // left out: derived from car times where the street network is at hand
    }
    if (!list.isArray()) {
      errors.add(at, "'" + key + "' must be a list of minutes, one per pair of consecutive stops");
      return seconds;
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode value = list.get(i);
      if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > 1440) {
        errors.add(
            at + "/" + key + "/" + i,
            "expected minutes from 0 to 1440, not '" + value.asText() + "'");
      }
      seconds.add((int) Math.round(value.asDouble() * 60));
    }
    return seconds;
  }

  List<AddRoute.Headway> headways(JsonNode node, String at) {
    List<AddRoute.Headway> headways = new ArrayList<>();
    JsonNode list = node.get("headways");
    if (list == null) {
      return headways;
    }
    if (!list.isArray()) {
      errors.add(at + "/headways", "'headways' must be a list of {from, to, minutes}");
      return headways;
    }
    for (int i = 0; i < list.size(); i++) {
      String pointer = at + "/headways/" + i;
      JsonNode band = list.get(i);
      if (!band.isObject()) {
        errors.add(pointer, "expected {from: \"07:00\", to: \"09:00\", minutes: 10}");
        continue;
      }
      errors.rejectUnknownKeys(band, pointer, HEADWAY_KEYS);
      int from = time(band.get("from"), pointer + "/from", "from");
      int to = time(band.get("to"), pointer + "/to", "to");
      if (from >= 0 && to >= 0 && to <= from) {
        errors.add(pointer + "/to", "'to' must be later than 'from'");
      }
      headways.add(
          new AddRoute.Headway(from, to, minutesAsSeconds(band, pointer, "minutes", true)));
    }
    return headways;
  }

  ServiceDays serviceDays(JsonNode node, String at) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    JsonNode list = node.get("days");
    if (list == null || !list.isArray() || list.isEmpty()) {
      errors.add(list == null ? at : at + "/days", "'days' must be a list such as [mon, tue, sat]");
    } else {
      for (int i = 0; i < list.size(); i++) {
        DayOfWeek day = dayOfWeek(list.get(i).asText());
        if (day == null) {
          errors.add(
              at + "/days/" + i,
              "'"
                  + list.get(i).asText()
                  + "' is not a day; expected mon, tue, wed, thu, fri, sat or sun");
        } else {
          days.add(day);
        }
      }
    }
    LocalDate start = date(node, at, "startDate");
    LocalDate end = date(node, at, "endDate");
    if (start != null && end != null && end.isBefore(start)) {
      errors.add(at + "/endDate", "'endDate' is before 'startDate'");
    }
    return new ServiceDays(days, start, end, line(node.has("days") ? at + "/days" : at));
  }

  private static DayOfWeek dayOfWeek(String text) {
    String lower = text.trim().toLowerCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      String name = day.name().toLowerCase(Locale.ROOT);
      if (lower.equals(name) || lower.equals(name.substring(0, 3))) {
        return day;
      }
    }
    return null;
  }

  private LocalDate date(JsonNode node, String at, String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    try {
      return LocalDate.parse(value.asText().trim());
    } catch (DateTimeException e) {
      errors.add(at + "/" + key, "'" + value.asText() + "' is not a date; expected YYYY-MM-DD");
      return null;
    }
  }

  /** Stops: an id string for a network stop, or {id, name, lat, lon} for a new stop. */
  List<StopSpec> stops(JsonNode node, String at, int minCount) {
    List<StopSpec> stops = new ArrayList<>();
    JsonNode list = node.get("stops");
    if (list == null || !list.isArray() || list.size() < minCount) {
      errors.add(
          list == null ? at : at + "/stops",
          "'stops' must list at least " + minCount + " stop(s): ids, or {id, name, lat, lon}");
      return stops;
    }
    for (int i = 0; i < list.size(); i++) {
      String pointer = at + "/stops/" + i;
      JsonNode stop = list.get(i);
      if (stop.isValueNode()) {
        stops.add(StopSpec.existing(new Reference(stop.asText().trim(), line(pointer))));
        continue;
      }
      errors.rejectUnknownKeys(stop, pointer, NEW_STOP_KEYS);
      String id = errors.requiredText(stop, pointer, "id");
      if (id != null && !id.matches("[A-Za-z0-9_.-]+")) {
        errors.add(pointer + "/id", "'" + id + "' may use letters, digits, '_', '.' and '-' only");
      }
      if (!stop.has("lat") || !stop.has("lon")) {
        errors.add(pointer, "a new stop needs 'lat' and 'lon' (WGS84 degrees)");
      }
      double lat = errors.number(stop, pointer, "lat", Double.NaN, -90, 90);
      double lon = errors.number(stop, pointer, "lon", Double.NaN, -180, 180);
      stops.add(new StopSpec(line(pointer), null, id, stop.path("name").asText(id), lat, lon));
    }
    return stops;
  }
}
