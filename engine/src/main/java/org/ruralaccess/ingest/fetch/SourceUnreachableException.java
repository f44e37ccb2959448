package org.ruralaccess.ingest.fetch;

import java.net.URI;

/**
 * The server of a download could not be reached at all (no network, no route, name not resolved,
 * connection refused or timed out): the machine is probably offline, and the user is better served
 * by the list of files to download by hand than by an error.
 */
public final class SourceUnreachableException extends RuntimeException {

  private final URI url;

  public SourceUnreachableException(URI url, Throwable cause) {
    super("cannot reach " + url.getHost() + " (" + describe(cause) + ")", cause);
    this.url = url;
  }

  public URI url() {
    return url;
  }

  private static String describe(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getMessage() == null) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
