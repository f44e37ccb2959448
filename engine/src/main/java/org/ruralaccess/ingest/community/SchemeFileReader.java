package org.ruralaccess.ingest.community;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.support.ConfigErrors;
import org.ruralaccess.support.YamlDocument;

/**
 * Reads a planner's scheme file (YAML, see docs/community-transport.md) into {@link Scheme}s with
 * ids {@code <file id>:<scheme id>}. Every mistake in the file is collected with its line and
 * reported together in one {@link BadInputException}.
 */
public final class SchemeFileReader {

  private static final Set<String> TOP_KEYS =
      Set.of("id", "zones_file", "zones_id_property", "schemes");
  private final YamlDocument document;
  private final ConfigErrors errors;

  private SchemeFileReader(YamlDocument document) {
    this.document = document;
    this.errors = new ConfigErrors(document);
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
      SchemeMapReader reader =
          new SchemeMapReader(
              document,
              errors,
              SchemeMapReader.zonesFile(document, errors, root, "", "at the top"));
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        Scheme scheme = reader.scheme(list.get(i), "/schemes/" + i, fileId);
        if (scheme != null && !ids.add(scheme.id())) {
          errors.add("/schemes/" + i + "/id", "scheme id '" + scheme.id() + "' is used twice");
        }
        schemes.add(scheme);
      }
    }
    errors.throwIfAny();
    return schemes;
  }
}
