package org.ruralaccess.cli;

/**
 * Progress of a long stage on standard error: done/total, percent, elapsed time and an estimate of
 * the time left. On a terminal one line redrawn at most twice a second; otherwise (a file or a
 * pipe) one line per tenth of the work, so a log gets at most ten lines a stage and no carriage
 * returns.
 */
final class ProgressBar {

  /** Lines written per stage when not on a terminal: one per 10 % of the work. */
  static final int LINES_PER_STAGE = 10;

  private final String label;
  private final int total;
  private final boolean redrawn;
  private final long startNanos = System.nanoTime();
  private long lastDrawNanos;
  private int lastTenth = 0;

  ProgressBar(String label, int total, boolean redrawn) {
    this.label = label;
    this.total = total;
    this.redrawn = redrawn;
  }

  synchronized void update(int done) {
    if (redrawn) {
      redraw(done);
    } else {
      // one line each time the work crosses another tenth (several at once when it jumps)
      int tenth = total <= 0 ? LINES_PER_STAGE : (int) (LINES_PER_STAGE * (long) done / total);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        Progress.say(line(done));
      }
    }
  }

  private void redraw(int done) {
    long now = System.nanoTime();
    if (done < total && now - lastDrawNanos < 500_000_000L) {
      return;
    }
    lastDrawNanos = now;
    Progress.sayInline(line(done));
    if (done == total) {
      Progress.sayInline(null);
    }
  }

  private String line(int done) {
    double elapsed = (System.nanoTime() - startNanos) / 1e9;
    double left = done == 0 ? 0 : elapsed * (total - done) / done;
    return String.format(
        "%s %d/%d (%d%%), %.1f s elapsed, ~%.0f s left",
        label, done, total, 100L * done / Math.max(1, total), elapsed, left);
  }
}
