package org.ruralaccess.cli;

import org.ruralaccess.support.ProgressListener;

/** Progress on standard error: a line per stage and note, and a bar per stage's work. */
final class CliProgress implements ProgressListener {

  private ProgressBar bar;

  @Override
  public synchronized void stage(String description, int workTotal) {
    Progress.say(description);
    bar = new ProgressBar("  origins", workTotal, Progress.INTERACTIVE);
  }

  @Override
  public synchronized void advance(int workDone) {
    if (bar != null) {
      bar.update(workDone);
    }
  }

  @Override
  public void note(String line) {
    Progress.say(line);
  }
}
