package org.ruralaccess.ingest.gtfs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * Test helpers: the bundled real feeds, synthetic feeds written from text, and a plain CSV reader
 * (independent of the code under test) for counting what the real files hold.
 */
public final class GtfsTestFeeds {

  private GtfsTestFeeds() {}

  /** The repository root (see {@link org.ruralaccess.testing.RepoFiles}). */
  public static Path repoRoot() {
    return org.ruralaccess.testing.RepoFiles.root();
  }

  public static Path feed(String name) {
    return repoRoot().resolve("gtfs-feeds").resolve(name);
  }

  /** Writes each entry (file name to CSV text) into {@code dir} and returns it. */
  public static Path write(Path dir, Map<String, String> files) {
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> file : files.entrySet()) {
        Files.writeString(dir.resolve(file.getKey()), file.getValue());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows of one CSV file in a zip or folder, as column-to-value maps (header names trimmed). */
  public static List<Map<String, String>> rows(Path feed, String fileName) {
    if (Files.isDirectory(feed)) {
      try (BufferedReader reader = Files.newBufferedReader(feed.resolve(fileName))) {
        return rows(reader);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try (ZipFile zipFile = new ZipFile(feed.toFile());
        BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(
                    zipFile.getInputStream(zipFile.getEntry(fileName)), StandardCharsets.UTF_8))) {
      return rows(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Map<String, String>> rows(BufferedReader reader) throws IOException {
    {
      List<String> header = split(reader.readLine().replace("\uFEFF", ""));
      header.replaceAll(String::trim);
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        List<String> values = split(line);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), i < values.size() ? values.get(i).trim() : "");
        }
        rows.add(row);
      }
      return rows;
    }
  }

  public static boolean hasFile(Path zip, String fileName) {
    try (ZipFile zipFile = new ZipFile(zip.toFile())) {
      return zipFile.getEntry(fileName) != null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A deliberately simple CSV split: quotes toggle, commas outside quotes separate. */
  private static List<String> split(String line) {
    List<String> values = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        values.add(value.toString());
        value.setLength(0);
      } else {
        value.append(c);
      }
    }
    values.add(value.toString());
    return values;
  }
}
