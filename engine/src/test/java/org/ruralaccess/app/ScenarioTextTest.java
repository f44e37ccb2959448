package org.ruralaccess.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.testing.RepoFiles;

/**
 * A scenario sent as text: checked in full like a file, messages naming the request's field and
 * never a server path, and refused when it names a file (which the server would otherwise read).
 */
class ScenarioTextTest {

  @TempDir Path dir;

  @Test
  void aBundledScenarioIsCheckedAndSaved() throws Exception {
    String yaml = Files.readString(RepoFiles.resolve("regions/poa/scenarios/remove-route.yaml"));
    assertEquals("Withdraw T9", ScenarioText.check("scenario", yaml));
    Path saved = dir.resolve("scenario.yaml");
    ScenarioText.save("scenario", yaml, saved);
    assertEquals(yaml, Files.readString(saved));
  }

  @Test
  void aFileNameAnywhereIsRefused() {
    String yaml =
        """
        name: schemes from a file
        modifications:
          - type: add-scheme
            file: ../../../etc/passwd
        """;
    BadInputException e =
        assertThrows(BadInputException.class, () -> ScenarioText.check("scenario", yaml));
    assertEquals(
        "scenario: /modifications/0/file: a scenario sent to the server cannot name files; write"
            + " the scheme inline, with its area as GeoJSON (docs/scenarios.md)",
        e.getMessage());
    String zones = yaml.replace("file: ../../../etc/passwd", "zones_file: /etc/hosts");
    BadInputException z =
        assertThrows(BadInputException.class, () -> ScenarioText.check("scenario", zones));
    assertTrue(z.getMessage().startsWith("scenario: /modifications/0/zones_file:"), z.getMessage());
  }

  @Test
  void problemsNameTheFieldAndLineNotATemporaryFile() {
    String yaml =
        """
        name: bad
        modifications:
          - type: remove-routes
            routez: [eptc:T9]
        """;
    BadInputException e =
        assertThrows(BadInputException.class, () -> ScenarioText.check("scenario", yaml));
    assertTrue(e.getMessage().startsWith("scenario"), e.getMessage());
    assertTrue(e.getMessage().contains("line 4"), e.getMessage());
    assertFalse(e.getMessage().contains("rae-scenario"), e.getMessage());
    BadInputException notYaml =
        assertThrows(BadInputException.class, () -> ScenarioText.check("scenario", "a: [b"));
    assertTrue(notYaml.getMessage().startsWith("scenario"), notYaml.getMessage());
  }
}
