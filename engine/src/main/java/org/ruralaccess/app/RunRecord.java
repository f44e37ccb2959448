package org.ruralaccess.app;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ruralaccess.export.GeoPackageCrs;
import org.ruralaccess.export.GeoPackageOptions;
import org.ruralaccess.export.RunManifest;

/**
 * What a run was asked and what it read: the command, its parameters and its inputs with their
 * checksums, built once by the operation; the writers add the files they wrote and save it as
 * {@code run.json}.
 *
 * @param inputsModified when the newest input file was last modified (whole seconds): the
 *     GeoPackage's {@code last_change}, so the same inputs give the same bytes
 */
public record RunRecord(
    String command,
    Map<String, Object> parameters,
    List<RunManifest.InputChecksum> inputs,
    Instant inputsModified) {

  public RunRecord {
    // keeps null values: "not set" is worth recording
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(inputsModified, "inputsModified");
  }

  /** The manifest of this run once {@code outputs} are written. */
  public RunManifest manifest(List<String> outputs) {
    return RunManifest.of(command, parameters, inputs, outputs);
  }

  /** How this run's GeoPackages are written: dated by the inputs, also in {@code alsoIn}. */
  GeoPackageOptions geoPackage(GeoPackageCrs alsoIn) {
    return new GeoPackageOptions(inputsModified, alsoIn);
  }
}
