package org.ruralaccess.server;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Function;
import org.ruralaccess.app.AccessibilityJob;
import org.ruralaccess.app.FinishedRuns;

/**
 * One accessibility run or comparison asked for through {@code POST /api/runs}: its staged folder,
 * the job (made once the scenario text is saved in that folder), its state and progress.
 */
final class BackgroundRun {

  enum Status {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED
  }

  private final String kind;
  private final FinishedRuns.Staging staging;
  private final String scenarioText;
  private final Function<Path, AccessibilityJob> job;
  private final CancellableProgress progress;
  private final Instant submitted = Instant.now();
  private volatile Status status = Status.QUEUED;
  private volatile Instant started;
  private volatile Instant finished;
  private volatile String error;

  /**
   * @param job the job given the scenario file it should read (null without a scenario)
   */
  BackgroundRun(
      String kind,
      FinishedRuns.Staging staging,
      String scenarioText,
      Function<Path, AccessibilityJob> job,
      CancellableProgress progress) {
    this.kind = kind;
    this.staging = staging;
    this.scenarioText = scenarioText;
    this.job = job;
    this.progress = progress;
  }

  String name() {
    return staging.name();
  }

  String kind() {
    return kind;
  }

  FinishedRuns.Staging staging() {
    return staging;
  }

  String scenarioText() {
    return scenarioText;
  }

  AccessibilityJob job(Path scenarioFile) {
    return job.apply(scenarioFile);
  }

  CancellableProgress progress() {
    return progress;
  }

  Status status() {
    return status;
  }

  Instant submitted() {
    return submitted;
  }

  Instant started() {
    return started;
  }

  Instant finished() {
    return finished;
  }

  String error() {
    return error;
  }

  void running() {
    started = Instant.now();
    status = Status.RUNNING;
  }

  void ended(Status end, String message) {
    error = message;
    finished = Instant.now();
    status = end;
  }
}
