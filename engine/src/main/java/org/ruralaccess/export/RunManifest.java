package org.ruralaccess.export;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ruralaccess.model.EngineVersion;
import org.ruralaccess.network.NetworkInfo;
import org.ruralaccess.network.build.InputChecksums;

/**
 * What a run did, written as {@code run.json} next to its outputs, so a table in a report can be
 * traced to the exact command, engine version, settings and input bytes.
 *
 * @param command the CLI command, e.g. {@code "accessibility"}
 * @param parameters settings by name (written sorted by name); values are strings, numbers,
 *     booleans, null, lists or maps of those (anything else is written as its {@code toString()})
 * @param inputs every input file with its SHA-256
 * @param outputs the files written, in the order written
 */
public record RunManifest(
    String command,
    String engineVersion,
    Map<String, Object> parameters,
    List<InputChecksum> inputs,
    List<String> outputs) {

  /**
   * One input file (or folder: its files' names and contents in name order) and its SHA-256 (hex).
   */
  public record InputChecksum(String role, String path, long sizeBytes, String sha256) {

    /** Hashes {@code path} now (reads the whole file). */
    public static InputChecksum of(String role, Path path) {
      NetworkInfo.InputFile file = InputChecksums.describe(role, path);
      return new InputChecksum(file.role(), file.path(), file.sizeBytes(), file.sha256());
    }
  }

  public RunManifest {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(engineVersion, "engineVersion");
    // a copy that keeps null values (Map.copyOf would reject them: "not set" is worth recording)
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  /** A manifest for this engine's version. */
  public static RunManifest of(
      String command,
      Map<String, Object> parameters,
      List<InputChecksum> inputs,
      List<String> outputs) {
    return new RunManifest(command, EngineVersion.current(), parameters, inputs, outputs);
  }
}
