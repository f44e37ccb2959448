package org.ruralaccess.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
   * The inputs of a run on this network: the network file, every input it was built from (with the
   * checksums recorded at build time) and the given extra files (zones, destinations, scenario), in
   * that order.
   */
  List<RunManifest.InputChecksum> runInputs(List<RunInput> extra) {
    List<RunManifest.InputChecksum> inputs = new ArrayList<>();
    inputs.add(RunManifest.InputChecksum.of("network", file));
    for (NetworkInfo.InputFile input : network.info().inputs()) {
      inputs.add(
          new RunManifest.InputChecksum(
              "network:" + input.role(), input.path(), input.sizeBytes(), input.sha256()));
    }
    for (RunInput input : extra) {
      inputs.add(RunManifest.InputChecksum.of(input.role(), input.file()));
    }
    return inputs;
  }

  /** A file a run read besides the network, and what it was. */
  record RunInput(String role, Path file) {}
}
