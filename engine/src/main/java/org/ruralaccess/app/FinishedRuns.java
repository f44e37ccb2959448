package org.ruralaccess.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.support.CsvReader;

/**
 * The finished runs a face can show: the accessibility and comparison folders found under the
 * results folders when it starts (each folder itself and its direct sub-folders), and the runs it
 * writes later. A run is addressed by its name, looked up here; no name a user sends is ever made
 * into a path. New runs are written into a hidden staging folder and renamed into place in one
 * step, so a reader, or a server stopped part way, never sees a half-written run.
 */
public final class FinishedRuns {

  /** Staging folders start with this; one left by a killed process is removed at the next scan. */
  static final String STAGING_PREFIX = ".rae-run-";

  private static final String STAGING_SUFFIX = ".partial";

  private final Map<String, FinishedRun> byName = new LinkedHashMap<>();
  private final Path newRunsFolder;
  private int staged;

  private FinishedRuns(Path newRunsFolder) {
    this.newRunsFolder = newRunsFolder;
  }

  /**
   * Lists the runs under {@code folders}; new runs go into the first.
   *
   * @throws BadInputException when a folder does not exist
   */
  public static FinishedRuns scan(List<Path> folders) {
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        throw new BadInputException(folder + ": not a folder (--results names finished runs)");
      }
    }
    FinishedRuns runs = new FinishedRuns(folders.isEmpty() ? null : folders.get(0));
    for (Path folder : folders) {
      runs.removeStagingLeftovers(folder);
      runs.addIfRun(folder);
      for (Path child : children(folder)) {
        runs.addIfRun(child);
      }
    }
    return runs;
  }

  public synchronized List<FinishedRun> runs() {
    return List.copyOf(byName.values());
  }

  public synchronized Optional<FinishedRun> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Whether new runs can be written (a results folder was given). */
  public boolean acceptsNewRuns() {
    return newRunsFolder != null;
  }

  /**
   * A new hidden folder for a run being computed, named {@code prefix-N} with the first N free both
   * here and on disk.
   */
  public synchronized Staging stage(String prefix) {
    if (newRunsFolder == null) {
      throw new BadInputException("no results folder was given: new runs have nowhere to go");
    }
    while (true) {
      staged++;
      String name = prefix + "-" + staged;
      Path target = newRunsFolder.resolve(name);
      Path folder = newRunsFolder.resolve(STAGING_PREFIX + name + STAGING_SUFFIX);
      if (!byName.containsKey(name) && !Files.exists(target) && !Files.exists(folder)) {
        try {
          Files.createDirectory(folder);
        } catch (IOException e) {
          throw new BadInputException(folder + ": cannot create: " + e.getMessage(), e);
        }
        return new Staging(name, folder, target);
      }
    }
  }

  /** Moves a staged run into place in one step and lists it. */
  public synchronized FinishedRun commit(Staging staging) {
    try {
      try {
        Files.move(staging.folder(), staging.target(), StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(staging.folder(), staging.target());
      }
    } catch (IOException e) {
      throw new BadInputException(staging.target() + ": cannot move into place: " + e, e);
    }
    return addIfRun(staging.target())
        .orElseThrow(() -> new IllegalStateException(staging.target() + " holds no run"));
  }

  /** A run folder being written; {@link #discard} deletes it and all it holds. */
  public record Staging(String name, Path folder, Path target) {
    public void discard() {
      deleteTree(folder);
    }
  }

  /**
   * A table's rows, values as numbers where they read as numbers, empty cells as null; the header
   * gives the keys.
   */
  public List<Map<String, Object>> rows(FinishedRun run, RunTable table) {
    Path file = run.file(table.csvFile());
    List<Map<String, Object>> rows = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String> header = CsvReader.fields(reader.readLine()).stream().map(String::trim).toList();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        List<String> cells = CsvReader.fields(line);
        Map<String, Object> row = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
          row.put(header.get(c), value(c < cells.size() ? cells.get(c) : ""));
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot be read: " + e.getMessage(), e);
    }
    return rows;
  }

  private static Object value(String cell) {
    if (cell.isEmpty()) {
      return null;
    }
    try {
      return cell.contains(".") ? (Object) Double.parseDouble(cell) : (Object) Long.parseLong(cell);
    } catch (NumberFormatException text) {
      return cell;
    }
  }

  private Optional<FinishedRun> addIfRun(Path folder) {
    Optional<FinishedRun> read = FinishedRun.read(folder, unique(nameOf(folder)));
    read.ifPresent(run -> byName.put(run.name(), run));
    return read;
  }

  /** The folder's name with anything but letters, digits, dot, dash and underscore as dashes. */
  private static String nameOf(Path folder) {
    Path name = folder.toAbsolutePath().normalize().getFileName();
    String text = name == null ? "results" : name.toString();
    return text.replaceAll("[^A-Za-z0-9._-]", "-");
  }

  private String unique(String name) {
    String candidate = name;
    for (int n = 2; byName.containsKey(candidate); n++) {
      candidate = name + "-" + n;
    }
    return candidate;
  }

  private void removeStagingLeftovers(Path folder) {
    for (Path child : childrenIncludingHidden(folder)) {
      String name = child.getFileName().toString();
      if (name.startsWith(STAGING_PREFIX) && name.endsWith(STAGING_SUFFIX)) {
        deleteTree(child);
      }
    }
  }

  private static List<Path> children(Path folder) {
    return childrenIncludingHidden(folder).stream()
        .filter(p -> !p.getFileName().toString().startsWith("."))
        .toList();
  }

  private static List<Path> childrenIncludingHidden(Path folder) {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new BadInputException(folder + ": cannot be listed: " + e.getMessage(), e);
    }
  }

  static void deleteTree(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // best effort: a hidden staging folder is removed at the next start
    }
  }

  static JsonNode readJson(Path file) throws IOException {
    return new ObjectMapper().readTree(file.toFile());
  }
}
