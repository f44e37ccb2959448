package org.ruralaccess.server;

import java.util.Optional;

/**
 * Thrown from a progress listener to stop work in its tracks: the operations report progress from
 * every worker thread after each origin, so throwing there is how the server cancels a request that
 * ran past its time limit, or a run at shutdown, without the operations knowing about either.
 */
final class CancelledException extends RuntimeException {

  CancelledException(String reason) {
    super(reason, null, false, false);
  }

  /** The cancellation behind {@code thrown}, which a parallel stream may have wrapped. */
  static Optional<CancelledException> in(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof CancelledException cancelled) {
        return Optional.of(cancelled);
      }
    }
    return Optional.empty();
  }
}
