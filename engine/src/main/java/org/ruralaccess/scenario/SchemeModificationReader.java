package org.ruralaccess.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ruralaccess.ingest.community.SchemeFileReader;
import org.ruralaccess.ingest.community.SchemeMapReader;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.support.ConfigErrors;
import org.ruralaccess.support.YamlDocument;

/**
 * Reads the community transport modifications of a scenario file, in the planner scheme format
 * (docs/community-transport.md) through {@link SchemeMapReader}, so a scheme written in a scenario
 * is checked exactly as one in a scheme file, each error with its line in the scenario.
 */
final class SchemeModificationReader {

  /** Namespace of schemes written inline in a scenario, as routes and stops it creates. */
  static final String NAMESPACE = "scenario";

  static final Set<String> ADD_KEYS =
      Set.of("type", "scheme", "file", "zones_file", "zones_id_property");
  static final Set<String> REMOVE_KEYS = Set.of("type", "schemes");

  /** The settings change-scheme can change. */
  private static final List<String> CHANGEABLE =
      List.of(
          "days",
          "valid_from",
          "valid_until",
          "hours",
          "booking",
          "eligibility",
          "vehicle_time",
          "area");

  static final Set<String> CHANGE_KEYS =
      Stream.concat(
              Stream.of("type", "scheme", "zones_file", "zones_id_property"), CHANGEABLE.stream())
          .collect(Collectors.toSet());

  private final YamlDocument document;
  private final ConfigErrors errors;
  private final ScenarioFields fields;

  SchemeModificationReader(YamlDocument document, ConfigErrors errors, ScenarioFields fields) {
    this.document = document;
    this.errors = errors;
    this.fields = fields;
  }

  private SchemeMapReader schemeReader(JsonNode node, String at) {
    return new SchemeMapReader(
        document,
        errors,
        SchemeMapReader.zonesFile(document, errors, node, at, "in the modification"));
  }

  AddScheme add(JsonNode node, String at, int line) {
    boolean inline = node.has("scheme");
    if (inline == node.has("file")) {
      errors.add(at, "add-scheme needs either 'scheme' (written inline) or 'file', not both");
      return new AddScheme(line, List.of());
    }
    if (inline) {
      Scheme scheme = schemeReader(node, at).scheme(node.get("scheme"), at + "/scheme", NAMESPACE);
      return new AddScheme(line, scheme == null ? List.of() : List.of(scheme));
    }
    String file = errors.requiredText(node, at, "file");
    if (file == null) {
      return new AddScheme(line, List.of());
    }
    Path path = document.file().toAbsolutePath().getParent().resolve(file).normalize();
    try {
      return new AddScheme(line, SchemeFileReader.read(path));
    } catch (BadInputException e) {
      errors.add(at + "/file", e.getMessage());
      return new AddScheme(line, List.of());
    }
  }

  RemoveSchemes remove(JsonNode node, String at, int line) {
    return new RemoveSchemes(line, fields.references(node, at, "schemes", true));
  }

  ChangeScheme change(JsonNode node, String at, int line) {
    Reference scheme = fields.reference(node, at, "scheme");
    if (CHANGEABLE.stream().noneMatch(node::has)) {
      errors.add(at, "change-scheme needs one or more of: " + String.join(", ", CHANGEABLE));
    }
    SchemeMapReader reader = schemeReader(node, at);
    return new ChangeScheme(
        line,
        scheme,
        node.has("days") ? reader.weekdays(node.get("days"), at + "/days") : null,
        reader.date(node.get("valid_from"), at + "/valid_from"),
        reader.date(node.get("valid_until"), at + "/valid_until"),
        node.has("hours") ? reader.hours(node.get("hours"), at + "/hours") : null,
        node.has("booking") ? reader.booking(node.get("booking"), at + "/booking") : null,
        node.has("eligibility")
            ? reader.eligibility(node.get("eligibility"), at + "/eligibility")
            : null,
        node.has("vehicle_time")
            ? reader.vehicleTime(node.get("vehicle_time"), at + "/vehicle_time")
            : null,
        node.has("area")
            ? reader.area(node.get("area"), at + "/area", scheme == null ? "scheme" : scheme.id())
            : null);
  }
}
