package org.ruralaccess.server;

import java.nio.file.Path;
import java.util.List;

/**
 * How {@code rae serve} was started.
 *
 * @param bindAddress the address to listen on; loopback unless the user chose otherwise
 * @param port 0 for any free port (tests)
 * @param resultFolders folders of finished runs; new runs are written into the first
 */
public record ServerSettings(
    String bindAddress, int port, List<Path> resultFolders, ServerLimits limits) {

  public ServerSettings {
    resultFolders = List.copyOf(resultFolders);
  }

  /** Whether only this machine can reach the server. */
  public boolean isLoopback() {
    return bindAddress.equals("127.0.0.1")
        || bindAddress.equals("localhost")
        || bindAddress.equals("::1")
        || bindAddress.startsWith("127.");
  }
}
