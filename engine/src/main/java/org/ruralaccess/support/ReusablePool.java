package org.ruralaccess.support;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Search state (workers, street routers) reused across the tasks of one computation, on any thread.
 * It replaces {@code ThreadLocal}s, whose values outlive the computation in threads that outlive it
 * (the common pool, a server's request threads): a pool is garbage as soon as its computation is.
 * At most one object per thread that ever used it at once is created.
 */
public final class ReusablePool<T> {
  private final ConcurrentLinkedDeque<T> idle = new ConcurrentLinkedDeque<>();
  private final Supplier<T> factory;

  public ReusablePool(Supplier<T> factory) {
    this.factory = factory;
  }

  /** Runs {@code work} with an object of the pool, then returns the object to the pool. */
  public <R> R use(Function<T, R> work) {
    T object = idle.pollFirst();
    if (object == null) {
      object = factory.get();
    }
    try {
      return work.apply(object);
    } finally {
      idle.addFirst(object);
    }
  }
}
