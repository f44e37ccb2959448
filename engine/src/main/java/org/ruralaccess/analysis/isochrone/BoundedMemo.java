package org.ruralaccess.analysis.isochrone;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.ruralaccess.support.Futures;

/**
 * Values computed once per key and kept, at most {@code maxEntries} of them, the least recently
 * used dropped first. Thread-safe: the first caller of a key computes it (outside the lock) and
 * every concurrent caller of the same key waits for that one computation (a future per key, as
 * {@code computeIfAbsent} on futures), so concurrent first requests prepare once. A computation
 * that fails is forgotten, its callers get its exception, and the next caller tries again. A value
 * dropped while a caller still uses it stays alive as long as that caller holds it.
 */
final class BoundedMemo<K, V> {

  private final int maxEntries;
  private final LinkedHashMap<K, CompletableFuture<V>> entries =
      new LinkedHashMap<>(16, 0.75f, true);
  private final AtomicLong computed = new AtomicLong();

  BoundedMemo(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("keep at least one entry, was " + maxEntries);
    }
    this.maxEntries = maxEntries;
  }

  V get(K key, Supplier<V> compute) {
    CompletableFuture<V> future;
    boolean mine = false;
    synchronized (entries) {
      future = entries.get(key);
      if (future == null) {
        future = new CompletableFuture<>();
        entries.put(key, future);
        mine = true;
        trim();
      }
    }
    if (mine) {
      computed.incrementAndGet();
      try {
        V value = compute.get();
        future.complete(value);
        return value;
      } catch (RuntimeException | Error e) {
        synchronized (entries) {
          entries.remove(key, future);
        }
        future.completeExceptionally(e);
        throw e;
      }
    }
    return Futures.join(future);
  }

  /** Values computed so far (not found in the memo), including ones since dropped. */
  long computedCount() {
    return computed.get();
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  private void trim() {
    Iterator<Map.Entry<K, CompletableFuture<V>>> oldestFirst = entries.entrySet().iterator();
    while (entries.size() > maxEntries && oldestFirst.hasNext()) {
      oldestFirst.next();
      oldestFirst.remove();
    }
  }
}
