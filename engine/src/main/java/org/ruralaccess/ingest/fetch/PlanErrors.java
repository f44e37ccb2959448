package org.ruralaccess.ingest.fetch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ruralaccess.model.BadInputException;

/**
 * The parsed {@code region.yaml} with the line of every node, and the problems found in its {@code
 * fetch:} section, reported all at once in line order (the same form as the region reader's
 * messages: {@code line 12 (fetch.bbox): ...}). Jackson's tree forgets locations, so a second
 * streaming pass records the line of each JSON pointer.
 */
final class PlanErrors {

  private final Path file;
  private final JsonNode root;
  private final Map<String, Integer> lineByPointer;
  private final List<LineError> errors = new ArrayList<>();

  private record LineError(int line, String text) {}

  private PlanErrors(Path file, JsonNode root, Map<String, Integer> lineByPointer) {
    this.file = file;
    this.root = root;
    this.lineByPointer = lineByPointer;
  }

  static PlanErrors read(Path file) {
    YAMLFactory factory = new YAMLFactory();
    try {
      JsonNode root = new ObjectMapper(factory).readTree(file.toFile());
      Map<String, Integer> lines = new HashMap<>();
      try (JsonParser parser = factory.createParser(file.toFile())) {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
          if (token == JsonToken.FIELD_NAME || token.isScalarValue() || token.isStructStart()) {
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
          }
        }
      }
      return new PlanErrors(file, root, lines);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw BadInputException.at(
          file.toString(), line, null, "not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  Path file() {
    return file;
  }

  JsonNode root() {
    return root;
  }

  void add(String pointer, String message) {
    int line = lineByPointer.getOrDefault(pointer, 0);
    String where = line > 0 ? "line " + line + " " : "";
    String field = "(" + pointer.substring(1).replaceAll("/(\\d+)", "[$1]").replace('/', '.') + ")";
    errors.add(new LineError(line, where + field + ": " + message));
  }

  void rejectUnknownKeys(JsonNode node, String pointer, Set<String> known) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        String hint = closest(name, known);
        add(
            pointer + "/" + name,
            "unknown setting '"
                + name
                + "'"
                + (hint == null ? "" : "; did you mean '" + hint + "'?")
                + " Expected one of: "
                + String.join(", ", new TreeSet<>(known)));
      }
    }
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  void throwIfAny() {
    if (errors.isEmpty()) {
      return;
    }
    List<String> lines =
        errors.stream()
            .sorted(Comparator.comparingInt(LineError::line))
            .map(LineError::text)
            .toList();
    String heading = file + ": " + errors.size() + (errors.size() == 1 ? " error" : " errors");
    throw new BadInputException(heading + " in the fetch section\n  " + String.join("\n  ", lines));
  }

  /** The known key a few edits away from a misspelt one (a quarter of the word, at least 2). */
  private static String closest(String name, Set<String> known) {
    String best = null;
    int bestDistance = Math.max(3, name.length() / 4 + 1);
    for (String candidate : new TreeSet<>(known)) {
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
