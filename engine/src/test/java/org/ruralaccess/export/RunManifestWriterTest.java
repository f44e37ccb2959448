package org.ruralaccess.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.EngineVersion;

class RunManifestWriterTest {

  @TempDir Path dir;

  RunManifest manifest() throws Exception {
    Path input = dir.resolve("destinations.csv");
    Files.writeString(input, "abc");
    // given out of order, with a null: written sorted by name, null kept
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("to", "10:00");
    parameters.put("from", "07:00");
    parameters.put("cutoffsMinutes", List.of(15, 30, 45, 60));
    parameters.put("walkSpeedKmh", 4.8);
    parameters.put("scenario", null);
    parameters.put("decay", Map.of("type", "logistic", "halfLifeMinutes", 30));
    return new RunManifest(
        "accessibility",
        "0.1.0-test",
        parameters,
        List.of(RunManifest.InputChecksum.of("destinations", input)),
        List.of("zone_indicators.csv", "run.json"));
  }

  @Test
  void writesKeysInFixedOrderWithChecksums() throws Exception {
    RunManifest manifest = manifest();
    Path file = dir.resolve("run.json");
    RunManifestWriter.write(manifest, file);
    // SHA-256("abc") is the FIPS 180-2 test vector ba7816bf...15ad; 3 bytes
    String expected =
        """
        {
          "command": "accessibility",
          "engineVersion": "0.1.0-test",
          "parameters": {
            "cutoffsMinutes": [
              15,
              30,
              45,
              60
            ],
            "decay": {
              "halfLifeMinutes": 30,
              "type": "logistic"
            },
            "from": "07:00",
            "scenario": null,
            "to": "10:00",
            "walkSpeedKmh": 4.8
          },
          "inputs": [
            {
              "role": "destinations",
              "path": "%s",
              "sizeBytes": 3,
              "sha256": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
            }
          ],
          "outputs": [
            "zone_indicators.csv",
            "run.json"
          ]
        }
        """
            .formatted(dir.resolve("destinations.csv"));
    assertEquals(expected, Files.readString(file));

    Path again = dir.resolve("again.json");
    RunManifestWriter.write(manifest(), again);
    assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));
  }

  @Test
  void emptyListsAndNonFiniteNumbers() throws Exception {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("maxMinutes", Double.POSITIVE_INFINITY);
    parameters.put("percentiles", new int[] {50});
    parameters.put("modes", Arrays.asList());
    RunManifest manifest = RunManifest.of("matrix", parameters, List.of(), List.of());
    assertEquals(EngineVersion.current(), manifest.engineVersion());
    Path file = dir.resolve("run.json");
    RunManifestWriter.write(manifest, file);
    assertEquals(
        """
        {
          "command": "matrix",
          "engineVersion": "%s",
          "parameters": {
            "maxMinutes": null,
            "modes": [],
            "percentiles": [
              50
            ]
          },
          "inputs": [],
          "outputs": []
        }
        """
            .formatted(EngineVersion.current()),
        Files.readString(file));
  }
}
