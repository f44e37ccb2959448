package org.ruralaccess.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ruralaccess.app.LoadedNetwork;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.server.RaeServer;
import org.ruralaccess.server.ServerLimits;
import org.ruralaccess.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rae serve}: the HTTP API and the web map over one network, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Serves the web map and the HTTP API (JSON; OpenAPI at /api/openapi.json) over one network.",
      "The map shows the zones and the finished accessibility and compare runs found in the",
      "--results folders (each folder and its sub-folders); runs started from the API are written",
      "into the first. Listens on 127.0.0.1 only unless --bind says otherwise. Ctrl-C (or SIGTERM)",
      "stops it: queued runs are cancelled and nothing half-written is left."
    })
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--network", required = true, paramLabel = "FILE")
  Path networkFile;

  @Option(
      names = "--results",
      paramLabel = "DIR",
      description = "a folder of finished runs (repeatable); new runs go into the first")
  List<Path> resultFolders = new ArrayList<>();

  @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT")
  int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDRESS",
      description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String bindAddress;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new BadInputException(
          "--port: " + port + " is not a port; expected 1 to 65535 (0: any free port)");
    }
    ServerSettings settings =
        new ServerSettings(bindAddress, port, resultFolders, ServerLimits.defaults());
    RaeServer server = RaeServer.start(settings, LoadedNetwork.read(networkFile));
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "rae-serve-stop"));
    Progress.say("open " + server.url() + " in a browser; Ctrl-C stops the server");
    server.awaitStop();
    return 0;
  }
}
