package org.ruralaccess.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ruralaccess.export.RunManifest;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.NetworkInfo;
import org.ruralaccess.network.store.NetworkStore;

/**
 * A network read from its file, with the file's name kept for run records. The command line loads
 * one per command; the server loads one at start and answers every request from it (a network is
 * immutable, so requests share it safely).
 */
public record LoadedNetwork(Path file, Network network) {

  /** Reads a network file; a missing, damaged or outdated file is one line naming it. */
  public static LoadedNetwork read(Path file) {
    return new LoadedNetwork(file, NetworkStore.read(file));
  }

  /** The region's routing settings (region.yaml), which a request's overrides are applied to. */
  public RoutingSettings routingDefaults() {
    return network.info().routing();
  }

  /**
   * The record of a run on this network: its inputs are the network file, every input it was built
   * from (with the checksums recorded at build time) and the given extra files (zones,
   * destinations, scenario), in that order; they are dated by the newest of the network file and
   * the extra files (the network is newer than the sources it was built from).
   */
  RunRecord record(String command, Map<String, Object> parameters, List<RunInput> extra) {
    List<RunManifest.InputChecksum> inputs = new ArrayList<>();
    inputs.add(RunManifest.InputChecksum.of("network", file));
    for (NetworkInfo.InputFile input : network.info().inputs()) {
      inputs.add(
          new RunManifest.InputChecksum(
              "network:" + input.role(), input.path(), input.sizeBytes(), input.sha256()));
    }
    Instant newest = lastModified(file);
    for (RunInput input : extra) {
      inputs.add(RunManifest.InputChecksum.of(input.role(), input.file()));
      Instant modified = lastModified(input.file());
      newest = modified.isAfter(newest) ? modified : newest;
    }
    return new RunRecord(command, parameters, inputs, newest);
  }

  /** When a file, or the newest file in a folder, was last modified, in whole seconds. */
  static Instant lastModified(Path path) {
    try (Stream<Path> files = Files.walk(path)) {
      return files
          .filter(Files::isRegularFile)
          .map(LoadedNetwork::modified)
          .max(Instant::compareTo)
          .orElse(Instant.EPOCH)
          .truncatedTo(ChronoUnit.SECONDS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file a run read besides the network, and what it was. */
  record RunInput(String role, Path file) {}
}
