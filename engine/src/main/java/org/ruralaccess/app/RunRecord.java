package org.ruralaccess.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.export.RunManifest;

/**
 * What a run was asked and what it read: the command, its parameters and its inputs with their
 * checksums, built once by the operation; the writers add the files they wrote and save it as
 * {@code run.json}.
 */
public record RunRecord(
    String command, Map<String, Object> parameters, List<RunManifest.InputChecksum> inputs) {

  public RunRecord {
    // keeps null values: "not set" is worth recording
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    inputs = List.copyOf(inputs);
  }

  /** The manifest of this run once {@code outputs} are written. */
  public RunManifest manifest(List<String> outputs) {
    return RunManifest.of(command, parameters, inputs, outputs);
  }
}
