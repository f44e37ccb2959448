package org.ruralaccess.cli;

/**
 * A progress line on standard error for long runs, redrawn at most twice a second: done/total,
 * percent, elapsed time and an estimate of the time left.
 */
final class ProgressBar {

  private final String label;
  private final int total;
  private final long startNanos = System.nanoTime();
  private long lastDrawNanos;

  ProgressBar(String label, int total) {
    this.label = label;
    this.total = total;
  }

  synchronized void update(int done) {
    long now = System.nanoTime();
    if (done < total && now - lastDrawNanos < 500_000_000L) {
      return;
    }
    lastDrawNanos = now;
    double elapsed = (now - startNanos) / 1e9;
    double left = done == 0 ? 0 : elapsed * (total - done) / done;
    Progress.sayInline(
        String.format(
            "%s %d/%d (%d%%), %.1f s elapsed, ~%.0f s left",
            label, done, total, 100L * done / Math.max(1, total), elapsed, left));
    if (done == total) {
      Progress.sayInline(null);
    }
  }
}
