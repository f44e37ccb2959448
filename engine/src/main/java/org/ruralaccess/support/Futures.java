package org.ruralaccess.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work done on another thread, its failure seen as if thrown here. */
public final class Futures {

  private Futures() {}

  /**
   * The future's value; a failure is rethrown as it was thrown on the other thread (not wrapped in
   * a {@link CompletionException}), so a bad-input error keeps its one-line message.
   */
  public static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }
}
