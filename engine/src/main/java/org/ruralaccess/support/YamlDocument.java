package org.ruralaccess.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.ruralaccess.model.BadInputException;

/**
 * A parsed YAML file that remembers the line of every field, so that validation messages can name
 * the line of the offending entry (Jackson's tree model forgets locations).
 */
public final class YamlDocument {

  private final Path file;
  private final JsonNode root;
  private final Map<String, Integer> lineByPointer;

  private YamlDocument(Path file, JsonNode root, Map<String, Integer> lineByPointer) {
    this.file = file;
    this.root = root;
    this.lineByPointer = lineByPointer;
  }

  public static YamlDocument read(Path file) {
    if (Files.isDirectory(file)) {
      throw new BadInputException(file + ": a folder, not a YAML file");
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": file not found");
    }
    YAMLFactory factory = new YAMLFactory();
    try {
      JsonNode root = new ObjectMapper(factory).readTree(file.toFile());
      return new YamlDocument(file, root == null ? null : root, linesOf(factory, file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      YamlSyntaxMessage said = YamlSyntaxMessage.of(e.getCause(), line, e.getOriginalMessage());
      throw BadInputException.at(file.toString(), said.line(), null, said.problem());
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private static Map<String, Integer> linesOf(YAMLFactory factory, Path file) throws IOException {
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
    return lines;
  }

  public Path file() {
    return file;
  }

  public JsonNode root() {
    return root;
  }

  /** 1-based line of the node at a JSON pointer such as {@code /feeds/0/path}, or 0. */
  public int lineOf(String pointer) {
    return lineByPointer.getOrDefault(pointer, 0);
  }
}
