package org.ruralaccess.ingest.osm;

import static com.graphhopper.json.Statement.If;
import static com.graphhopper.json.Statement.Op.LIMIT;
import static com.graphhopper.json.Statement.Op.MULTIPLY;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.util.CustomModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.network.street.StreetNetwork;

/**
 * Imports the walk, bike and car street networks from one OSM file with GraphHopper 11, then copies
 * GraphHopper's base graph into a {@link StreetNetwork} (see {@link GraphHopperGraphCopier}) and
 * deletes GraphHopper's files.
 *
 * <p>GraphHopper is asked only for what the engine uses: the encoded values {@code foot_access},
 * {@code bike_access}, {@code car_access} and {@code car_average_speed}, the engine's own {@code
 * foot_no_through}, {@code bike_no_through} and {@code ferry_crossing_seconds} (see {@link
 * RuralImportRegistry}: foot and bike access follow the engine's rural rules), and one profile per
 * mode whose custom model blocks edges without access. The profiles exist so that GraphHopper's
 * subnetwork preparation marks small disconnected islands per mode (a footway cut off by the
 * extract boundary, a car park with no exit); the copier takes the mode off those edges, so points
 * do not snap onto streets that lead nowhere (R5 does the same with its island pruning).
 */
public final class OsmStreetImporter {

  /**
   * Islands with fewer edges than this are removed per mode. GraphHopper's own default is 200; 40
   * is R5's island threshold and keeps small rural hamlets whose lanes do join the network.
   */
  public static final int DEFAULT_MIN_NETWORK_SIZE = 40;

  private OsmStreetImporter() {}

  /** Imports walk, bike and car networks from one .osm.pbf (or .osm XML for tests). */
  public static StreetNetwork importFile(
      Path osmFile, ImportIssues issues, Consumer<String> progress) {
    return importFile(osmFile, issues, progress, DEFAULT_MIN_NETWORK_SIZE);
  }

  /**
   * As {@link #importFile(Path, ImportIssues, Consumer)} with an explicit island size; 0 or 1 keeps
   * every island (used for tiny hand-made test files).
   */
  public static StreetNetwork importFile(
      Path osmFile, ImportIssues issues, Consumer<String> progress, int minNetworkSize) {
    return importFile(osmFile, issues, progress, minNetworkSize, (Path) null);
  }

  /**
   * As {@link #importFile(Path, ImportIssues, Consumer)} with the stops of the GTFS feeds'
   * water-transport routes: a ferry between two of them is left to the timetable for walking and
   * cycling.
   */
  public static StreetNetwork importFile(
      Path osmFile,
      ImportIssues issues,
      Consumer<String> progress,
      int minNetworkSize,
      List<Coordinate> ferryStops) {
    return importFile(osmFile, issues, progress, minNetworkSize, null, ferryStops);
  }

  /** With the parent of GraphHopper's temporary directory given (null: the system default). */
  static StreetNetwork importFile(
      Path osmFile,
      ImportIssues issues,
      Consumer<String> progress,
      int minNetworkSize,
      Path temporaryParent) {
    return importFile(osmFile, issues, progress, minNetworkSize, temporaryParent, List.of());
  }

  private static StreetNetwork importFile(
      Path osmFile,
      ImportIssues issues,
      Consumer<String> progress,
      int minNetworkSize,
      Path temporaryParent,
      List<Coordinate> ferryStops) {
    OsmFileCheck.check(osmFile);
    Path workDirectory = createWorkDirectory(osmFile, temporaryParent);
    GraphHopper hopper = configure(osmFile, workDirectory, minNetworkSize);
    Throwable failure = null;
    try {
      progress.accept("Reading streets from " + osmFile.getFileName() + " with GraphHopper");
      long startNanos = System.nanoTime();
      runImport(hopper, osmFile);
      progress.accept(
          String.format(
              "GraphHopper imported %,d nodes and %,d edges in %.1f s",
              hopper.getBaseGraph().getNodes(),
              hopper.getBaseGraph().getEdges(),
              (System.nanoTime() - startNanos) / 1e9));
      StreetNetwork network =
          new GraphHopperGraphCopier(hopper, osmFile.getFileName().toString(), issues, ferryStops)
              .copy();
      if (network.edgeCount() == 0) {
        throw BadInputException.at(
            osmFile.toString(),
            0,
            null,
            "contains no streets usable on foot, by bike or by car"
                + (minNetworkSize > 1
                    ? " (after removing islands of fewer than " + minNetworkSize + " edges)"
                    : ""));
      }
      progress.accept(
          String.format(
              "Street network: %,d nodes, %,d edges", network.nodeCount(), network.edgeCount()));
      return network;
    } catch (RuntimeException | Error e) {
      failure = e;
      throw e;
    } finally {
      hopper.close();
      if (failure == null) {
        deleteRecursively(workDirectory);
      } else {
        deleteQuietly(workDirectory, failure);
      }
    }
  }

  private static GraphHopper configure(Path osmFile, Path workDirectory, int minNetworkSize) {
    GraphHopper hopper = new GraphHopper();
    hopper.setOSMFile(osmFile.toString());
    hopper.setGraphHopperLocation(workDirectory.resolve("graph").toString());
    hopper.setImportRegistry(new RuralImportRegistry());
    hopper.setEncodedValuesString(RuralImportRegistry.ENCODED_VALUES);
    hopper.setProfiles(
        accessProfile("foot", "5"),
        accessProfile("bike", "16"),
        accessProfile("car", "car_average_speed"));
    hopper.setMinNetworkSize(minNetworkSize);
    hopper.setStoreOnFlush(false);
    hopper.setSortGraph(false);
    return hopper;
  }

  /** A profile that only blocks edges without access; its speed matters for nothing we keep. */
  private static Profile accessProfile(String vehicle, String speed) {
    CustomModel model =
        new CustomModel()
            .addToPriority(If("!" + vehicle + "_access", MULTIPLY, "0"))
            .addToSpeed(If("true", LIMIT, speed));
    return new Profile(vehicle).setCustomModel(model);
  }

  /** GraphHopper fails on unreadable content with assorted runtime exceptions: name the file. */
  private static void runImport(GraphHopper hopper, Path osmFile) {
    try {
      hopper.importOrLoad();
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      String message = String.valueOf(cause.getMessage());
      if (message.contains("must not be empty")) {
        // GraphHopper's words for a file without a single way any of our modes may use.
        throw new BadInputException(
            osmFile + ": contains no streets usable on foot, by bike or by car", e);
      }
      throw new BadInputException(
          osmFile
              + ": cannot be read as OpenStreetMap data ("
              + message
              + "); a download cut short or a damaged file? Download the extract again",
          e);
    }
  }

  private static Path createWorkDirectory(Path osmFile, Path temporaryParent) {
    try {
      return temporaryParent == null
          ? Files.createTempDirectory("rae-osm-")
          : Files.createTempDirectory(temporaryParent, "rae-osm-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory to import " + osmFile, e);
    }
  }

  /** Cleans up after a failure without hiding it: a deletion problem is attached to it. */
  private static void deleteQuietly(Path directory, Throwable failure) {
    try {
      deleteRecursively(directory);
    } catch (UncheckedIOException e) {
      failure.addSuppressed(e);
    }
  }

  private static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete temporary directory " + directory, e);
    }
  }
}
