package org.ruralaccess.ingest.destinations;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ruralaccess.ingest.postcodes.CodePointReader;
import org.ruralaccess.ingest.postcodes.PostcodeIndex;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.testing.RepoFiles;

/**
 * Test data for destinations: the Dorset copies in {@code regions/dorset/destinations/}, the shared
 * national files, Code-Point Open postcodes, and a plain CSV splitter (independent of the code
 * under test) for recomputing expected counts.
 */
final class DestinationFixtures {

  static final Path SHARED_DATA = Path.of("/work/shared/data");

  private DestinationFixtures() {}

  static Path dorset(String fileName) {
    return RepoFiles.resolve("regions/dorset/destinations/" + fileName);
  }

  static Path resource(String fileName) {
    return RepoFiles.resolve("engine/src/test/resources/destinations/" + fileName);
  }

  /** A file of the shared data folder; the test is skipped where that folder is not mounted. */
  static Path shared(String relative) {
    Path file = SHARED_DATA.resolve(relative);
    assumeTrue(Files.isRegularFile(file), "shared data not available: " + file);
    return file;
  }

  /**
   * Code-Point Open for the given areas: the region's copy in {@code regions/dorset/zones/} when
   * present, else the shared download.
   */
  static PostcodeIndex postcodes(String... areas) {
    List<Path> files = new ArrayList<>();
    for (String area : areas) {
      Path regionCopy = RepoFiles.resolve("regions/dorset/zones/codepoint_" + area + ".csv");
      files.add(
          Files.isRegularFile(regionCopy)
              ? regionCopy
              : shared("postcodes/codepoint_open_2025-10_" + area + ".csv"));
    }
    return CodePointReader.read(files, new ImportIssues());
  }

  /** A postcode index from Code-Point Open rows written as text (postcode,quality,E,N,...). */
  static PostcodeIndex postcodesFromText(Path dir, String codePointRows) {
    try {
      Path file = dir.resolve("codepoint_synthetic.csv");
      Files.writeString(file, codePointRows);
      return CodePointReader.read(List.of(file), new ImportIssues());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DestinationSource source(String format, Path path, Map<String, String> options) {
    return new DestinationSource(format, path, options);
  }

  /**
   * Lines of a UTF-8 file split into fields with a regular expression (commas outside double
   * quotes), quotes then removed: a second CSV parser, unlike the one under test.
   */
  static List<String[]> plainRows(Path file) {
    try {
      List<String[]> rows = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          String[] fields = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
          for (int f = 0; f < fields.length; f++) {
            fields[f] = fields[f].replace("\"", "");
          }
          rows.add(fields);
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
