package org.ruralaccess.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ruralaccess.model.BadInputException;

/**
 * Collects every problem of a config file with its line, so the user sees them all at once, and
 * reads typed values from the YAML tree. Unknown keys are errors with a "did you mean" hint: a
 * misspelt optional setting must never be silently ignored.
 */
public final class ConfigErrors {

  private final YamlDocument document;
  private final List<LineError> errors = new ArrayList<>();

  private record LineError(int line, String text) {}

  public ConfigErrors(YamlDocument document) {
    this.document = document;
  }

  public void add(String pointer, String message) {
    int line = document.lineOf(pointer);
    String where = line > 0 ? "line " + line : "";
    String field = pointer.isEmpty() ? "" : " (" + pointer.substring(1).replace('/', '.') + ")";
    errors.add(new LineError(line, (where.isEmpty() ? "" : where + field + ": ") + message));
  }

  /** Reports keys of {@code node} that are not in {@code known}. */
  public void rejectUnknownKeys(JsonNode node, String pointer, Set<String> known) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        String hint = closest(name, known);
        add(
            pointer + "/" + name,
            "unknown setting '"
                + name
                + "'"
                + (hint == null ? "." : "; did you mean '" + hint + "'?")
                + " Expected one of: "
                + String.join(", ", new TreeSet<>(known)));
      }
    }
  }

  public String requiredText(JsonNode parent, String pointer, String key) {
    JsonNode value = parent.get(key);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      add(pointer.isEmpty() ? "" : pointer, "missing required setting '" + key + "'");
      return null;
    }
    if (!value.isValueNode()) {
      add(pointer + "/" + key, "'" + key + "' must be a single value");
      return null;
    }
    return value.asText().trim();
  }

  public double number(
      JsonNode parent, String pointer, String key, double fallback, double min, double max) {
    JsonNode value = parent == null ? null : parent.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isNumber()) {
      add(pointer + "/" + key, "'" + key + "' must be a number, not '" + value.asText() + "'");
      return fallback;
    }
    double number = value.asDouble();
    if (number < min || number > max) {
      add(pointer + "/" + key, "'" + key + "' is " + number + "; expected " + min + " to " + max);
      return fallback;
    }
    return number;
  }

  public int integer(JsonNode parent, String pointer, String key, int fallback, int min, int max) {
    JsonNode value = parent == null ? null : parent.get(key);
    if (value != null && !value.isNull() && !value.canConvertToExactIntegral()) {
      add(
          pointer + "/" + key,
          "'" + key + "' must be a whole number, not '" + value.asText() + "'");
      return fallback;
    }
    return (int) number(parent, pointer, key, fallback, min, max);
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public void throwIfAny() {
    if (errors.isEmpty()) {
      return;
    }
    String heading =
        document.file() + ": " + errors.size() + (errors.size() == 1 ? " error" : " errors");
    List<String> lines =
        errors.stream()
            .sorted(java.util.Comparator.comparingInt(LineError::line))
            .map(LineError::text)
            .toList();
    throw new BadInputException(heading + "\n  " + String.join("\n  ", lines));
  }

  /** The known name a few edits from {@code name} (a likely typo), or null: for "did you mean". */
  public static String closest(String name, Set<String> known) {
    String best = null;
    // a typo is a few edits away: two, or a quarter of the word for long names
    int bestDistance = Math.max(3, name.length() / 4 + 1);
    for (String candidate : known) {
      int distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    return best;
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
