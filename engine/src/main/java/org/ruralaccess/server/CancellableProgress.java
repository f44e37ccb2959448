package org.ruralaccess.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ruralaccess.support.ProgressListener;

/**
 * Progress of one request or run, kept for its status, that cancels the work when asked to or when
 * it runs past its time limit (see {@link CancelledException}).
 */
final class CancellableProgress implements ProgressListener {

  /** What a status shows. */
  record Snapshot(String stage, int workDone, int workTotal, List<String> notes) {}

  private static final int NOTES_KEPT = 20;

  private final long deadlineNanos;
  private final Duration limit;
  private volatile String cancelReason;
  private String stage = "";
  private int workDone;
  private int workTotal;
  private final List<String> notes = new ArrayList<>();

  CancellableProgress(Duration limit) {
    this.limit = limit;
    this.deadlineNanos = System.nanoTime() + limit.toNanos();
  }

  /** Stops the work at its next progress report. */
  void cancel(String reason) {
    cancelReason = reason;
  }

  @Override
  public synchronized void stage(String description, int total) {
    stage = description;
    workDone = 0;
    workTotal = total;
    checkNotCancelled();
  }

  @Override
  public void advance(int done) {
    synchronized (this) {
      workDone = Math.max(workDone, done);
    }
    checkNotCancelled();
  }

  @Override
  public synchronized void note(String line) {
    if (notes.size() == NOTES_KEPT) {
      notes.remove(0);
    }
    notes.add(line);
  }

  synchronized Snapshot snapshot() {
    return new Snapshot(stage, workDone, workTotal, List.copyOf(notes));
  }

  /**
   * @throws CancelledException when cancelled or past the time limit
   */
  void checkNotCancelled() {
    if (cancelReason != null) {
      throw new CancelledException(cancelReason);
    }
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new CancelledException(
          "ran past the time limit of " + limit.toSeconds() + " s and was cancelled");
    }
  }
}
