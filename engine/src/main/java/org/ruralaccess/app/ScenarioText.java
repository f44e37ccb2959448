package org.ruralaccess.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.scenario.Scenario;
import org.ruralaccess.scenario.ScenarioApplier;
import org.ruralaccess.scenario.ScenarioReader;
import org.ruralaccess.support.AtomicFiles;

/**
 * A scenario sent as text (the body of an HTTP request) rather than named as a file. Such a text
 * may not name files: a scenario file's {@code file:} and {@code zones_file:} are read relative to
 * the scenario, so on a server they would let a request read any file the server can. The scheme
 * must be written inline instead. Messages name the field as {@code scenario}, never a server path.
 */
public final class ScenarioText {

  private ScenarioText() {}

  /**
   * Checks the text in full (YAML, no file names, every field as {@code rae compare} checks it) and
   * returns the scenario's name.
   *
   * @param field the request's field, for messages
   * @throws BadInputException naming the field and the line of each problem
   */
  public static String check(String field, String yaml) {
    return parse(field, yaml).name();
  }

  /**
   * As {@link #check(String, String)}, and every modification resolved against the network (routes,
   * stops and schemes it names exist; all errors at once), as {@code rae compare} does before it
   * computes: a queued run then fails only on what only routing can find. The scenario is applied
   * to a copy, which is dropped.
   */
  public static String check(String field, String yaml, LoadedNetwork loaded) {
    Scenario scenario = parse(field, yaml);
    try {
      ScenarioApplier.apply(scenario, loaded.network());
    } catch (BadInputException e) {
      throw new BadInputException(field + ": " + e.getMessage());
    }
    return scenario.name();
  }

  private static Scenario parse(String field, String yaml) {
    refuseFileNames(field, yaml);
    Path temporary = null;
    try {
      temporary = Files.createTempFile("rae-scenario", ".yaml");
      Files.writeString(temporary, yaml, StandardCharsets.UTF_8);
      return read(field, temporary);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write a temporary scenario file", e);
    } finally {
      AtomicFiles.deleteQuietly(temporary);
    }
  }

  /** Saves a checked text as {@code file} (a path the face chose, never one from a request). */
  public static void save(String field, String yaml, Path file) {
    refuseFileNames(field, yaml);
    try {
      AtomicFiles.write(file, out -> out.write(yaml.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + file, e);
    }
  }

  private static Scenario read(String field, Path file) {
    try {
      return ScenarioReader.read(file);
    } catch (BadInputException e) {
      throw new BadInputException(e.getMessage().replace(file.toString(), field));
    }
  }

  private static void refuseFileNames(String field, String yaml) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw BadInputException.at(field, line, null, "not valid YAML: " + e.getOriginalMessage());
    }
    refuseFileNames(field, root, "");
  }

  private static void refuseFileNames(String field, JsonNode node, String pointer) {
    if (node == null) {
      return;
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        String key = entry.getKey();
        String at = pointer + "/" + key;
        if (key.equals("file") || key.endsWith("_file") || key.endsWith("File")) {
          throw new BadInputException(
              field
                  + ": "
                  + at
                  + ": a scenario sent to the server cannot name files; write the scheme inline,"
                  + " with its area as GeoJSON (docs/scenarios.md)");
        }
        refuseFileNames(field, entry.getValue(), at);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        refuseFileNames(field, node.get(i), pointer + "/" + i);
      }
    }
  }
}
