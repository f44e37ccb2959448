package org.ruralaccess.support;

/**
 * Hears how long work is getting on, so that a user never wonders whether it hangs: the CLI draws a
 * line per stage and a bar per stage's work, the server reports it on a run's status.
 * Implementations must be thread-safe: work units finish on several threads.
 */
public interface ProgressListener {

  /** Says nothing. */
  ProgressListener SILENT =
      new ProgressListener() {
        @Override
        public void stage(String description, int workTotal) {}

        @Override
        public void advance(int workDone) {}
      };

  /** A new stage of {@code workTotal} units (e.g. origins to route). */
  void stage(String description, int workTotal);

  /** {@code workDone} units of the current stage are done (a running count, not an increment). */
  void advance(int workDone);

  /** A line that is not a stage, e.g. that a run's results were reused. */
  default void note(String line) {}
}
