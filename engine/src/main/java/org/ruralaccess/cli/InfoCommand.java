package org.ruralaccess.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ruralaccess.app.LoadedNetwork;
import org.ruralaccess.app.NetworkDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rae info}: what a stored network holds and what it was built from, as JSON. */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    description =
        "Prints what a network file holds (counts, service dates, inputs with checksums).")
final class InfoCommand implements Callable<Integer> {

  @Option(names = "--network", required = true, paramLabel = "FILE", description = "network file")
  Path networkFile;

  @Override
  public Integer call() throws Exception {
    Map<String, Object> info = NetworkDescription.of(LoadedNetwork.read(networkFile));
    System.out.println(
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(info));
    return 0;
  }
}
