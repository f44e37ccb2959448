package org.ruralaccess.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.BadInputException;

/** A YAML path that is not a file (a scenario, a region.yaml) is named with what it is instead. */
class YamlDocumentTest {

  @TempDir Path dir;

  @Test
  void aFolderOrAMissingFileIsSaidForWhatItIs() {
    BadInputException folder = assertThrows(BadInputException.class, () -> YamlDocument.read(dir));
    assertEquals(dir + ": a folder, not a YAML file", folder.getMessage());
    Path missing = dir.resolve("nope.yaml");
    BadInputException absent =
        assertThrows(BadInputException.class, () -> YamlDocument.read(missing));
    assertEquals(missing + ": file not found", absent.getMessage());
  }
}
