package org.ruralaccess.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ruralaccess.support.ConfigErrors;
import org.ruralaccess.support.YamlDocument;

/**
 * Reads a scenario YAML file (format in docs/scenarios.md): checks every field's type and range and
 * reports all problems at once, each with its line. Whether routes and stops exist is checked later
 * against the network, by {@link ScenarioApplier}.
 */
public final class ScenarioReader {

  private static final Set<String> TOP_KEYS = Set.of("name", "description", "modifications");

  private ScenarioReader() {}

  public static Scenario read(Path yaml) {
    YamlDocument document = YamlDocument.read(yaml);
    ConfigErrors errors = new ConfigErrors(document);
    JsonNode root = document.root();
    if (root == null || !root.isObject()) {
      errors.add("", "a scenario file must be a map with 'name' and 'modifications'");
      errors.throwIfAny();
    }
    errors.rejectUnknownKeys(root, "", TOP_KEYS);
    String name = errors.requiredText(root, "", "name");
    String description = root.path("description").asText("");
    JsonNode list = root.get("modifications");
    List<Modification> modifications = new ArrayList<>();
    if (list == null || !list.isArray() || list.isEmpty()) {
      errors.add(
          list == null ? "" : "/modifications",
          "'modifications' must be a non-empty list of modifications");
    } else {
      ModificationReader reader = new ModificationReader(document, errors);
      for (int i = 0; i < list.size(); i++) {
        Modification modification = reader.read(list.get(i), "/modifications/" + i);
        if (modification != null) {
          modifications.add(modification);
        }
      }
    }
    errors.throwIfAny();
    return new Scenario(name, description, modifications);
  }
}
